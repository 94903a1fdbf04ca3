/** Turns transport errors into messages that name the cause and the fix. Pure. */
import {
  AbandonedError,
  ApiError,
  BodySourceError,
  FileNameError,
  ProtocolError,
  RateLimitTotalError,
  RateLimitWaitError,
  TransportError
} from '../transport/errors.js'
import { formatBytes, formatDuration } from '../shared/format.js'
import { errorText } from '../shared/error-text.js'

export interface ErrorContext {
  /**
   * What failed, as the user knows it: `dist/app.js`, `pin bafy…`; or `this file` where the
   * item is named beside the message (a report's row, a log line that starts with it).
   */
  item: string
  kind: 'file' | 'directory' | 'pin' | 'clusters'
  /** Bytes of the upload, when it is one. */
  size?: number
  cluster: string
  timelock?: Date
  apiUrl: string
  timeoutMs: number
}

const KEY_HELP =
  'Create a key in the Pinarkive dashboard (Account → API tokens) and store it as a secret'

/** Errors after which every other request would fail the same way: stop starting new ones. */
export function isFatal(error: unknown): boolean {
  if (error instanceof RateLimitWaitError || error instanceof AbandonedError) return true
  if (!(error instanceof ApiError)) return false
  return (
    error.status === 401 ||
    (error.status === 403 &&
      (error.code === 'missing_scope' ||
        error.code === 'email_not_verified' ||
        error.code === 'account_disabled'))
  )
}

function explainForbidden(error: ApiError, context: ErrorContext): string {
  const text = `${error.code ?? ''} ${error.serverMessage ?? ''}`.toLowerCase()
  if (error.code === 'missing_scope') {
    const scope = error.required ?? 'files:write'
    return `The API key lacks the scope \`${scope}\` (HTTP 403 missing_scope). ${KEY_HELP} with the scopes \`files:write\` and \`cluster:read\`.`
  }
  if (error.code === 'email_not_verified') {
    return 'The Pinarkive account has not verified its email address (HTTP 403 email_not_verified). Verify it from the Pinarkive dashboard, then re-run.'
  }
  if (error.code === 'account_disabled') {
    return 'The Pinarkive account is disabled (HTTP 403 account_disabled). No request can succeed until it is enabled again: contact Pinarkive support or check the account in the dashboard, then re-run.'
  }
  if (context.cluster && text.includes('cluster')) {
    return `Cluster \`${context.cluster}\` is not allowed on this account's plan (${error.message}). Choose an allowed cluster in \`cluster\`, leave it empty for the account default, or upgrade the plan.`
  }
  if (context.timelock && (text.includes('timelock') || text.includes('premium'))) {
    return `\`timelock\` needs a premium Pinarkive plan (${error.message}). Remove \`timelock\` or upgrade the plan.`
  }
  if (text.includes('quota') || text.includes('storage')) {
    return `The account's storage quota is exhausted (${error.message}). Free space by unpinning old content, or upgrade the plan.`
  }
  return `Pinarkive refused ${context.item} (${error.message}). The key is valid, but the account's plan does not allow this: check its clusters, quota and limits.`
}

function explainTransport(error: TransportError, context: ErrorContext): string {
  const tries = error.attempts > 1 ? ` after ${error.attempts} attempts` : ''
  const timeout = context.timeoutMs / 1000
  switch (error.kind) {
    case 'timeout':
      return `The request for ${context.item} failed: ${error.message}${tries}. Raise \`timeout\` (how long without progress; now ${timeout} s) if the server is slow to answer.`
    case 'slow-answer':
      return `The request for ${context.item} failed: ${error.message}${tries}. Pinarkive's answer arrived too slowly to wait for: a problem of the server or of a proxy on the way. Re-run later, or raise \`timeout\` (now ${timeout} s) if answers are large and the network slow.`
    case 'too-large':
      return `The request for ${context.item} failed: ${error.message}${tries}. No answer of Pinarkive's API is that large: a problem of the server or of a proxy on the way. Re-run later.`
    case 'network':
      return `Could not reach Pinarkive at ${context.apiUrl} for ${context.item}${tries}: ${error.message}.`
  }
}

