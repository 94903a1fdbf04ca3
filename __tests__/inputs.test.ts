import { InputError, parseInputs } from '../src/inputs.js'

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

  it('reads reuse (auto by default) and cid-profile auto, naming the choices of a bad value', () => {
    expect(parse({ 'api-key': 'k', path: 'd' })).toMatchObject({
      reuse: 'auto',
      cidProfile: 'unixfs-v1-2025'
    })
    expect(parse({ 'api-key': 'k', path: 'd', reuse: 'off', 'cid-profile': 'auto' })).toMatchObject(
      { reuse: 'off', cidProfile: 'auto' }
    )
    expect(problems({ 'api-key': 'k', path: 'd', reuse: 'never', 'cid-profile': 'v2' })).toEqual([
      'Input `cid-profile` is `v2`: expected one of unixfs-v1-2025, unixfs-v0-2015, auto.',
      'Input `reuse` is `never`: expected one of auto, off.'
    ])
  })

  it('falls back to a generic name outside GitHub', () => {
    expect(parseInputs(n => ({ 'api-key': 'k', path: 'd' })[n] ?? '', { now }).name).toBe(
      'pin-action'
    )
  })
})
