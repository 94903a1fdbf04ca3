import { readFile } from 'node:fs/promises'
import { USER_AGENT, VERSION } from '../../src/shared/version.js'

describe('version', () => {
  it('matches package.json and is in the User-Agent', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(VERSION).toBe(pkg.version)
    expect(USER_AGENT).toMatch(new RegExp(`^pinarkive-pin-action/${VERSION} `))
  })
})
