/**
 * The action's inputs, parsed and validated once into a typed object. `parseInputs` is pure (it
 * reads through a function), so tests need no environment; `getInputs` wires it to the runner.
 */
import * as core from '@actions/core'
import { isPlainId } from './pinarkive/answers.js'
import { gatewayProblem } from './gateway/gateway-url.js'
import { maskSecret } from './action-log.js'
import { checkCids } from './shared/cid.js'
import { HIDDEN, showControls } from './shared/visible-controls.js'
import { parseRelativeDuration, parseTimelock } from './shared/duration.js'
import { errorText } from './shared/error-text.js'
import { hideUserinfo, isLoopbackHost } from './shared/url.js'
import { isTooShortToRedact, MIN_SECRET_LENGTH, secretLength } from './shared/redact.js'
import { CID_PROFILE_SETTINGS, type CidProfileSetting } from './content/profile-choice.js'
import type { VerifyMode } from './publish/verification.js'

const DEFAULT_API_URL = 'https://api.pinarkive.com/api/v3'

type UploadAs = 'auto' | 'directory' | 'files'
type IfNoFilesFound = 'error' | 'warn' | 'ignore'

export interface Inputs {
  /** Pinarkive API key, already masked in the log. Empty only when there is nothing to send. */
  apiKey: string
  /** `path` lines as written: include patterns, and `!` lines that exclude. */
  paths: string[]
  /** CIDs to pin, validated and in canonical form (CIDv1 base32, CIDv0 unchanged). */
  cids: string[]
  uploadAs: UploadAs
  /** Directory mode: the folder relative paths are computed from; empty picks a default. */
  root: string
  /** Display name sent as `dirName` / `customName`. */
  name: string
  /** `name` was set, not defaulted: files mode warns that it names nothing there. */
  nameGiven?: boolean
  /** Cluster id sent as `cl`; empty means the account default. */
  cluster: string
  /** Pin expiry, resolved to an absolute instant. */
  timelock: Date | undefined
  /** Gateway base for links; empty means the cluster's gateway. */
  gateway: string
  ifNoFilesFound: IfNoFilesFound
  includeHiddenFiles: boolean
  /** Parallel requests in files mode and for pins. */
  concurrency: number
  /** Retries per request on 408, 429, 5xx and network errors. */
  retries: number
  /** A request with no progress for this long is aborted and retried. */
  timeoutMs: number
  /** After this long, remaining work is abandoned and the step fails; undefined: no limit. */
  maxDurationMs: number | undefined
  /** API base URL without a trailing slash. */
  apiUrl: string
  summary: boolean
  /** Create or update one comment on the pull request. */
  comment: boolean
  /** Tells several sticky comments on one PR apart; empty: one per workflow. */
  commentHeader: string
  /** Token for comments and statuses; masked. */
  githubToken: string
  /** Set a commit status on the head commit. */
  commitStatus: boolean
  /** How CIDs are computed locally; `auto` learns it from Pinarkive's answers. */
  cidProfile: CidProfileSetting
  /** `auto`: before uploading, ask whether Pinarkive already holds the content; `off`: never. */
  reuse: Reuse
  /** What a mismatch between the server's CID and the local one does. */
  verify: VerifyMode
  /** Compute CIDs and report them without contacting Pinarkive. */
  dryRun: boolean
  /** What the run does; `auto` is decided from the event (cleanup on a closed pull request). */
  mode: Mode
  /** Create a GitHub Deployment for what is published. */
  deployment: boolean
  /** Write the CARv1 of the uploads to RUNNER_TEMP. */
  car: boolean
  /** The deployment environment; empty: decided from the event. */
  environment: string
  /** What to wait for before reporting links. */
  waitFor: WaitFor
  /** How long `waitFor` waits. */
  waitTimeoutMs: number
  /** On a release event, write the CIDs and links into the release's notes. */
  releaseNotes: boolean
}

type Mode = 'auto' | 'publish' | 'cleanup'
type Reuse = 'auto' | 'off'
type WaitFor = 'none' | 'pinned' | 'gateway' | 'verified'

/** GitHub stops a job after 6 hours; waiting longer than that cannot be meant. */
const MAX_WAIT_MS = 6 * 3_600_000

/** Reads one input's raw value, as `core.getInput` does (trimmed, empty when unset). */
export type InputReader = (name: string) => string

/** Every problem with the inputs, reported together so one edit fixes them all. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? problems[0]
        : `${problems.length} inputs need fixing:\n${problems.map(p => `- ${p}`).join('\n')}`
    )
    this.name = 'InputError'
  }
}

export interface ParseContext {
  now: Date
  /** `owner/repo`, from GITHUB_REPOSITORY, for the default name. */
  repository?: string
  /** The commit the content was built from (a PR's head, not its merge commit). */
  sha?: string
  /** A pull_request event from a fork, where secrets are withheld. */
  forkPullRequest?: boolean
  /** The event closed a pull request: `mode: auto` cleans up, so nothing needs publishing. */
  closedPullRequest?: boolean
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '')
}

