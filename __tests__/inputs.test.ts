import { jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { getInputs, InputError, parseInputs } from '../src/inputs.js'
import { secrets } from '../src/shared/redact.js'

const now = new Date('2026-11-28T12:00:00Z')
const context = { now, repository: 'octo-org/site', sha: 'abcdef1234567890' }

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
    const inputs = parse({ 'api-key': 'k', path: 'dist' })
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
      summary: true
    })
  })

  it('splits multiline path and cids, trimming and dropping blank lines', () => {
    const inputs = parse({
      'api-key': 'k',
      path: 'dist/**\n\n  !dist/**/*.map  \n',
      cids: 'bafkqaaa\n\nQmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH\n'
    })
    expect(inputs.paths).toEqual(['dist/**', '!dist/**/*.map'])
    expect(inputs.cids).toEqual(['bafkqaaa', 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'])
  })

  it('lists every invalid CID in one error, before any request', () => {
    const [problem] = problems({
      'api-key': 'k',
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
      'api-key': 'k',
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
      problems({ 'api-key': 'k', path: 'd', 'api-url': 'http://api.example.com/api/v3' })
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
      expect(parse({ 'api-key': 'k', path: 'd', 'api-url': url }).apiUrl).toBe(
        url.replace(/\/$/, '')
      )
    }
  })

  it('refuses credentials in api-url without echoing them', () => {
    const [problem] = problems({
      'api-key': 'k',
      path: 'd',
      'api-url': 'https://user:secret@api.example.com'
    })
    expect(problem).toMatch(/must not contain credentials/)
    expect(problem).not.toContain('secret')
  })

  it('hides the password of a malformed api-url too, and still shows the rest', () => {
    for (const url of ['https://user:secret@host:bad/', 'https://us@er:sec@ret@host:99999/x']) {
      const [problem] = problems({ 'api-key': 'k', path: 'd', 'api-url': url })
      expect(problem).not.toMatch(/secret|sec@ret|user|us@er/)
      expect(problem).toMatch(
        /^Input `api-url` is `https:\/\/\*\*\*@host:(bad\/|99999\/x)`: is not a URL/
      )
    }
    const [valid] = problems({
      'api-key': 'k',
      path: 'd',
      'api-url': 'https://u:secret@h.example/'
    })
    expect(valid).toBe(
      'Input `api-url` is `https://***@h.example/`: must not contain credentials. Pass the key in `api-key`.'
    )
  })

  it('accepts booleans as YAML 1.2 core booleans', () => {
    expect(
      parse({ 'api-key': 'k', path: 'd', summary: 'FALSE', 'include-hidden-files': 'True' })
    ).toMatchObject({
      summary: false,
      includeHiddenFiles: true
    })
  })

  it('resolves a relative timelock against now', () => {
    expect(parse({ 'api-key': 'k', path: 'd', timelock: '12h' }).timelock?.toISOString()).toBe(
      '2026-11-29T00:00:00.000Z'
    )
  })

  it('reads max-duration as seconds or a duration', () => {
    expect(parse({ 'api-key': 'k', path: 'd' }).maxDurationMs).toBeUndefined()
    expect(parse({ 'api-key': 'k', path: 'd', 'max-duration': '90' }).maxDurationMs).toBe(90_000)
    expect(parse({ 'api-key': 'k', path: 'd', 'max-duration': '1h30m' }).maxDurationMs).toBe(
      5_400_000
    )
    expect(problems({ 'api-key': 'k', path: 'd', 'max-duration': 'soon' })).toEqual([
      'Input `max-duration` is `soon`: expected seconds or a duration such as 45m or 1h30m.'
    ])
  })

  it('accepts fractional timeouts in seconds', () => {
    expect(parse({ 'api-key': 'k', path: 'd', timeout: '0.5' }).timeoutMs).toBe(500)
  })

  it('checks the shape of gateway and cluster', () => {
    expect(
      problems({ 'api-key': 'k', path: 'd', gateway: 'gateway.example', cluster: 'eu west' })
    ).toEqual([
      expect.stringMatching(
        /`gateway` is `gateway.example`: is not an absolute URL\. Expected a base/
      ),
      expect.stringMatching(/`cluster` is `eu west`: expected a cluster id/)
    ])
    expect(
      parse({ 'api-key': 'k', path: 'd', gateway: 'https://{cid}.ipfs.dweb.link/' }).gateway
    ).toBe('https://{cid}.ipfs.dweb.link/')
  })

  it('checks gateway as it checks the gateways a cluster list names', () => {
    const refused = (gateway: string) => problems({ 'api-key': 'k', path: 'd', gateway })
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
      expect(parse({ 'api-key': 'k', path: 'd', gateway }).gateway).toBe(gateway)
    }
  })

  it('falls back to a generic name outside GitHub', () => {
    expect(parseInputs(n => ({ 'api-key': 'k', path: 'd' })[n] ?? '', { now }).name).toBe(
      'pin-action'
    )
  })
})

