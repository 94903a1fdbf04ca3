import { jest } from '@jest/globals'
import { getInputs, InputError, parseInputs } from '../src/inputs.js'
import { secrets } from '../src/shared/redact.js'

const now = new Date('2026-11-28T12:00:00Z')
const context = { now, repository: 'octo-org/site', sha: 'abcdef1234567890' }
/** A key long enough to be redacted: shorter ones are refused (see 'secrets too short'). */
const KEY = 'pk_test_0123456789'

function parse(values: Record<string, string>) {
  return parseInputs(name => values[name] ?? '', context)
}

function problems(values: Record<string, string>): string[] {
  try {
    parse(values)
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected an InputError')
}

describe('parseInputs', () => {
  it('fills defaults the way action.yml documents them', () => {
    const inputs = parse({ 'api-key': KEY, path: 'dist' })
    expect(inputs).toMatchObject({
      paths: ['dist'],
      cids: [],
      uploadAs: 'auto',
      name: 'octo-org/site@abcdef1',
      cluster: '',
      timelock: undefined,
      ifNoFilesFound: 'error',
      includeHiddenFiles: false,
      concurrency: 4,
      retries: 5,
      timeoutMs: 120_000,
      apiUrl: 'https://api.pinarkive.com/api/v3',
      summary: true,
      root: '',
      comment: false,
      commentHeader: '',
      githubToken: '',
      commitStatus: false,
      cidProfile: 'unixfs-v1-2025',
      reuse: 'auto',
      verify: 'warn',
      dryRun: false,
      mode: 'auto',
      deployment: false,
      environment: '',
      waitFor: 'none',
      waitTimeoutMs: 300_000,
      maxDurationMs: undefined,
      gateway: '',
      releaseNotes: false
    })
  })

  it('reads each input into its own field', () => {
    const inputs = parse({
      'api-key': KEY,
      path: 'site',
      root: 'site/public',
      name: 'docs build',
      cluster: 'cl1-eu',
      comment: 'true',
      'comment-header': 'docs',
      'github-token': 'ghs_token',
      'commit-status': 'true',
      verify: 'error',
      'dry-run': 'true',
      mode: 'publish',
      deployment: 'true',
      environment: 'preview',
      'wait-for': 'gateway',
      'wait-timeout': '10m',
      'upload-as': 'files',
      'if-no-files-found': 'ignore',
      summary: 'false',
      concurrency: '8',
      retries: '0',
      timeout: '30'
    })
    expect(inputs).toMatchObject({
      root: 'site/public',
      name: 'docs build',
      cluster: 'cl1-eu',
      comment: true,
      commentHeader: 'docs',
      githubToken: 'ghs_token',
      commitStatus: true,
      verify: 'error',
      dryRun: true,
      mode: 'publish',
      deployment: true,
      environment: 'preview',
      waitFor: 'gateway',
      waitTimeoutMs: 600_000,
      uploadAs: 'files',
      ifNoFilesFound: 'ignore',
      summary: false,
      concurrency: 8,
      retries: 0,
      timeoutMs: 30_000
    })
  })

  it('splits multiline path and cids, trimming and dropping blank lines', () => {
    const inputs = parse({
      'api-key': KEY,
      path: 'dist/**\n\n  !dist/**/*.map  \n',
      cids: 'bafkqaaa\n\nQmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH\n'
    })
    expect(inputs.paths).toEqual(['dist/**', '!dist/**/*.map'])
    expect(inputs.cids).toEqual(['bafkqaaa', 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'])
  })

  it('lists every invalid CID in one error, before any request', () => {
    const [problem] = problems({
      'api-key': KEY,
      cids: 'bafkqaaa\nnot-a-cid\nbafy123\nk51qzi5uqu5dlvj2baxnqndepeb86cbk3ng7n3i46uzyxzyqj2xjonzllnv0v8'
    })
    expect(problem).toMatch(/Input `cids` has 3 invalid CIDs/)
    expect(problem).toContain('`not-a-cid`')
    expect(problem).toContain('`bafy123`')
    expect(problem).toMatch(/k51q.*IPNS name/)
    expect(problem).not.toContain('`bafkqaaa`')
  })

  it('reports every bad input at once, naming input, value and fix', () => {
    const found = problems({
      'api-key': KEY,
      path: 'dist',
      'upload-as': 'folder',
      concurrency: '0',
      retries: 'many',
      'include-hidden-files': 'yes',
      timelock: '2020-01-01T00:00:00Z',
      'if-no-files-found': 'fail'
    })
    expect(found).toEqual([
      expect.stringMatching(/^Input `timelock` is `2020-01-01T00:00:00Z`: lies in the past/),
      'Input `upload-as` is `folder`: expected one of auto, directory, files.',
      'Input `if-no-files-found` is `fail`: expected one of error, warn, ignore.',
      'Input `include-hidden-files` is `yes`: expected true or false.',
      'Input `concurrency` is `0`: expected a whole number from 1 to 64.',
      'Input `retries` is `many`: expected a whole number from 0 to 20.'
    ])
  })

  it('requires api-key only when there is something to send', () => {
    expect(problems({ path: 'dist' })).toEqual([
      expect.stringMatching(/`api-key` is empty.*secrets\.PINARKIVE_API_KEY/)
    ])
    expect(problems({})).toEqual([
      expect.stringMatching(/Nothing to publish: inputs `path` and `cids` are both empty/)
    ])
  })

  it('refuses plain http except on loopback, so the key never travels in clear text', () => {
    expect(
      problems({ 'api-key': KEY, path: 'd', 'api-url': 'http://api.example.com/api/v3' })
    ).toEqual([
      expect.stringMatching(
        /`api-url` is `http:\/\/api.example.com\/api\/v3`: plain http would send the API key in clear text/
      )
    ])
    for (const url of [
      'http://127.0.0.1:8080/api/v3/',
      'http://localhost/api/v3',
      'http://[::1]:9/api/v3'
    ]) {
      expect(parse({ 'api-key': KEY, path: 'd', 'api-url': url }).apiUrl).toBe(
        url.replace(/\/$/, '')
      )
    }
  })

  it('refuses credentials in api-url without echoing them', () => {
    const [problem] = problems({
      'api-key': KEY,
      path: 'd',
      'api-url': 'https://user:secret@api.example.com'
    })
    expect(problem).toMatch(/must not contain credentials/)
    expect(problem).not.toContain('secret')
  })

  it('hides the password of a malformed api-url too, and still shows the rest', () => {
    for (const url of ['https://user:secret@host:bad/', 'https://us@er:sec@ret@host:99999/x']) {
      const [problem] = problems({ 'api-key': KEY, path: 'd', 'api-url': url })
      expect(problem).not.toMatch(/secret|sec@ret|user|us@er/)
      expect(problem).toMatch(
        /^Input `api-url` is `https:\/\/\*\*\*@host:(bad\/|99999\/x)`: is not a URL/
      )
    }
    const [valid] = problems({
      'api-key': KEY,
      path: 'd',
      'api-url': 'https://u:secret@h.example/'
    })
    expect(valid).toBe(
      'Input `api-url` is `https://***@h.example/`: must not contain credentials. Pass the key in `api-key`.'
    )
  })

  it('accepts booleans as YAML 1.2 core booleans', () => {
    expect(
      parse({ 'api-key': KEY, path: 'd', summary: 'FALSE', 'include-hidden-files': 'True' })
    ).toMatchObject({
      summary: false,
      includeHiddenFiles: true
    })
  })

  it('resolves a relative timelock against now', () => {
    expect(parse({ 'api-key': KEY, path: 'd', timelock: '12h' }).timelock?.toISOString()).toBe(
      '2026-11-29T00:00:00.000Z'
    )
  })

  it('reads max-duration as seconds or a duration', () => {
    expect(parse({ 'api-key': KEY, path: 'd' }).maxDurationMs).toBeUndefined()
    expect(parse({ 'api-key': KEY, path: 'd', 'max-duration': '90' }).maxDurationMs).toBe(90_000)
    expect(parse({ 'api-key': KEY, path: 'd', 'max-duration': '1h30m' }).maxDurationMs).toBe(
      5_400_000
    )
    expect(problems({ 'api-key': KEY, path: 'd', 'max-duration': 'soon' })).toEqual([
      'Input `max-duration` is `soon`: expected seconds or a duration such as 45m or 1h30m.'
    ])
  })

  it('accepts fractional timeouts in seconds', () => {
    expect(parse({ 'api-key': KEY, path: 'd', timeout: '0.5' }).timeoutMs).toBe(500)
  })

  it('checks the shape of gateway and cluster', () => {
    expect(
      problems({ 'api-key': KEY, path: 'd', gateway: 'gateway.example', cluster: 'eu west' })
    ).toEqual([
      expect.stringMatching(
        /`gateway` is `gateway.example`: is not an absolute URL\. Expected a base/
      ),
      expect.stringMatching(/`cluster` is `eu west`: expected a cluster id/)
    ])
    expect(
      parse({ 'api-key': KEY, path: 'd', gateway: 'https://{cid}.ipfs.dweb.link/' }).gateway
    ).toBe('https://{cid}.ipfs.dweb.link/')
  })

  it('checks gateway as it checks the gateways a cluster list names', () => {
    const refused = (gateway: string) => problems({ 'api-key': KEY, path: 'd', gateway })
    expect(refused('http://gateway.example/ipfs/')).toEqual([
      'Input `gateway` is `http://gateway.example/ipfs/`: is not an https:// URL (plain http:// is allowed only for localhost, 127.0.0.1 and ::1). Expected a base such as https://gateway.pinarkive.com/ipfs/ or a template such as https://{cid}.ipfs.dweb.link/.'
    ])
    expect(refused('javascript:alert(1)')).toEqual([expect.stringContaining('not an https:// URL')])
    expect(refused('https://user:pw@gw.example/')).toEqual([
      expect.stringMatching(
        /^Input `gateway` is `https:\/\/\*\*\*@gw.example\/`: must not contain a user name/
      )
    ])
    expect(refused('https://gw.example/ipfs/)(')).toEqual([
      expect.stringContaining('has characters no gateway URL needs')
    ])
    for (const gateway of ['http://127.0.0.1:8080/ipfs/', 'https://{cid}.ipfs.example/{cid}/']) {
      expect(parse({ 'api-key': KEY, path: 'd', gateway }).gateway).toBe(gateway)
    }
  })

  it('reads reuse (auto by default) and cid-profile auto, naming the choices of a bad value', () => {
    expect(parse({ 'api-key': KEY, path: 'd' })).toMatchObject({
      reuse: 'auto',
      cidProfile: 'unixfs-v1-2025'
    })
    expect(parse({ 'api-key': KEY, path: 'd', reuse: 'off', 'cid-profile': 'auto' })).toMatchObject(
      { reuse: 'off', cidProfile: 'auto' }
    )
    expect(problems({ 'api-key': KEY, path: 'd', reuse: 'never', 'cid-profile': 'v2' })).toEqual([
      'Input `cid-profile` is `v2`: expected one of unixfs-v1-2025, unixfs-v0-2015, auto.',
      'Input `reuse` is `never`: expected one of auto, off.'
    ])
  })

  it('falls back to a generic name outside GitHub', () => {
    expect(parseInputs(n => ({ 'api-key': KEY, path: 'd' })[n] ?? '', { now }).name).toBe(
      'pin-action'
    )
  })
})

describe('the error a bad input gives', () => {
  function thrown(values: Record<string, string>): InputError {
    try {
      parse(values)
    } catch (error) {
      if (error instanceof InputError) return error
      throw error
    }
    throw new Error('expected an InputError')
  }

  it('is the problem itself when there is one, as the step fails with it', () => {
    const error = thrown({ 'api-key': KEY, path: 'd', retries: '21' })
    expect(error.name).toBe('InputError')
    expect(error.message).toBe('Input `retries` is `21`: expected a whole number from 0 to 20.')
  })

  it('counts and lists several problems, one per line', () => {
    expect(thrown({ 'api-key': KEY, path: 'd', retries: '21', summary: 'no' }).message).toBe(
      '2 inputs need fixing:\n' +
        '- Input `retries` is `21`: expected a whole number from 0 to 20.\n' +
        '- Input `summary` is `no`: expected true or false.'
    )
  })

  it('names each invalid CID on its own line, with the fix, in the singular for one', () => {
    const [one] = problems({ 'api-key': KEY, cids: 'bafkqaaa\nnot-a-cid' })
    const lines = one.split('\n')
    expect(lines[0]).toBe('Input `cids` has 1 invalid CID:')
    expect(lines[1]).toMatch(/^ {2}- `not-a-cid`: \S/)
    expect(lines[2]).toBe('  Fix: list one CID per line (CIDv0 Qm… or CIDv1 such as bafy…).')
    expect(lines).toHaveLength(3)
    const [two] = problems({ 'api-key': KEY, cids: 'nope\nbafy123' })
    expect(two.split('\n').slice(0, 3)).toEqual([
      'Input `cids` has 2 invalid CIDs:',
      expect.stringMatching(/^ {2}- `nope`: \S/),
      expect.stringMatching(/^ {2}- `bafy123`: \S/)
    ])
  })

  it('ends a timelock problem with a full stop after the reason', () => {
    expect(problems({ 'api-key': KEY, path: 'd', timelock: 'soon' })).toEqual([
      'Input `timelock` is `soon`: is neither an ISO 8601 date-time (2030-12-31T23:59:59Z) nor a duration such as 30d, 12h or 90m.'
    ])
  })
})

describe('booleans and numbers', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false]
  ])('reads %s as %s', (text, value) => {
    expect(parse({ 'api-key': KEY, path: 'd', comment: text }).comment).toBe(value)
    expect(parse({ 'api-key': KEY, path: 'd', summary: text }).summary).toBe(value)
  })

  it.each(['yes', 'on', '1', 'tRUE'])('refuses %s as a boolean', text => {
    expect(problems({ 'api-key': KEY, path: 'd', comment: text })).toEqual([
      `Input \`comment\` is \`${text}\`: expected true or false.`
    ])
  })

  it('accepts whole numbers at both ends of the range, and nothing past them', () => {
    for (const [text, value] of [
      ['1', 1],
      ['64', 64]
    ] as const) {
      expect(parse({ 'api-key': KEY, path: 'd', concurrency: text }).concurrency).toBe(value)
    }
    expect(parse({ 'api-key': KEY, path: 'd', retries: '20' }).retries).toBe(20)
    for (const text of ['65', '0', '1.5', 'Infinity', '-1']) {
      expect(problems({ 'api-key': KEY, path: 'd', concurrency: text })).toEqual([
        `Input \`concurrency\` is \`${text}\`: expected a whole number from 1 to 64.`
      ])
    }
  })

  it('refuses a timeout that is not a number or a duration, or out of range, saying what will do', () => {
    for (const text of ['abc', 'NaN', 'Infinity', '0.05', '86401', '25h', '-5', '5 minutes']) {
      expect(problems({ 'api-key': KEY, path: 'd', timeout: text })).toEqual([
        `Input \`timeout\` is \`${text}\`: expected seconds from 0.1 to 86400, or a duration such as 90s or 5m (at most 24h).`
      ])
    }
    // Durations, like its siblings max-duration and wait-timeout.
    expect(parse({ 'api-key': KEY, path: 'd', timeout: '90s' }).timeoutMs).toBe(90_000)
    expect(parse({ 'api-key': KEY, path: 'd', timeout: '5m' }).timeoutMs).toBe(300_000)
    expect(parse({ 'api-key': KEY, path: 'd', timeout: '1h30m' }).timeoutMs).toBe(5_400_000)
    expect(parse({ 'api-key': KEY, path: 'd', timeout: '86400' }).timeoutMs).toBe(86_400_000)
    expect(parse({ 'api-key': KEY, path: 'd', timeout: '0.1' }).timeoutMs).toBe(100)
  })
})