/**
 * Reads inputs one by one, collecting every problem instead of stopping at the first, so one
 * edit of the workflow fixes them all.
 */
class InputParser {
  readonly problems: string[] = []

  constructor(readonly read: InputReader) {}

  problem(name: string, value: string, text: string): void {
    this.problems.push(`Input \`${name}\` is \`${value}\`: ${text}`)
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.read(name)
    if (value === '') return fallback
    const match = allowed.find(option => option === value.toLowerCase())
    if (match === undefined) this.problem(name, value, `expected one of ${allowed.join(', ')}.`)
    return match ?? fallback
  }

  /** The YAML 1.2 core booleans, as core.getBooleanInput accepts. */
  bool(name: string, fallback: boolean): boolean {
    const value = this.read(name)
    if (value === '') return fallback
    if (['true', 'True', 'TRUE'].includes(value)) return true
    if (['false', 'False', 'FALSE'].includes(value)) return false
    this.problem(name, value, 'expected true or false.')
    return fallback
  }

  number(name: string, fallback: number, min: number, max: number, whole = true): number {
    const value = this.read(name)
    if (value === '') return fallback
    const parsed = Number(value)
    const ok = Number.isFinite(parsed) && (!whole || Number.isInteger(parsed))
    if (!ok || parsed < min || parsed > max) {
      this.problem(
        name,
        value,
        `expected ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}.`
      )
      return fallback
    }
    return parsed
  }
}

export function parseInputs(read: InputReader, context: ParseContext): Inputs {
  const parser = new InputParser(read)
  const paths = lines(read('path'))
  const cids = parseCidList(parser)
  const dryRun = parser.bool('dry-run', false)
  const apiKey = read('api-key')
  const mode = parser.oneOf('mode', ['auto', 'publish', 'cleanup'] as const, 'auto')
  // A cleanup publishes nothing, and without a key it still deactivates and rewrites.
  const cleanup = mode === 'cleanup' || (mode === 'auto' && context.closedPullRequest === true)
  if (!cleanup) checkSomethingToDo(parser, { paths, cids, apiKey, dryRun }, context)
  checkSecretLengths(parser)
  // Problems are listed in this order: what to publish, then when, then where.
  const timelock = parseTimelockInput(parser, context.now)
  const maxDurationMs = parseMaxDuration(parser)
  const apiUrl = parseApiUrl(parser)
  const gateway = parseGateway(parser)

  const inputs: Inputs = {
    apiKey,
    paths,
    cids: cids.valid,
    uploadAs: parser.oneOf('upload-as', ['auto', 'directory', 'files'] as const, 'auto'),
    root: read('root'),
    name: read('name') || defaultName(context),
    nameGiven: read('name') !== '',
    cluster: read('cluster'),
    timelock,
    gateway,
    ifNoFilesFound: parser.oneOf(
      'if-no-files-found',
      ['error', 'warn', 'ignore'] as const,
      'error'
    ),
    includeHiddenFiles: parser.bool('include-hidden-files', false),
    concurrency: parser.number('concurrency', 4, 1, 64),
    retries: parser.number('retries', 5, 0, 20),
    timeoutMs: parseTimeout(parser),
    maxDurationMs,
    apiUrl,
    summary: parser.bool('summary', true),
    comment: parser.bool('comment', false),
    commentHeader: parseCommentHeader(parser),
    githubToken: read('github-token'),
    commitStatus: parser.bool('commit-status', false),
    cidProfile: parser.oneOf('cid-profile', CID_PROFILE_SETTINGS, 'unixfs-v1-2025'),
    reuse: parser.oneOf('reuse', ['auto', 'off'] as const, 'auto'),
    verify: parser.oneOf('verify', ['warn', 'error', 'off'] as const, 'warn'),
    dryRun,
    mode,
    deployment: parser.bool('deployment', false),
    environment: parseEnvironment(parser),
    car: parser.bool('car', false),
    waitFor: parser.oneOf('wait-for', ['none', 'pinned', 'gateway', 'verified'] as const, 'none'),
    waitTimeoutMs: parseWaitTimeout(parser),
    releaseNotes: parser.bool('release-notes', false)
  }
  checkCluster(parser, inputs.cluster)
  if (parser.problems.length > 0) throw new InputError(parser.problems)
  return inputs
}