describe('parseInputs and action.yml', () => {
  /** action.yml's inputs with their defaults, as the runner passes them when a workflow sets none. */
  function declared(): Record<string, string> {
    const yml = parseYaml(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
    return Object.fromEntries(
      Object.entries(yml.inputs).map(([name, input]) => [name, String(input.default ?? '')])
    )
  }

  it('reads every input action.yml declares, under its own name', () => {
    const asked = new Set<string>()
    parseInputs(name => {
      asked.add(name)
      return ({ 'api-key': 'k', path: 'dist' } as Record<string, string>)[name] ?? ''
    }, context)
    expect([...asked].sort()).toEqual(Object.keys(declared()).sort())
  })

  it('reads action.yml’s defaults as it reads empty inputs', () => {
    const defaults = { ...declared(), 'github-token': '', 'api-key': 'k', path: 'dist' }
    expect(parse(defaults)).toEqual(parse({ 'api-key': 'k', path: 'dist' }))
  })

  it('reads a value for every input, different from its default', () => {
    const inputs = parse({
      'api-key': 'k',
      path: 'dist',
      cids: 'bafkqaaa',
      'upload-as': 'Directory',
      root: 'dist/site',
      name: 'my site',
      cluster: 'cl1-eu',
      timelock: '30d',
      gateway: 'https://gw.example/ipfs/',
      'if-no-files-found': 'IGNORE',
      'include-hidden-files': 'true',
      concurrency: '64',
      retries: '0',
      timeout: '86400',
      'max-duration': '1.25',
      'api-url': 'https://api.example.test/v3//',
      summary: 'false',
      'cid-profile': 'unixfs-v0-2015',
      verify: 'error',
      'dry-run': 'TRUE',
      comment: 'true',
      'comment-header': 'docs',
      'github-token': 'ghs_x',
      'commit-status': 'true',
      mode: 'publish',
      deployment: 'true',
      environment: 'preview',
      'wait-for': 'gateway',
      'wait-timeout': '30m'
    })
    expect(inputs).toEqual({
      apiKey: 'k',
      paths: ['dist'],
      cids: ['bafkqaaa'],
      uploadAs: 'directory',
      root: 'dist/site',
      name: 'my site',
      cluster: 'cl1-eu',
      timelock: new Date('2026-12-28T12:00:00Z'),
      gateway: 'https://gw.example/ipfs/',
      ifNoFilesFound: 'ignore',
      includeHiddenFiles: true,
      concurrency: 64,
      retries: 0,
      timeoutMs: 86_400_000,
      maxDurationMs: 1250,
      apiUrl: 'https://api.example.test/v3',
      summary: false,
      comment: true,
      commentHeader: 'docs',
      githubToken: 'ghs_x',
      commitStatus: true,
      cidProfile: 'unixfs-v0-2015',
      verify: 'error',
      dryRun: true,
      mode: 'publish',
      deployment: true,
      environment: 'preview',
      waitFor: 'gateway',
      waitTimeoutMs: 1_800_000
    })
  })
})

describe('parseInputs rules', () => {
  it('says one problem as it is, and several as a list', () => {
    const one = (() => {
      try {
        parse({ path: 'd' })
      } catch (error) {
        return error as InputError
      }
    })()
    expect(one?.name).toBe('InputError')
    expect(one?.message).toBe(one?.problems[0])
    expect(() => parse({ 'api-key': 'k', path: 'd', concurrency: '0', retries: 'x' })).toThrow(
      '2 inputs need fixing:\n- Input `concurrency` is `0`: expected a whole number from 1 to 64.\n- Input `retries` is `x`: expected a whole number from 0 to 20.'
    )
  })

  it('accepts each spelling of the YAML 1.2 core booleans, and no other', () => {
    for (const [text, value] of [
      ['true', true],
      ['True', true],
      ['TRUE', true],
      ['false', false],
      ['False', false],
      ['FALSE', false]
    ] as const) {
      expect(parse({ 'api-key': 'k', path: 'd', summary: text }).summary).toBe(value)
    }
    expect(problems({ 'api-key': 'k', path: 'd', summary: 'tRue' })).toEqual([
      'Input `summary` is `tRue`: expected true or false.'
    ])
  })

  it('holds numbers to their range and kind, the ends included', () => {
    const ok = (values: Record<string, string>) => parse({ 'api-key': 'k', path: 'd', ...values })
    expect(ok({ concurrency: '1', retries: '20', timeout: '0.1' })).toMatchObject({
      concurrency: 1,
      retries: 20,
      timeoutMs: 100
    })
    expect(
      problems({ 'api-key': 'k', path: 'd', concurrency: '2.5', timeout: 'soon', retries: '21' })
    ).toEqual([
      'Input `concurrency` is `2.5`: expected a whole number from 1 to 64.',
      'Input `retries` is `21`: expected a whole number from 0 to 20.',
      'Input `timeout` is `soon`: expected a number from 0.1 to 86400.'
    ])
    expect(problems({ 'api-key': 'k', path: 'd', timeout: '86401' })).toEqual([
      'Input `timeout` is `86401`: expected a number from 0.1 to 86400.'
    ])
  })

  it('lists one invalid CID with its reason and the fix', () => {
    expect(problems({ 'api-key': 'k', cids: 'bafy123' })).toEqual([
      'Input `cids` has 1 invalid CID:\n  - `bafy123`: Non-base32 character\n  Fix: list one CID per line (CIDv0 Qm… or CIDv1 such as bafy…).'
    ])
  })

  it('needs a path or CIDs, and a key unless this is a dry run', () => {
    expect(parse({ 'api-key': 'k', cids: 'bafkqaaa' }).cids).toEqual(['bafkqaaa'])
    expect(parse({ path: 'dist', 'dry-run': 'true' })).toMatchObject({ dryRun: true, apiKey: '' })
    expect(problems({ path: 'dist', 'dry-run': 'false' })).toEqual([
      'Input `api-key` is empty. Pass a Pinarkive API key kept as a repository secret: `api-key: ${{ secrets.PINARKIVE_API_KEY }}`.'
    ])
  })

  it('explains an empty key on a pull request from a fork, and lets a dry run through', () => {
    const fork = (values: Record<string, string>) =>
      parseInputs(name => values[name] ?? '', { ...context, forkPullRequest: true })
    expect(() => fork({ path: 'dist' })).toThrow(
      /^Input `api-key` is empty because this pull request comes from a fork: .*Set `dry-run: true`.*`workflow_run`/
    )
    expect(fork({ path: 'dist', 'dry-run': 'true' }).dryRun).toBe(true)
    expect(fork({ path: 'dist', 'api-key': 'k' }).apiKey).toBe('k')
  })

  it('needs nothing to publish for a cleanup: mode cleanup, or auto on a closed pull request', () => {
    expect(parse({ mode: 'cleanup' }).mode).toBe('cleanup')
    const closed = (values: Record<string, string>) =>
      parseInputs(name => values[name] ?? '', { ...context, closedPullRequest: true })
    expect(closed({}).mode).toBe('auto')
    expect(() => closed({ mode: 'publish' })).toThrow(/^Nothing to publish/)
    expect(() => parse({ mode: 'auto' })).toThrow(/^Nothing to publish/)
  })

  it('names the content by repository and short commit, or the repository alone', () => {
    const name = (ctx: Partial<typeof context>) =>
      parseInputs(n => ({ 'api-key': 'k', path: 'd' })[n] ?? '', { now, ...ctx }).name
    expect(name({ repository: 'octo-org/site', sha: 'abcdef1234567890' })).toBe(
      'octo-org/site@abcdef1'
    )
    expect(name({ repository: 'octo-org/site' })).toBe('octo-org/site')
  })

  it('ends each problem with a full stop after the reason', () => {
    expect(problems({ 'api-key': 'k', path: 'd', timelock: '2020-01-01T00:00:00Z' })).toEqual([
      'Input `timelock` is `2020-01-01T00:00:00Z`: lies in the past (2020-01-01T00:00:00.000Z; now is 2026-11-28T12:00:00.000Z). Pick a later date or a duration such as 30d.'
    ])
    expect(problems({ 'api-key': 'k', path: 'd', 'api-url': 'not a url' })).toEqual([
      'Input `api-url` is `not a url`: is not a URL. Expected something like https://api.pinarkive.com/api/v3.'
    ])
  })

  it('reads durations as seconds, fractions included, or as 45m; zero is no duration', () => {
    const ms = (text: string) =>
      parse({ 'api-key': 'k', path: 'd', 'max-duration': text }).maxDurationMs
    expect([ms('90.5'), ms('1.25'), ms('45m')]).toEqual([90_500, 1250, 2_700_000])
    for (const text of ['0', '0m', '1.', '.5', '-5']) {
      expect(problems({ 'api-key': 'k', path: 'd', 'max-duration': text })).toEqual([
        `Input \`max-duration\` is \`${text}\`: expected seconds or a duration such as 45m or 1h30m.`
      ])
    }
  })

  it('waits five minutes by default, and at most the six hours a job may run', () => {
    const wait = (text: string) =>
      parse({ 'api-key': 'k', path: 'd', 'wait-timeout': text }).waitTimeoutMs
    expect(parse({ 'api-key': 'k', path: 'd' }).waitTimeoutMs).toBe(300_000)
    expect([wait('30m'), wait('6h')]).toEqual([1_800_000, 21_600_000])
    expect(problems({ 'api-key': 'k', path: 'd', 'wait-timeout': '6h1s' })).toEqual([
      'Input `wait-timeout` is `6h1s`: is longer than a job may run (6 h). Use a duration such as 5m or 30m.'
    ])
  })

  it('takes environment names of up to 255 characters without control characters', () => {
    const env = (text: string) =>
      parse({ 'api-key': 'k', path: 'd', environment: text }).environment
    expect(env('x'.repeat(255))).toBe('x'.repeat(255))
    expect(env('pr-7 preview/ü')).toBe('pr-7 preview/ü')
    expect(problems({ 'api-key': 'k', path: 'd', environment: 'x'.repeat(256) })).toEqual([
      `Input \`environment\` is \`${'x'.repeat(80)}\`: expected an environment name such as preview or production, up to 255 characters.`
    ])
    expect(problems({ 'api-key': 'k', path: 'd', environment: 'a\nb' })).toEqual([
      'Input `environment` is `a\\nb`: expected an environment name such as preview or production, up to 255 characters.'
    ])
    expect(problems({ 'api-key': 'k', path: 'd', environment: 'del\u007f' })).toHaveLength(1)
  })

  it('never shows the password of a URL quoted by mistake', () => {
    expect(
      problems({
        'api-key': 'k',
        path: 'd',
        'api-url': "'https://user:secret@api.example'",
        gateway: '"https://user:secret2@gw.example/ipfs/"'
      })
    ).toEqual([
      "Input `api-url` is `'https://***@api.example'`: is not a URL. Expected something like https://api.pinarkive.com/api/v3.",
      'Input `gateway` is `"https://***@gw.example/ipfs/"`: is not an absolute URL. Expected a base such as https://gateway.pinarkive.com/ipfs/ or a template such as https://{cid}.ipfs.dweb.link/.'
    ])
  })

  it('refuses a user name alone in api-url, and schemes other than http and https', () => {
    expect(problems({ 'api-key': 'k', path: 'd', 'api-url': 'https://user@api.example' })).toEqual([
      'Input `api-url` is `https://***@api.example`: must not contain credentials. Pass the key in `api-key`.'
    ])
    expect(problems({ 'api-key': 'k', path: 'd', 'api-url': 'ftp://api.example/v3' })).toEqual([
      'Input `api-url` is `ftp://api.example/v3`: expected an https:// URL such as https://api.pinarkive.com/api/v3.'
    ])
  })
})

describe('getInputs', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
    secrets.clear()
  })

  it('masks the key and the token before anything else, and reads the event', () => {
    const written: string[] = []
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      written.push(String(chunk))
      return true
    })
    try {
      process.env['INPUT_API-KEY'] = 'pk_secret_1'
      process.env['INPUT_GITHUB-TOKEN'] = 'ghs_secret_2'
      process.env.INPUT_PATH = 'dist'
      const inputs = getInputs(
        { GITHUB_REPOSITORY: 'octo-org/site' },
        { sha: 'abcdef1234567890', forkPullRequest: false }
      )
      expect(inputs).toMatchObject({ apiKey: 'pk_secret_1', name: 'octo-org/site@abcdef1' })
      expect(written.join('')).toContain('::add-mask::pk_secret_1')
      expect(written.join('')).toContain('::add-mask::ghs_secret_2')
      expect(secrets.redact('pk_secret_1 ghs_secret_2')).toBe('*** ***')
      delete process.env.INPUT_PATH
      expect(
        getInputs({}, { sha: 'a', forkPullRequest: false, pullRequest: { state: 'closed' } }).mode
      ).toBe('auto')
      expect(() =>
        getInputs({}, { sha: 'a', forkPullRequest: false, pullRequest: { state: 'open' } })
      ).toThrow(/^Nothing to publish/)
    } finally {
      write.mockRestore()
    }
  })
})