describe('durations', () => {
  const maxDuration = (text: string) =>
    parse({ 'api-key': KEY, path: 'd', 'max-duration': text }).maxDurationMs

  it('reads seconds with any number of decimals', () => {
    expect(maxDuration('1.5')).toBe(1500)
    expect(maxDuration('1.25')).toBe(1250)
    expect(maxDuration('45m')).toBe(2_700_000)
  })

  it.each(['0', '0s', '0.0', '1e3', '0x10', '+90', '-5', '90 s', '.5'])(
    'refuses %j as a duration',
    text => {
      expect(problems({ 'api-key': KEY, path: 'd', 'max-duration': text })).toEqual([
        `Input \`max-duration\` is \`${text}\`: expected seconds or a duration such as 45m or 1h30m.`
      ])
    }
  )

  it('waits 5 minutes by default, and at most as long as a job may run', () => {
    const waitTimeout = (text: string) =>
      parse({ 'api-key': KEY, path: 'd', 'wait-timeout': text }).waitTimeoutMs
    expect(parse({ 'api-key': KEY, path: 'd' }).waitTimeoutMs).toBe(300_000)
    expect(waitTimeout('90')).toBe(90_000)
    expect(waitTimeout('6h')).toBe(6 * 3_600_000)
    expect(problems({ 'api-key': KEY, path: 'd', 'wait-timeout': '6h1s' })).toEqual([
      'Input `wait-timeout` is `6h1s`: is longer than a job may run (6 h). Use a duration such as 5m or 30m.'
    ])
    expect(problems({ 'api-key': KEY, path: 'd', 'wait-timeout': 'later' })).toEqual([
      'Input `wait-timeout` is `later`: expected seconds or a duration such as 45m or 1h30m.'
    ])
  })
})