/** `cids`: every line a CID; all invalid ones are listed in one problem. */
function parseCidList(parser: InputParser): { valid: string[]; lines: string[] } {
  const cidLines = lines(parser.read('cids'))
  const check = checkCids(cidLines)
  if (check.invalid.length > 0) {
    parser.problems.push(
      `Input \`cids\` has ${check.invalid.length} invalid ${check.invalid.length === 1 ? 'CID' : 'CIDs'}:\n` +
        check.invalid.map(({ value, reason }) => `  - \`${value}\`: ${reason}`).join('\n') +
        '\n  Fix: list one CID per line (CIDv0 Qm… or CIDv1 such as bafy…).'
    )
  }
  return { valid: check.valid, lines: cidLines }
}

/** Something to publish, and a key to publish it with unless this is a dry run. */
function checkSomethingToDo(
  parser: InputParser,
  given: { paths: string[]; cids: { lines: string[] }; apiKey: string; dryRun: boolean },
  context: ParseContext
): void {
  if (given.paths.length === 0 && given.cids.lines.length === 0) {
    parser.problems.push(
      'Nothing to publish: inputs `path` and `cids` are both empty. Set `path` to the files or directory to upload, or `cids` to CIDs to pin.'
    )
  } else if (given.apiKey === '' && !given.dryRun && context.forkPullRequest) {
    parser.problems.push(
      'Input `api-key` is empty because this pull request comes from a fork: GitHub does not give secrets to workflows run for forks. ' +
        'Set `dry-run: true` to compute and show the CIDs a merge would publish, without uploading; ' +
        'or publish fork PRs from a second workflow triggered by `workflow_run`, which runs with secrets (see "PR previews from forks" in the README).'
    )
  } else if (given.apiKey === '' && !given.dryRun) {
    parser.problems.push(
      'Input `api-key` is empty. Pass a Pinarkive API key kept as a repository secret: `api-key: ${{ secrets.PINARKIVE_API_KEY }}`.'
    )
  }
}

/** The inputs that hold secrets: masked in the log, redacted everywhere else. */
const SECRET_INPUTS = ['api-key', 'github-token'] as const

const SECRET_FIX: Readonly<Record<(typeof SECRET_INPUTS)[number], string>> = {
  'api-key':
    'Pass the whole Pinarkive API key, kept as a repository secret: `api-key: ${{ secrets.PINARKIVE_API_KEY }}`.',
  'github-token':
    'Leave `github-token` unset for the default `${{ github.token }}`, or pass a whole token kept as a secret.'
}

/**
 * A secret so short that redacting it would corrupt CIDs, URLs and words everywhere (a
 * one-letter key is found in every CID) is refused: its length is named, never its value.
 */
function checkSecretLengths(parser: InputParser): void {
  for (const name of SECRET_INPUTS) {
    const value = parser.read(name)
    if (!isTooShortToRedact(value)) continue
    const length = secretLength(value)
    parser.problems.push(
      `Input \`${name}\` is ${length} ${length === 1 ? 'character' : 'characters'} long, too short to be a real secret or to be kept out of the log, the summary and comments safely (at least ${MIN_SECRET_LENGTH} are needed). ${SECRET_FIX[name]}`
    )
  }
}

function defaultName(context: ParseContext): string {
  const shortSha = (context.sha ?? '').slice(0, 7)
  return context.repository
    ? `${context.repository}${shortSha ? `@${shortSha}` : ''}`
    : 'pin-action'
}

function checkCluster(parser: InputParser, cluster: string): void {
  if (cluster !== '' && !isPlainId(cluster)) {
    parser.problem('cluster', cluster, 'expected a cluster id such as cl0-global or cl1-eu.')
  }
}

function parseTimelockInput(parser: InputParser, now: Date): Date | undefined {
  const text = parser.read('timelock')
  if (text === '') return undefined
  try {
    return parseTimelock(text, now)
  } catch (error) {
    parser.problem('timelock', text, errorText(error) + '.')
    return undefined
  }
}

/** Milliseconds in seconds (`120`, `0.5`) or a duration as in `timelock` (`45m`), else undefined. */
function secondsOrDuration(text: string): number | undefined {
  const seconds = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined
  return seconds !== undefined ? seconds * 1000 : parseRelativeDuration(text)
}

function parseDurationInput(parser: InputParser, name: string): number | undefined {
  const text = parser.read(name)
  if (text === '') return undefined
  const ms = secondsOrDuration(text)
  if (ms === undefined || !(ms > 0)) {
    parser.problem(name, text, 'expected seconds or a duration such as 45m or 1h30m.')
    return undefined
  }
  return ms
}

/** `timeout`: seconds (fractions too), or a duration such as 90s or 5m, from 0.1 s to 24 h. */
function parseTimeout(parser: InputParser): number {
  const text = parser.read('timeout')
  if (text === '') return 120_000
  const ms = secondsOrDuration(text)
  if (ms === undefined || !(ms >= 100 && ms <= 86_400_000)) {
    parser.problem(
      'timeout',
      text,
      'expected seconds from 0.1 to 86400, or a duration such as 90s or 5m (at most 24h).'
    )
    return 120_000
  }
  return ms
}

