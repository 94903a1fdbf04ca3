import {
  decodeState,
  encodeState,
  ofSite,
  readPayload,
  recordPayload,
  type PreviewState,
  type PublishRecord
} from '../../src/preview/record.js'

import { CID } from 'multiformats/cid'
import { identity } from 'multiformats/hashes/identity'

const V1 = 'bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy'
const V0 = 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'
const record = {
  sha: 'a'.repeat(40),
  at: '2026-11-30T10:00:00.000Z',
  runUrl: 'https://github.com/o/r/actions/runs/1',
  cids: [V1, V0],
  total: 2,
  previewRoot: V1,
  site: 'docs',
  format: 2,
  reused: [V0],
  expiresAt: '2026-12-14T10:00:00.000Z'
}
const state = (history: PublishRecord[]): PreviewState => ({
  pullRequest: 7,
  history,
  olderRoots: [],
  dropped: { publishes: 0, cids: 0 },
  unpinned: []
})

describe('preview records', () => {
  it('round-trips the state through a hidden line that no content can end', () => {
    const line = encodeState(state([record]))
    expect(line).toMatch(/^<!-- pin-action-state:[A-Za-z0-9_-]+-->$/)
    expect(decodeState(`## IPFS preview\n\n\`a --> b\`\n${line}\n`)).toEqual(state([record]))
  })

  it("keeps a preview's link only when the comment may link it", () => {
    const urls = [
      `https://gateway.pinarkive.com/ipfs/${V1}`,
      `http://127.0.0.1:8080/ipfs/${V1}`,
      `http://evil.example/ipfs/${V1}`,
      'javascript:alert(1)',
      `https://gw.example/ipfs/${V1} onmouseover=x`,
      `https://user:pass@gw.example/ipfs/${V1}`,
      `https://gw.example/${'a'.repeat(3000)}`
    ]
    const decoded = decodeState(encodeState(state(urls.map(url => ({ ...record, url })))))
    expect(decoded?.history.map(h => h.url)).toEqual([
      urls[0],
      urls[1],
      ...urls.slice(2).map(() => undefined)
    ])
  })

  it('keeps the newest 20 previews, the roots of older ones, and counts what it drops', () => {
    const roots = Array.from({ length: 90 }, (_, i) =>
      CID.create(1, 0x55, identity.digest(new Uint8Array([i]))).toString()
    )
    const history = roots.map((root, i) => ({
      ...record,
      sha: String(i).padStart(7, '0'),
      cids: [root],
      previewRoot: root,
      total: 3
    }))
    const line = encodeState(state(history))
    const decoded = decodeState(line)
    expect(decoded?.history.map(h => h.sha)).toEqual(history.slice(70).map(h => h.sha))
    // 70 roots left the history; the newest 60 of them are kept, 10 are counted.
    expect(decoded?.olderRoots).toEqual(roots.slice(10, 70))
    expect(decoded?.dropped).toEqual({ publishes: 70, cids: 70 * 2 + 10 })
    // Bounded whatever the number of previews.
    expect(line.length).toBeLessThan(16_000)
  })

  it("reads an earlier version's record as unmarked, with every CID it listed", () => {
    const forge = (value: unknown) =>
      `<!-- pin-action-state:${Buffer.from(JSON.stringify(value)).toString('base64url')}-->`
    const old = { ...record, format: undefined, total: undefined, previewRoot: V1, site: undefined }
    const decoded = decodeState(
      forge({ tool: 'pinarkive/pin-action', pullRequest: 7, history: [old] })
    )
    // The root and the site of an earlier version's record are not read: it carried no marker.
    const unmarked: PublishRecord = { ...record, format: 1, total: 2 }
    delete unmarked.previewRoot
    delete unmarked.site
    expect(decoded?.history).toEqual([unmarked])
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
          { ...record, cids: ['not a cid'], previewRoot: 'bafy<script>' }
        ],
        unpinned: ['../../x', V0]
      })
    )
    expect(hostile?.history).toEqual([{ ...record, cids: [V1], total: 2, runUrl: '' }])
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
    expect(ofSite(payload, 'docs')).toBe(true)
    expect(ofSite(payload, 'app')).toBe(false)
    expect(ofSite({ ...payload, site: undefined }, 'app')).toBe(true)
  })
})
