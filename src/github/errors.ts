/** GitHub API failures as warnings that name the permission to add. */
import { statusOf } from './api.js'
import { errorText } from '../shared/error-text.js'

const FORK_HELP =
  'Pull requests from forks get a read-only GITHUB_TOKEN. To write to them, publish from a second workflow triggered by `workflow_run` (see "PR previews from forks" in the README).'

/** `Could not <action>: …`, with the permission to grant on a 403. */
export function explainGitHubError(action: string, error: unknown, permission: string): string {
  const status = statusOf(error)
  const message = errorText(error)
  if (status === 403) {
    return `Could not ${action}: the token may not do it (HTTP 403: ${message}). Give the job \`permissions: ${permission}: write\`. ${FORK_HELP}`
  }
  if (status === 401) {
    return `Could not ${action}: GitHub rejected \`github-token\` (HTTP 401: ${message}).`
  }
  return `Could not ${action}: ${status ? `HTTP ${status}: ` : ''}${message}`
}
