/** Success bodies read as hostile input: what is used, what is left out, and what fails. */
import { readClusters, readUploaded } from '../../src/pinarkive/answers.js'
import { ProtocolError } from '../../src/pinarkive/errors.js'

const V1 = 'bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y'

function read(body: unknown) {
  const warnings: string[] = []
  return { uploaded: readUploaded(body, 'upload of a.txt', w => warnings.push(w)), warnings }
}

describe('readUploaded', () => {
  it('takes an empty field as no field: the older dagCid, no cluster, no expiry, no warning', () => {
    expect(read({ cid: '', dagCid: V1, clusterId: '', expiresAt: '' })).toEqual({
      uploaded: { cid: V1, clusterId: undefined, expiresAt: undefined },
      warnings: []
    })
  })

  it('fails an answer without a CID, quoting what the server sent', () => {
    expect(() => read({ ok: true, id: 7 })).toThrow(
      new ProtocolError(
        'Pinarkive answered the upload of a.txt with success but no CID in the body: "{\\"ok\\":true,\\"id\\":7}"'
      )
    )
    expect(() => read(undefined)).toThrow(
      'Pinarkive answered the upload of a.txt with success but no CID in the body: "undefined"'
    )
    expect(() => read('OK')).toThrow('with success but no CID in the body: "OK"')
  })
})

describe('readClusters', () => {
  it('reads a cluster named by id as well as by clusterId, preferring clusterId', () => {
    const gateways = [{ url: 'https://gw.example/ipfs/', order: 1 }]
    expect(
      readClusters(
        [
          { id: 'cl0-global', gateways },
          { clusterId: 'cl1-eu', id: 'ignored', gateways: 'none' }
        ],
        () => {}
      )
    ).toEqual([
      { id: 'cl0-global', gateways: [{ base: 'https://gw.example/ipfs/', order: 1 }] },
      { id: 'cl1-eu', gateways: [] }
    ])
    expect(readClusters({ clusters: [] }, () => {})).toEqual([])
  })
})
