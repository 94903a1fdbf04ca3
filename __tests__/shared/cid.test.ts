import { checkCids } from '../../src/shared/cid.js'

describe('checkCids', () => {
  it('accepts CIDv0 and CIDv1 in any multibase, returning canonical strings', () => {
    const result = checkCids([
      'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH',
      'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku',
      'zdj7WWeQ43G6JJvLWQWZpyHuAMq6uYWRjkBXFad11vE2LHhQ7'
    ])
    expect(result.invalid).toEqual([])
    expect(result.valid).toEqual([
      'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH',
      'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku',
      'bafybeiasb5vpmaounyilfuxbd3lryvosl4yefqrfahsb2esg46q6tu6y5q'
    ])
  })

  it('lists each invalid value with a reason', () => {
    const result = checkCids(['hello', 'Qm123', 'bafy!!'])
    expect(result.valid).toEqual([])
    expect(result.invalid.map(i => i.value)).toEqual(['hello', 'Qm123', 'bafy!!'])
    for (const { reason } of result.invalid) expect(reason.length).toBeGreaterThan(0)
  })

  it('refuses an IPNS key, which names a record rather than content', () => {
    const result = checkCids(['k51qzi5uqu5dlvj2baxnqndepeb86cbk3ng7n3i46uzyxzyqj2xjonzllnv0v8'])
    expect(result.invalid).toEqual([
      {
        value: 'k51qzi5uqu5dlvj2baxnqndepeb86cbk3ng7n3i46uzyxzyqj2xjonzllnv0v8',
        reason: 'this is an IPNS name (libp2p-key), not content'
      }
    ])
  })
})