/** A one-paragraph explanation of why `item` failed and what to change. */
export function explainError(error: unknown, context: ErrorContext): string {
  if (error instanceof ApiError) {
    const tries = error.attempts > 1 ? ` after ${error.attempts} attempts` : ''
    switch (error.status) {
      case 401:
        return `Pinarkive rejected the API key (${error.message}). Check that \`api-key\` holds a current key: keys can be revoked or expire. ${KEY_HELP}.`
      case 403:
        return explainForbidden(error, context)
      case 413: {
        const size = context.size !== undefined ? ` (${formatBytes(context.size)})` : ''
        return context.kind === 'directory'
          ? `${context.item}${size} is larger than Pinarkive accepts in one directory upload (HTTP 413${error.code ? ` ${error.code}` : ''}). Exclude large files with \`!\` lines in \`path\`, or use \`upload-as: files\`.`
          : `${context.item}${size} is larger than Pinarkive accepts for one file on this plan (HTTP 413${error.code ? ` ${error.code}` : ''}). Split or compress it, exclude it with a \`!\` line in \`path\`, or upgrade the plan.`
      }
      case 404:
        return context.kind === 'pin'
          ? `Pinarkive could not find ${context.item.replace(/^pin /, '')} on the IPFS network (${error.message}). Make sure a node that has the content is online and reachable, then re-run.`
          : `Pinarkive has no such endpoint (${error.message}). Check \`api-url\`: it should end in /api/v3 (${context.apiUrl}).`
      case 400: {
        const hint = /timelock/i.test(error.serverMessage ?? '')
          ? ' Check `timelock`.'
          : /cid/i.test(error.serverMessage ?? '')
            ? ' Check the CID.'
            : ''
        return `Pinarkive refused ${context.item} as invalid (${error.message}).${hint}`
      }
      case 410:
        return `This API version is retired (${error.message}). Set \`api-url\` to a /api/v3 address, or leave it empty.`
      case 429:
        return `Pinarkive kept rate limiting ${context.item}${tries}. Lower \`concurrency\` or raise \`retries\`.`
      default:
        if (error.status >= 300 && error.status < 400) {
          return `Pinarkive answered ${context.item} with a redirect (${error.message}). Redirects are not followed, so the key is only ever sent to \`api-url\`.`
        }
        return error.status >= 500
          ? `Pinarkive had a server error for ${context.item}${tries} (${error.message}). This is usually temporary: re-run the job, or raise \`retries\`.`
          : `Pinarkive refused ${context.item} (${error.message}).`
    }
  }
  if (error instanceof TransportError) return explainTransport(error, context)
  if (error instanceof RateLimitTotalError) {
    return `Pinarkive's rate limit has held this run back for ${formatDuration(error.heldMs)} in all and asks for ${formatDuration(error.waitMs)} more, past the ${formatDuration(error.maxHeldMs)} a run waits for rate limits in all. Publish fewer requests per run (\`upload-as: directory\` sends one), lower \`concurrency\`, or re-run after ${error.retryAt.toISOString()}.`
  }
  if (error instanceof RateLimitWaitError) {
    return `Pinarkive's rate limit asks to wait ${Math.ceil(error.waitMs / 1000)} s, longer than this run waits (5 min). Re-run after ${error.retryAt.toISOString()}.`
  }
  if (
    error instanceof BodySourceError ||
    error instanceof ProtocolError ||
    error instanceof FileNameError
  ) {
    return error.message
  }
  if (error instanceof AbandonedError) {
    return `${context.item} was abandoned when \`max-duration\` ran out. Raise \`max-duration\`, or publish less per run.`
  }
  return `${context.item}: ${errorText(error)}`
}