describe('what there is to do', () => {
  const fork = { ...context, forkPullRequest: true }
  const closed = { ...context, closedPullRequest: true }
  const attempt = (values: Record<string, string>, ctx: typeof context) => {
    try {
      return parseInputs(name => values[name] ?? '', ctx)
    } catch (error) {
      if (error instanceof InputError) return error.problems
      throw error
    }
  }

  it('takes cids alone as something to publish', () => {
    expect(parse({ 'api-key': KEY, cids: 'bafkqaaa' }).cids).toEqual(['bafkqaaa'])
  })

  it('needs no key for a dry run', () => {
    expect(parse({ path: 'd', 'dry-run': 'true' }).dryRun).toBe(true)
    expect(attempt({ path: 'd', 'dry-run': 'true' }, fork)).toMatchObject({ dryRun: true })
  })

  it('explains a fork pull request without a key, and offers the dry run and workflow_run', () => {
    expect(attempt({ path: 'd' }, fork)).toEqual([
      'Input `api-key` is empty because this pull request comes from a fork: GitHub does not give secrets to workflows run for forks. ' +
        'Set `dry-run: true` to compute and show the CIDs a merge would publish, without uploading; ' +
        'or publish fork PRs from a second workflow triggered by `workflow_run`, which runs with secrets (see "PR previews from forks" in the README).'
    ])
    expect(attempt({ path: 'd', 'api-key': KEY }, fork)).toMatchObject({ apiKey: KEY })
  })

  it('needs neither content nor key to clean up, explicitly or when a pull request closed', () => {
    expect(attempt({ mode: 'cleanup' }, context)).toMatchObject({ mode: 'cleanup', apiKey: '' })
    expect(attempt({ mode: 'CLEANUP' }, context)).toMatchObject({ mode: 'cleanup' })
    expect(attempt({}, closed)).toMatchObject({ mode: 'auto', paths: [] })
    expect(attempt({ path: 'd' }, closed)).toMatchObject({ mode: 'auto', apiKey: '' })
  })

  it('still needs content and a key to publish on a closed pull request', () => {
    expect(attempt({ mode: 'publish' }, closed)).toEqual([
      expect.stringMatching(/^Nothing to publish/)
    ])
    expect(attempt({ mode: 'publish', path: 'd' }, closed)).toEqual([
      expect.stringMatching(/^Input `api-key` is empty\. Pass a Pinarkive API key/)
    ])
  })

  it('names the repository alone when the commit is not known', () => {
    expect(
      parseInputs(n => ({ 'api-key': KEY, path: 'd' })[n] ?? '', { now, repository: 'o/r' }).name
    ).toBe('o/r')
    expect(parse({ 'api-key': KEY, path: 'd', name: 'given' }).name).toBe('given')
  })
})

