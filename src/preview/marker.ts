/**
 * The marker a directory preview carries: a small file naming the repository, the pull
 * request, the commit and the site. It makes the preview's root CID unique by construction: no
 * production build, no other pull request and no other site of the same pull request can have
 * the same root, so a cleanup can unpin that root without asking anyone what else needs it.
 * Blocks the preview shares with other content stay pinned by those other pins.
 */

/** Where the marker sits in the uploaded directory. Reserved: content may not carry it. */
export const MARKER_PATH = '.pin-action-preview.json'

/** Tells previews apart; everything here comes from the event and the inputs, not the files. */
export interface PreviewIdentity {
  /** `owner/repo`. */
  repository: string
  pullRequest: number
  /** The head commit the content was built from. */
  commit: string
  /** The `comment-header`, else the workflow's name: what tells several sites apart. */
  site: string
}

/** The marker's bytes: fixed key order and no time, so a re-run of a commit yields the same root. */
export function markerContent(identity: PreviewIdentity): string {
  const { repository, pullRequest, commit, site } = identity
  const marker = { tool: 'pinarkive/pin-action', repository, pullRequest, commit, site }
  return `${JSON.stringify(marker, null, 2)}\n`
}

/** The site name that keys a preview's comment, deployments and marker. */
export function siteName(commentHeader: string, workflow: string | undefined): string {
  return commentHeader || workflow || 'default'
}
