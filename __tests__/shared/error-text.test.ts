import { errorText } from '../../src/shared/error-text.js'

/** What a `catch` receives when `value` is thrown. */
function caught(value: unknown): unknown {
  try {
    throw value
  } catch (error) {
    return error
  }
}

describe('errorText', () => {
  it("gives an Error's message", () => {
    expect(errorText(caught(new TypeError('bad input')))).toBe('bad input')
  })

  it('gives a thrown string as it is, where `(error as Error).message` gave "undefined"', () => {
    const thrown = caught('the disk is full')
    expect((thrown as Error).message).toBeUndefined()
    expect(errorText(thrown)).toBe('the disk is full')
  })

  it("gives a thrown object's message, else its fields, never [object Object]", () => {
    expect(errorText(caught({ message: 'HTTP 500', status: 500 }))).toBe('HTTP 500')
    expect(errorText(caught({ status: 502, reason: 'bad gateway' }))).toBe(
      '{"status":502,"reason":"bad gateway"}'
    )
    expect(errorText(caught(Object.assign(Object.create(null), { code: 'E1' })))).toBe(
      '{"code":"E1"}'
    )
  })

  it("uses an object's own toString, and String() when JSON cannot say it", () => {
    expect(errorText(caught(new URL('https://example.com/a')))).toBe('https://example.com/a')
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(errorText(caught(cyclic))).toBe('[object Object]')
    expect(errorText(caught({ toJSON: () => undefined }))).toBe('[object Object]')
  })

  it('gives other values as text', () => {
    expect(errorText(caught(42))).toBe('42')
    expect(errorText(caught(undefined))).toBe('undefined')
    expect(errorText(caught(null))).toBe('null')
  })
})