describe('environment', () => {
  it('accepts names up to 255 characters', () => {
    const name = 'e'.repeat(255)
    expect(parse({ 'api-key': KEY, path: 'd', environment: name }).environment).toBe(name)
    expect(
      parse({ 'api-key': KEY, path: 'd', environment: 'pr-7 (docs) / preview' }).environment
    ).toBe('pr-7 (docs) / preview')
  })

  it('refuses longer names, and control characters, showing them escaped and at most 80 long', () => {
    expect(problems({ 'api-key': KEY, path: 'd', environment: 'e'.repeat(256) })).toEqual([
      `Input \`environment\` is \`${'e'.repeat(80)}\`: expected an environment name such as preview or production, up to 255 characters.`
    ])
    expect(problems({ 'api-key': KEY, path: 'd', environment: 'pre\nview\t\u0000' })).toEqual([
      'Input `environment` is `pre\\nview\\t\\u0000`: expected an environment name such as preview or production, up to 255 characters.'
    ])
  })
})

describe('comment-header', () => {
  const header = (value: string) => parse({ 'api-key': KEY, path: 'd', 'comment-header': value })
  const refused = (value: string) =>
    problems({ 'api-key': KEY, path: 'd', 'comment-header': value })

  it('accepts a site name, spaces and inner slashes included, up to 100 characters', () => {
    expect(header('docs').commentHeader).toBe('docs')
    expect(header('Docs site / v2').commentHeader).toBe('Docs site / v2')
    expect(header('h'.repeat(100)).commentHeader).toBe('h'.repeat(100))
  })

  it('refuses what would make a bad status context or environment, naming the fix', () => {
    const fix =
      'expected a short site name such as docs or app: up to 100 characters, no slash at either end, no invisible or control characters.'
    expect(refused('h'.repeat(101))).toEqual([
      `Input \`comment-header\` is \`${'h'.repeat(80)}\`: ${fix}`
    ])
    expect(refused('/docs')).toEqual([`Input \`comment-header\` is \`/docs\`: ${fix}`])
    expect(refused('docs/')).toEqual([`Input \`comment-header\` is \`docs/\`: ${fix}`])
    expect(refused('do\u200bcs')).toEqual([`Input \`comment-header\` is \`do\\u200bcs\`: ${fix}`])
    expect(refused('do\tcs')).toEqual([`Input \`comment-header\` is \`do\\tcs\`: ${fix}`])
  })
})

