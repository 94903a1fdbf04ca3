/** Success bodies read as hostile input: what is used, what is left out, and what fails. */
import { CID } from 'multiformats/cid'
import { identity } from 'multiformats/hashes/identity'
import { sha256, sha512 } from 'multiformats/hashes/sha2'
import {
  readClusters,
  readDirectory,
  readPinned,
  readUploaded
} from '../../src/pinarkive/answers.js'
import { ProtocolError } from '../../src/transport/errors.js'

const API = 'https://api.pinarkive.com/api/v3'

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
        API,
        () => {}
      )
    ).toEqual([
      { id: 'cl0-global', gateways: [{ base: 'https://gw.example/ipfs/', order: 1 }] },
      { id: 'cl1-eu', gateways: [] }
    ])
    expect(readClusters({ clusters: [] }, API, () => {})).toEqual([])
  })
})

describe('CIDs an upload cannot produce', () => {
  const html = new TextEncoder().encode('<script>alert(document.domain)</script>')
  const identityRaw = CID.createV1(0x55, identity.digest(html)).toString()
  const identityPb = CID.createV1(0x70, identity.digest(html)).toString()
  const libp2pKey = CID.createV1(0x72, sha256.digest(html) as never).toString()
  const dagCbor = CID.createV1(0x71, sha256.digest(html) as never).toString()
  const sha512Raw = CID.createV1(0x55, sha512.digest(html) as never).toString()

  it.each([
    ['an identity raw CID that carries HTML', identityRaw, /identity CID, which holds content/],
    ['an identity dag-pb CID', identityPb, /identity CID/],
    ['a libp2p-key CID', libp2pKey, /codec is 0x72, but an upload gives dag-pb/],
    ['a dag-cbor CID', dagCbor, /codec is 0x71/],
    ['a sha2-512 CID', sha512Raw, /hash is 0x13, but every import profile hashes with sha2-256/]
  ])('refuses %s as the answer to an upload', (_, cid, reason) => {
    const attempt = () => readUploaded({ cid }, 'upload of a.txt', () => {})
    expect(attempt).toThrow(ProtocolError)
    expect(attempt).toThrow(reason)
    expect(attempt).toThrow(/which no upload produces.*It is not used or linked/)
  })

  it('refuses one as a file listed in a directory answer', () => {
    const body = { cid: V1, files: [{ path: 'index.html', cid: identityRaw }] }
    expect(() => readDirectory(body, 'upload of dist/', () => {})).toThrow(
      /\(file "index\.html"\) with the CID .* identity CID/
    )
  })

  it('takes dag-pb and raw sha2-256 CIDs, v0 and v1 alike', () => {
    const raw = CID.createV1(0x55, sha256.digest(html) as never).toString()
    for (const cid of [V1, raw, 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH']) {
      expect(readUploaded({ cid }, 'upload', () => {}).cid).toBe(cid)
    }
  })

  it('a pin may answer the identity or dag-cbor CID it was asked for, in any version or base', () => {
    expect(readPinned({ cid: identityRaw }, identityRaw, () => {}).cid).toBe(identityRaw)
    expect(readPinned({ pinned: true }, dagCbor, () => {}).cid).toBe(dagCbor)
    const v0 = 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH'
    const v1 = CID.parse(v0).toV1().toString()
    expect(readPinned({ cid: v1 }, v0, () => {}).cid).toBe(v1)
  })

  it('a pin answering another CID than it asked for fails', () => {
    expect(() => readPinned({ cid: identityRaw }, V1, () => {})).toThrow(
      /answered the pin of bafy\S+ with another CID, bafk\S+, which is not used or linked/
    )
  })
})

describe('gateways the server names', () => {
  function gateways(url: string, apiUrl = API) {
    const warnings: string[] = []
    const [cluster] = readClusters(
      [{ id: 'cl0-global', gateways: [{ url, order: 0 }] }],
      apiUrl,
      w => warnings.push(w)
    )
    return { used: cluster.gateways.map(g => g.base), warnings }
  }

  it.each([
    ['https://evil.example#@gateway.pinarkive.com/ipfs/', /has a # or an @/],
    ['https://evil.example/ipfs/?x=@gateway.pinarkive.com', /has a # or an @/],
    ['https://gateway.pinarkive.com/ipfs/#', /has a # or an @/],
    ['http://127.0.0.1:5001/api/v0/shutdown?arg=', /points to this machine or a private network/],
    ['https://127.0.0.1/ipfs/', /private network/],
    ['https://[::1]/ipfs/', /private network/],
    ['https://[::ffff:127.0.0.1]/ipfs/', /private network/],
    ['https://2130706433/ipfs/', /private network/],
    ['https://10.1.2.3/ipfs/', /private network/],
    ['https://192.168.0.10/ipfs/', /private network/],
    ['https://169.254.169.254/latest/meta-data/', /private network/],
    ['https://[fd00::1]/ipfs/', /private network/],
    ['https://localhost/ipfs/', /private network/],
    ['https://gw.localhost/ipfs/', /private network/],
    ['https://nas.local/ipfs/', /private network/],
    ['https://intranet/ipfs/', /private network/]
  ])('skips %s with a warning', (url, reason) => {
    const { used, warnings } = gateways(url)
    expect(used).toEqual([])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(reason)
  })

  it('takes public https gateways, subdomain templates included', () => {
    for (const url of ['https://gw.example/ipfs/', 'https://{cid}.ipfs.dweb.link/']) {
      expect(gateways(url)).toEqual({ used: [url], warnings: [] })
    }
  })

  it('takes a loopback gateway on the very host of api-url, as a local Pinarkive lists it', () => {
    const local = 'http://127.0.0.1:41234/ipfs/'
    expect(gateways(local, 'http://127.0.0.1:40000/api/v3').used).toEqual([local])
    expect(gateways(local, 'http://localhost:40000/api/v3').used).toEqual([])
    expect(gateways('http://[::1]:8080/ipfs/', 'http://[::1]:3000/api/v3').used).toEqual([
      'http://[::1]:8080/ipfs/'
    ])
  })
})
