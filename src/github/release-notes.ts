/**
 * Release notes: on a release event, the CIDs and links of what was published go into the
 * release's body, as one section between two hidden markers. A re-run replaces that section
 * and nothing else; the author's text around it is kept byte for byte. Failures warn: the
 * content is published either way.
 *
 * The start marker carries the SHA-256 of the section it opens, so only a section this action
 * wrote, unchanged, counts as one: a marker an author typed or pasted, a start without its end,
 * markers in the wrong order or a section edited by hand are all left as they are, and a fresh
 * section is appended instead. No text the action did not write can be replaced.
 */
import { createHash } from 'node:crypto'
import {
  RELEASE_BODY_LIMIT,
  RELEASE_NOTES_MIN,
  renderReleaseNotes
} from '../report/release-notes.js'
import type { Report } from '../report/report.js'
import { siteName } from '../preview/marker.js'
import type { Log } from '../shared/log.js'
import { explainGitHubError } from './errors.js'
import type { EventInfo } from './event.js'
import type { GitHubLink } from './link.js'
import { encodeKey } from './sticky-comment.js'

export interface ReleaseNotesSettings {
  enabled: boolean
  /** Tells several sites' sections apart; empty: the workflow's name keys the section. */
  commentHeader: string
  /** GITHUB_WORKFLOW. */
  workflow: string
}

const TOOL = 'pinarkive/pin-action release-notes'

/** The marker lines of a site's section; `key` is the site name. */
export function releaseNotesMarkers(key: string): {
  start: (digest: string) => string
  end: string
  /** The digest a line carries when it is this site's start marker. */
  digestOf: (line: string) => string | undefined
} {
  const prefix = `<!-- ${TOOL} start: ${encodeKey(key)} sha256=`
  const suffix = ' -->'
  return {
    start: digest => `${prefix}${digest}${suffix}`,
    end: `<!-- ${TOOL} end: ${encodeKey(key)} -->`,
    digestOf: line => {
      if (!line.startsWith(prefix) || !line.endsWith(suffix)) return undefined
      const digest = line.slice(prefix.length, line.length - suffix.length)
      return /^[0-9a-f]{64}$/.test(digest) ? digest : undefined
    }
  }
}

/** The digest of a section's text, as it is between the markers: line endings and the blank lines around it do not count (GitHub's editor may rewrite them). */
function digest(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex')
}

interface Line {
  start: number
  /** Where the line's text ends: before its `\r\n` or `\n`. */
  end: number
  text: string
}

function linesOf(body: string): Line[] {
  const lines: Line[] = []
  let at = 0
  for (;;) {
    const newline = body.indexOf('\n', at)
    const stop = newline === -1 ? body.length : newline
    const end = body[stop - 1] === '\r' && stop > at ? stop - 1 : stop
    lines.push({ start: at, end, text: body.slice(at, end) })
    if (newline === -1) return lines
    at = newline + 1
  }
}

/**
 * Where this site's section is: from its start marker line to the end of its end marker's text.
 * Only a start marker whose digest matches the text up to the next end marker counts.
 */
export function findSection(body: string, key: string): { from: number; to: number } | undefined {
  const markers = releaseNotesMarkers(key)
  const lines = linesOf(body)
  for (let i = 0; i < lines.length; i++) {
    const expected = markers.digestOf(lines[i].text)
    if (expected === undefined) continue
    for (let j = i + 1; j < lines.length; j++) {
      if (markers.digestOf(lines[j].text) !== undefined) break
      if (lines[j].text !== markers.end) continue
      const inner = body.slice(lines[i + 1].start, lines[j].start)
      if (digest(inner) === expected) return { from: lines[i].start, to: lines[j].end }
      break
    }
  }
  return undefined
}

export type Spliced =
  { body: string; action: 'replaced' | 'appended' } | { tooLong: true; authorLength: number }

/**
 * The release body with this site's section written: in place of its own section, else
 * appended after a blank line. `render` gets the characters the section may take, so that the
 * whole body stays within GitHub's limit.
 */
export function spliceReleaseNotes(
  body: string,
  key: string,
  render: (limit: number) => string
): Spliced {
  const markers = releaseNotesMarkers(key)
  const found = findSection(body, key)
  const before = found
    ? body.slice(0, found.from)
    : body === ''
      ? ''
      : `${body}${body.endsWith('\n') ? '' : '\n'}\n`
  const after = found ? body.slice(found.to) : ''
  const overhead = markers.start('0'.repeat(64)).length + markers.end.length + 4
  const limit = RELEASE_BODY_LIMIT - before.length - after.length - overhead
  if (limit < RELEASE_NOTES_MIN)
    return { tooLong: true, authorLength: before.length + after.length }
  const text = render(limit).trim()
  const section = `${markers.start(digest(text))}\n\n${text}\n\n${markers.end}`
  return { body: `${before}${section}${after}`, action: found ? 'replaced' : 'appended' }
}

/** Writes the section into the notes of the release the event is for, when asked to. */
export async function updateReleaseNotes(
  report: Report,
  event: EventInfo,
  link: GitHubLink | undefined,
  settings: ReleaseNotesSettings,
  log: Log
): Promise<void> {
  if (!settings.enabled) return
  const release = event.name === 'release' ? event.release : undefined
  if (!release || event.action === 'deleted') {
    log.info(
      `release-notes: true, but this run (${event.name || 'local'}${event.action ? ` ${event.action}` : ''}) is not for a release that exists; no release notes written.`
    )
    return
  }
  // Without a token, connecting said so already.
  if (!link) return
  const tag = release.tagName || `#${release.id}`
  if (report.dryRun || report.cleanup || report.items.length === 0) {
    log.info(
      `Release ${tag}: ${report.dryRun ? 'a dry run publishes nothing' : 'nothing was published'}, so its notes are left as they are.`
    )
    return
  }
  try {
    const current = await link.api.release(link.owner, link.repo, release.id)
    const site = settings.commentHeader
    const spliced = spliceReleaseNotes(
      current.body,
      siteName(settings.commentHeader, settings.workflow),
      limit => renderReleaseNotes(report, { limit, site })
    )
    if ('tooLong' in spliced) {
      log.warning(
        `Release ${tag}: no room for the IPFS section in its notes: the text around it has ${spliced.authorLength.toLocaleString('en-US')} characters, and GitHub allows ${RELEASE_BODY_LIMIT.toLocaleString('en-US')} in all. The notes are left as they are.`
      )
      return
    }
    if (spliced.body === current.body) {
      log.info(`Release ${tag}: the IPFS section of its notes is up to date: ${current.htmlUrl}`)
      return
    }
    const written = await link.api.updateRelease(link.owner, link.repo, release.id, spliced.body)
    log.info(`Release ${tag}: IPFS section ${spliced.action} in its notes: ${written.htmlUrl}`)
  } catch (error) {
    log.warning(explainGitHubError(`write the notes of release ${tag}`, error, 'contents'))
  }
}