describe('api-url', () => {
  const apiUrl = (url: string) => parse({ 'api-key': KEY, path: 'd', 'api-url': url }).apiUrl

  it('drops every trailing slash', () => {
    expect(apiUrl('https://api.example.com/api/v3///')).toBe('https://api.example.com/api/v3')
  })

  it('allows plain http to this machine only', () => {
    for (const url of ['http://127.0.0.2:8080/v3', 'http://LOCALHOST:3000/v3', 'http://[::1]/v3']) {
      expect(apiUrl(url)).toBe(url)
    }
    for (const url of [
      'http://localhost.example.com/v3',
      'http://127.0.0.1.example.com/v3',
      'http://0.0.0.0/v3',
      'http://[::2]/v3',
      'http://10.0.0.1/v3'
    ]) {
      expect(problems({ 'api-key': KEY, path: 'd', 'api-url': url })).toEqual([
        `Input \`api-url\` is \`${url}\`: plain http would send the API key in clear text. Use https:// (http is allowed only for localhost).`
      ])
    }
  })

  it('refuses a user name without a password too', () => {
    expect(
      problems({ 'api-key': KEY, path: 'd', 'api-url': 'https://me@api.example.com' })
    ).toEqual([
      'Input `api-url` is `https://***@api.example.com`: must not contain credentials. Pass the key in `api-key`.'
    ])
  })

  it('refuses other schemes and text that is no URL, suggesting the default', () => {
    expect(problems({ 'api-key': KEY, path: 'd', 'api-url': 'ftp://api.example.com/' })).toEqual([
      'Input `api-url` is `ftp://api.example.com/`: expected an https:// URL such as https://api.pinarkive.com/api/v3.'
    ])
    expect(problems({ 'api-key': KEY, path: 'd', 'api-url': 'api.example.com' })).toEqual([
      'Input `api-url` is `api.example.com`: is not a URL. Expected something like https://api.pinarkive.com/api/v3.'
    ])
  })
})

