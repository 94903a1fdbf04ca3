/**
 * What the client tests share: a fake Pinarkive on 127.0.0.1 for the whole file, and clients
 * against it with short backoff, closed after each test so jest exits.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals'
import { PinarkiveClient, type ClientOptions } from '../../src/pinarkive/client.js'
import {
  startFakePinarkive,
  type FakeOptions,
  type FakePinarkive
} from '../../test-support/fake-pinarkive.mjs'

export interface ClientHarness {
  /** The fake server, reset before each test. */
  readonly fake: FakePinarkive
  /** A client against the fake; these options over quick test defaults. */
  client: (options?: Partial<ClientOptions>) => PinarkiveClient
}

/** Registers the hooks; call once at the top of a test file. */
export function clientHarness(
  defaults: Partial<ClientOptions> = {},
  fakeOptions: FakeOptions = {}
): ClientHarness {
  let fake: FakePinarkive | undefined
  const clients: PinarkiveClient[] = []
  beforeAll(async () => {
    fake = await startFakePinarkive(fakeOptions)
  })
  afterAll(() => fake?.close())
  beforeEach(() => fake?.reset())
  afterEach(async () => {
    await Promise.all(clients.splice(0).map(c => c.close()))
  })
  const harness: ClientHarness = {
    get fake() {
      if (!fake) throw new Error('the fake starts in beforeAll')
      return fake
    },
    client(options = {}) {
      const created = new PinarkiveClient({
        apiUrl: harness.fake.url,
        apiKey: harness.fake.apiKey,
        userAgent: 'pin-action-test',
        retries: 2,
        timeoutMs: 5000,
        backoff: { baseDelayMs: 10 },
        ...defaults,
        ...options
      })
      clients.push(created)
      return created
    }
  }
  return harness
}
