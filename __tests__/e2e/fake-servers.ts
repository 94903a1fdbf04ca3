/**
 * What the end-to-end tests share: the fake Pinarkive and the fake GitHub API on 127.0.0.1 for
 * the whole file, each back to its starting state before every test.
 */
import { afterAll, beforeAll, beforeEach } from '@jest/globals'
import { startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github.mjs'
import {
  startFakePinarkive,
  type FakeOptions,
  type FakePinarkive
} from '../../test-support/fake-pinarkive.mjs'

/**
 * Every way the fake Pinarkive can keep upload records: a cleanup must hold under each, since
 * Pinarkive documents none of them.
 */
export const RECORD_MODELS = ['per-upload', 'per-cid-replace', 'per-cid-merge'] as const

export interface FakeServers {
  readonly pinarkive: FakePinarkive
  readonly github: FakeGitHub
}

/** Registers the hooks; call once at the top of a test file. */
export function fakeServers(options: FakeOptions = {}): FakeServers {
  let pinarkive: FakePinarkive | undefined
  let github: FakeGitHub | undefined
  beforeAll(async () => {
    pinarkive = await startFakePinarkive(options)
    github = await startFakeGitHub()
  })
  afterAll(async () => {
    await pinarkive?.close()
    await github?.close()
  })
  // reset() also puts back the options the server started with.
  beforeEach(() => {
    pinarkive?.reset()
    github?.reset()
  })
  return {
    get pinarkive() {
      if (!pinarkive) throw new Error('the fakes start in beforeAll')
      return pinarkive
    },
    get github() {
      if (!github) throw new Error('the fakes start in beforeAll')
      return github
    }
  }
}