describe('secrets too short to redact', () => {
  it('refuses a short api-key, naming its length and the fix, never its value', () => {
    const [problem, ...others] = problems({ 'api-key': 'q', cids: 'bafkqaaa' })
    expect(others).toEqual([])
    expect(problem).toBe(
      'Input `api-key` is 1 character long, too short to be a real secret or to be kept out of the log, the summary and comments safely (at least 8 are needed). ' +
        'Pass the whole Pinarkive API key, kept as a repository secret: `api-key: ${{ secrets.PINARKIVE_API_KEY }}`.'
    )
    expect(problems({ 'api-key': 'qwertyu', path: 'd' })).toEqual([
      expect.stringMatching(/^Input `api-key` is 7 characters long, too short/)
    ])
    expect(problems({ 'api-key': 'qwertyu', path: 'd' })[0]).not.toContain('qwertyu')
  })

  it('refuses a short github-token the same way, and lists it with the other problems', () => {
    expect(problems({ 'api-key': 'zz', 'github-token': 'ghs', path: 'd', retries: 'x' })).toEqual([
      expect.stringMatching(/^Input `api-key` is 2 characters long, too short/),
      expect.stringMatching(
        /^Input `github-token` is 3 characters long, too short.*Leave `github-token` unset for the default `\$\{\{ github\.token \}\}`/
      ),
      expect.stringMatching(/^Input `retries` is `x`/)
    ])
  })

  it('refuses one in every mode: a dry run and a cleanup mask the key too', () => {
    const cases: Record<string, string>[] = [
      { 'api-key': 'k', path: 'd', 'dry-run': 'true' },
      { 'api-key': 'k', mode: 'cleanup' }
    ]
    for (const values of cases) {
      expect(problems(values)).toEqual([expect.stringMatching(/^Input `api-key` is 1 character/)])
    }
  })

  it('takes secrets of 8 characters and more, and no secret at all', () => {
    expect(parse({ 'api-key': 'test-key', 'github-token': 'ghs_test', path: 'd' })).toMatchObject({
      apiKey: 'test-key',
      githubToken: 'ghs_test'
    })
    expect(parse({ path: 'd', 'dry-run': 'true' }).githubToken).toBe('')
  })
})

