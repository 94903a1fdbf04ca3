import {
  decodeState,
  encodeState,
  readPayload,
  recordPayload,
  type PreviewState
} from '../../src/preview/record.js'

const V1 = 'bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy'
const V0 = 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'
const record = {
  sha: 'a'.repeat(40),
  at: '2026-11-30T10:00:00.000Z',
  runUrl: 'https://github.com/o/r/actions/runs/1',
  cids: [V1, V0],
  reused: [V0],
  expiresAt: '2026-12-14T10:00:00.000Z'
}

describe('preview records', () => {
  it('round-trips the state through a hidden line that no content can end', () => {
    const state: PreviewState = { pullRequest: 7, history: [record], unpinned: [] }
    const line = encodeState(state)
    expect(line).toMatch(/^<!-- pin-action-state:[A-Za-z0-9_-]+-->$/)
    expect(decodeState(`## IPFS preview\n\n\`a --> b\`\n${line}\n`)).toEqual(state)
  })

  it('keeps only the newest 30 previews', () => {
    const history = Array.from({ length: 40 }, (_, i) => ({
      ...record,
      sha: String(i).padStart(7, '0')
    }))
    const decoded = decodeState(encodeState({ pullRequest: 7, history, unpinned: [] }))
    expect(decoded?.history.map(h => h.sha)).toEqual(history.slice(10).map(h => h.sha))
  })

  it('trusts nothing that does not parse: other tools, bad CIDs, bad numbers', () => {
    const forge = (value: unknown) =>
      `<!-- pin-action-state:${Buffer.from(JSON.stringify(value)).toString('base64url')}-->`
    expect(decodeState('no state here')).toBeUndefined()
    expect(decodeState(forge({ tool: 'other', pullRequest: 7, history: [] }))).toBeUndefined()
    expect(decodeState(forge({ tool: 'pinarkive/pin-action', pullRequest: -1 }))).toBeUndefined()
    const hostile = decodeState(
      forge({
        tool: 'pinarkive/pin-action',
        pullRequest: 7,
        history: [
          { ...record, cids: ["bafy'$(touch PWNED)'", V1], runUrl: 'javascript:alert(1)' },
          { ...record, cids: ['not a cid'] }
        ],
        unpinned: ['../../x', V0]
      })
    )
    expect(hostile?.history).toEqual([{ ...record, cids: [V1], runUrl: '' }])
    expect(hostile?.unpinned).toEqual([V0])
  })

  it('writes and reads a deployment payload, as an object or a JSON string', () => {
    const payload = recordPayload(record, {
      pullRequest: 7,
      cluster: 'cl1-eu',
      profile: 'unixfs-v1-2025'
    })
    expect(payload).toMatchObject({
      tool: 'pinarkive/pin-action',
      pullRequest: 7,
      cluster: 'cl1-eu'
    })
    expect(readPayload(payload)).toEqual({ ...record, pullRequest: 7 })
    expect(readPayload(JSON.stringify(payload))).toEqual({ ...record, pullRequest: 7 })
    expect(readPayload({ ...payload, pullRequest: null })?.pullRequest).toBeUndefined()
    expect(readPayload({ cids: [V1] })).toBeUndefined()
  })
})