function parseMaxDuration(parser: InputParser): number | undefined {
  return parseDurationInput(parser, 'max-duration')
}

function parseWaitTimeout(parser: InputParser): number {
  const ms = parseDurationInput(parser, 'wait-timeout') ?? 5 * 60_000
  if (ms > MAX_WAIT_MS) {
    parser.problem(
      'wait-timeout',
      parser.read('wait-timeout'),
      'is longer than a job may run (6 h). Use a duration such as 5m or 30m.'
    )
  }
  return Math.min(ms, MAX_WAIT_MS)
}

/** The longest `comment-header`: it also names a status context and an environment. */
const COMMENT_HEADER_MAX = 100

/**
 * `comment-header` names the site in the comment's marker, the status context
 * (`pinarkive/<header>`) and the default environment (`preview/<header>`): printable text with no
 * slash at either end, no character that hides text, short enough for all three.
 */
function parseCommentHeader(parser: InputParser): string {
  const text = parser.read('comment-header')
  const hidden = new RegExp(HIDDEN.source, 'u').test(text)
  if (text.length > COMMENT_HEADER_MAX || hidden || /^\/|\/$/.test(text)) {
    parser.problem(
      'comment-header',
      showControls(text, { tabs: true }).slice(0, 80),
      `expected a short site name such as docs or app: up to ${COMMENT_HEADER_MAX} characters, no slash at either end, no invisible or control characters.`
    )
    // Stryker disable next-line StringLiteral: a problem makes parseInputs throw, so no caller sees this value
    return ''
  }
  return text
}

/** GitHub environment names: up to 255 characters, no control characters or slashes at ends. */
function parseEnvironment(parser: InputParser): string {
  const text = parser.read('environment')
  // eslint-disable-next-line no-control-regex
  if (text.length > 255 || /[\u0000-\u001f\u007f]/.test(text)) {
    parser.problem(
      'environment',
      JSON.stringify(text).slice(1, -1).slice(0, 80),
      'expected an environment name such as preview or production, up to 255 characters.'
    )
    // Stryker disable next-line StringLiteral: a problem makes parseInputs throw, so no caller sees this value
    return ''
  }
  return text
}

/** The API base without a trailing slash: https, or http only to this machine. */
function parseApiUrl(parser: InputParser): string {
  const text = parser.read('api-url') || DEFAULT_API_URL
  let apiUrl = text.replace(/\/+$/, '')
  try {
    const url = new URL(text)
    if (url.username || url.password) {
      parser.problem(
        'api-url',
        hideUserinfo(text),
        'must not contain credentials. Pass the key in `api-key`.'
      )
      apiUrl = DEFAULT_API_URL
    } else if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
      parser.problem(
        'api-url',
        text,
        'plain http would send the API key in clear text. Use https:// (http is allowed only for localhost).'
      )
    } else if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      parser.problem('api-url', text, 'expected an https:// URL such as ' + DEFAULT_API_URL + '.')
    }
  } catch {
    // A URL that does not parse may still carry a password (`https://user:secret@host:bad/`).
    parser.problem(
      'api-url',
      hideUserinfo(text),
      'is not a URL. Expected something like ' + DEFAULT_API_URL + '.'
    )
  }
  return apiUrl
}

/** The same checks as for the gateways the cluster list names (`gatewayProblem`). */
function parseGateway(parser: InputParser): string {
  const gateway = parser.read('gateway')
  if (gateway === '') return gateway
  const problem = gatewayProblem(gateway)
  if (problem) {
    parser.problem(
      'gateway',
      hideUserinfo(gateway),
      `${problem}. Expected a base such as https://gateway.pinarkive.com/ipfs/ or a template such as https://{cid}.ipfs.dweb.link/.`
    )
  }
  return gateway
}

/**
 * Reads the inputs from the runner, masking the secrets before anything else can log them: in
 * the runner's log, and in everything the action writes elsewhere (see action-log.ts).
 */
export function getInputs(
  env: NodeJS.ProcessEnv,
  event: { sha: string; forkPullRequest: boolean; pullRequest?: { state: string } }
): Inputs {
  for (const secret of SECRET_INPUTS) {
    const value = core.getInput(secret)
    // A secret too short to redact is refused below, before it is sent anywhere; masking it
    // would only blank that letter in every line of the log.
    if (!isTooShortToRedact(value)) maskSecret(value)
  }
  return parseInputs(name => core.getInput(name), {
    now: new Date(),
    repository: env.GITHUB_REPOSITORY,
    sha: event.sha,
    forkPullRequest: event.forkPullRequest,
    closedPullRequest: event.pullRequest?.state === 'closed'
  })
}