describe('getInputs', () => {
  const env = {
    'INPUT_API-KEY': 'pk_live_0123456789',
    'INPUT_GITHUB-TOKEN': 'ghs_abcdefghijkl',
    INPUT_PATH: ''
  }
  let written: string[]
  beforeEach(() => {
    Object.assign(process.env, env)
    written = []
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      written.push(String(chunk))
      return true
    })
  })
  afterEach(() => {
    jest.restoreAllMocks()
    for (const name of Object.keys(env)) delete process.env[name]
    secrets.clear()
  })

  it('masks the key and the token before anything can log them', () => {
    const event = { sha: 'abc', forkPullRequest: false, pullRequest: { state: 'closed' } }
    const inputs = getInputs({ GITHUB_REPOSITORY: 'o/r' }, event)
    expect(inputs).toMatchObject({ apiKey: env['INPUT_API-KEY'], name: 'o/r@abc' })
    expect(written.join('')).toContain(`::add-mask::${env['INPUT_API-KEY']}`)
    expect(written.join('')).toContain(`::add-mask::${env['INPUT_GITHUB-TOKEN']}`)
    expect(secrets.redact(`key ${env['INPUT_API-KEY']} token ${env['INPUT_GITHUB-TOKEN']}`)).toBe(
      'key *** token ***'
    )
  })

  it('neither masks nor registers a secret too short to redact, and refuses it', () => {
    process.env['INPUT_API-KEY'] = 'k'
    process.env.INPUT_CIDS = 'bafkqaaa'
    try {
      const event = { sha: 'abc', forkPullRequest: false }
      expect(() => getInputs({}, event)).toThrow(/^Input `api-key` is 1 character long/)
      expect(written.join('')).not.toContain('::add-mask::k\n')
      expect(written.join('')).toContain(`::add-mask::${env['INPUT_GITHUB-TOKEN']}`)
      const cid = 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku'
      expect(secrets.redact(cid)).toBe(cid)
    } finally {
      delete process.env.INPUT_CIDS
    }
  })

  it('cleans up on a closed pull request only: an open one needs something to publish', () => {
    const closed = { sha: 'abc', forkPullRequest: false, pullRequest: { state: 'closed' } }
    expect(getInputs({}, closed).paths).toEqual([])
    for (const event of [
      { sha: 'abc', forkPullRequest: false, pullRequest: { state: 'open' } },
      { sha: 'abc', forkPullRequest: false }
    ]) {
      expect(() => getInputs({}, event)).toThrow(/^Nothing to publish/)
    }
  })
})

describe('release-notes', () => {
  it('is off by default, and reads as a YAML 1.2 core boolean', () => {
    expect(parse({ 'api-key': KEY, path: 'd' }).releaseNotes).toBe(false)
    expect(parse({ 'api-key': KEY, path: 'd', 'release-notes': 'true' }).releaseNotes).toBe(true)
    expect(parse({ 'api-key': KEY, path: 'd', 'release-notes': 'TRUE' }).releaseNotes).toBe(true)
    expect(parse({ 'api-key': KEY, path: 'd', 'release-notes': 'False' }).releaseNotes).toBe(false)
  })

  it('refuses anything else, naming the input and the value', () => {
    expect(problems({ 'api-key': KEY, path: 'd', 'release-notes': 'yes' })).toEqual([
      'Input `release-notes` is `yes`: expected true or false.'
    ])
  })
})
