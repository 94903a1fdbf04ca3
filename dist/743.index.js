export const id = 743;
export const ids = [743];
export const modules = {

/***/ 5456:
/***/ ((module) => {



// JS treats subjects of bitwise operators as SIGNED 32 bit numbers,
// which means the maximum amount of bits we can store inside each byte
// is 7..
const BITS_PER_BYTE = 7

module.exports = class SparseArray {
  constructor () {
    this._bitArrays = []
    this._data = []
    this._length = 0
    this._changedLength = false
    this._changedData = false
  }

  set (index, value) {
    let pos = this._internalPositionFor(index, false)
    if (value === undefined) {
      // unsetting
      if (pos !== -1) {
        // remove item from bit array and array itself
        this._unsetInternalPos(pos)
        this._unsetBit(index)
        this._changedLength = true
        this._changedData = true
      }
    } else {
      let needsSort = false
      if (pos === -1) {
        pos = this._data.length
        this._setBit(index)
        this._changedData = true
      } else {
        needsSort = true
      }
      this._setInternalPos(pos, index, value, needsSort)
      this._changedLength = true
    }
  }

  unset (index) {
    this.set(index, undefined)
  }

  get (index) {
    this._sortData()
    const pos = this._internalPositionFor(index, true)
    if (pos === -1) {
      return undefined
    }
    return this._data[pos][1]
  }

  push (value) {
    this.set(this.length, value)
    return this.length
  }

  get length () {
    this._sortData()
    if (this._changedLength) {
      const last = this._data[this._data.length - 1]
      this._length = last ? last[0] + 1 : 0
      this._changedLength = false
    }
    return this._length
  }

  forEach (iterator) {
    let i = 0
    while(i < this.length) {
      iterator(this.get(i), i, this)
      i++
    }
  }

  map (iterator) {
    let i = 0
    let mapped = new Array(this.length)
    while(i < this.length) {
      mapped[i] = iterator(this.get(i), i, this)
      i++
    }
    return mapped
  }

  reduce (reducer, initialValue) {
    let i = 0
    let acc = initialValue
    while(i < this.length) {
      const value = this.get(i)
      acc = reducer(acc, value, i)
      i++
    }
    return acc
  }

  find (finder) {
    let i = 0, found, last
    while ((i < this.length) && !found) {
      last = this.get(i)
      found = finder(last)
      i++
    }
    return found ? last : undefined
  }

  _internalPositionFor (index, noCreate) {
    const bytePos = this._bytePosFor(index, noCreate)
    if (bytePos >= this._bitArrays.length) {
      return -1
    }
    const byte = this._bitArrays[bytePos]
    const bitPos = index - bytePos * BITS_PER_BYTE
    const exists = (byte & (1 << bitPos)) > 0
    if (!exists) {
      return -1
    }
    const previousPopCount = this._bitArrays.slice(0, bytePos).reduce(popCountReduce, 0)

    const mask = ~(0xffffffff << (bitPos + 1))
    const bytePopCount = popCount(byte & mask)
    const arrayPos = previousPopCount + bytePopCount - 1
    return arrayPos
  }

  _bytePosFor (index, noCreate) {
    const bytePos = Math.floor(index / BITS_PER_BYTE)
    const targetLength = bytePos + 1
    while (!noCreate && this._bitArrays.length < targetLength) {
      this._bitArrays.push(0)
    }
    return bytePos
  }

  _setBit (index) {
    const bytePos = this._bytePosFor(index, false)
    this._bitArrays[bytePos] |= (1 << (index - (bytePos * BITS_PER_BYTE)))
  }

  _unsetBit(index) {
    const bytePos = this._bytePosFor(index, false)
    this._bitArrays[bytePos] &= ~(1 << (index - (bytePos * BITS_PER_BYTE)))
  }

  _setInternalPos(pos, index, value, needsSort) {
    const data =this._data
    const elem = [index, value]
    if (needsSort) {
      this._sortData()
      data[pos] = elem
    } else {
      // new element. just shove it into the array
      // but be nice about where we shove it
      // in order to make sorting it later easier
      if (data.length) {
        if (data[data.length - 1][0] >= index) {
          data.push(elem)
        } else if (data[0][0] <= index) {
          data.unshift(elem)
        } else {
          const randomIndex = Math.round(data.length / 2)
          this._data = data.slice(0, randomIndex).concat(elem).concat(data.slice(randomIndex))
        }
      } else {
        this._data.push(elem)
      }
      this._changedData = true
      this._changedLength = true
    }
  }

  _unsetInternalPos (pos) {
    this._data.splice(pos, 1)
  }

  _sortData () {
    if (this._changedData) {
      this._data.sort(sortInternal)
    }

    this._changedData = false
  }

  bitField () {
    const bytes = []
    let pendingBitsForResultingByte = 8
    let pendingBitsForNewByte = 0
    let resultingByte = 0
    let newByte
    const pending = this._bitArrays.slice()
    while (pending.length || pendingBitsForNewByte) {
      if (pendingBitsForNewByte === 0) {
        newByte = pending.shift()
        pendingBitsForNewByte = 7
      }

      const usingBits = Math.min(pendingBitsForNewByte, pendingBitsForResultingByte)
      const mask = ~(0b11111111 << usingBits)
      const masked = newByte & mask
      resultingByte |= masked << (8 - pendingBitsForResultingByte)
      newByte = newByte >>> usingBits
      pendingBitsForNewByte -= usingBits
      pendingBitsForResultingByte -= usingBits

      if (!pendingBitsForResultingByte || (!pendingBitsForNewByte && !pending.length)) {
        bytes.push(resultingByte)
        resultingByte = 0
        pendingBitsForResultingByte = 8
      }
    }

    // remove trailing zeroes
    for(var i = bytes.length - 1; i > 0; i--) {
      const value = bytes[i]
      if (value === 0) {
        bytes.pop()
      } else {
        break
      }
    }

    return bytes
  }

  compactArray () {
    this._sortData()
    return this._data.map(valueOnly)
  }
}

function popCountReduce (count, byte) {
  return count + popCount(byte)
}

function popCount(_v) {
  let v = _v
  v = v - ((v >> 1) & 0x55555555)                    // reuse input as temporary
  v = (v & 0x33333333) + ((v >> 2) & 0x33333333)     // temp
  return ((v + (v >> 4) & 0xF0F0F0F) * 0x1010101) >> 24
}

function sortInternal (a, b) {
  return a[0] - b[0]
}

function valueOnly (elem) {
  return elem[1]
}

/***/ }),

/***/ 6047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  code: () => (/* binding */ code),
  createLink: () => (/* reexport */ createLink),
  createNode: () => (/* reexport */ createNode),
  decode: () => (/* binding */ decode),
  encode: () => (/* binding */ encode),
  name: () => (/* binding */ src_name),
  prepare: () => (/* reexport */ prepare),
  validate: () => (/* reexport */ validate)
});

// EXTERNAL MODULE: ./node_modules/multiformats/dist/src/cid.js
var src_cid = __webpack_require__(3656);
;// CONCATENATED MODULE: ./node_modules/@ipld/dag-pb/src/pb-decode.js
const textDecoder = new TextDecoder()

/**
 * @typedef {import('./interface.js').RawPBLink} RawPBLink
 */

/**
 * @typedef {import('./interface.js').RawPBNode} RawPBNode
 */

/**
 * @param {Uint8Array} bytes
 * @param {number} offset
 * @returns {[number, number]}
 */
function decodeVarint (bytes, offset) {
  let v = 0

  for (let shift = 0; ; shift += 7) {
    /* c8 ignore next 3 */
    if (shift >= 64) {
      throw new Error('protobuf: varint overflow')
    }
    /* c8 ignore next 3 */
    if (offset >= bytes.length) {
      throw new Error('protobuf: unexpected end of data')
    }

    const b = bytes[offset++]
    v += shift < 28 ? (b & 0x7f) << shift : (b & 0x7f) * (2 ** shift)
    if (b < 0x80) {
      break
    }
  }
  return [v, offset]
}

/**
 * @param {Uint8Array} bytes
 * @param {number} offset
 * @returns {[Uint8Array, number]}
 */
function decodeBytes (bytes, offset) {
  let byteLen
  ;[byteLen, offset] = decodeVarint(bytes, offset)
  const postOffset = offset + byteLen

  /* c8 ignore next 3 */
  if (byteLen < 0 || postOffset < 0) {
    throw new Error('protobuf: invalid length')
  }
  /* c8 ignore next 3 */
  if (postOffset > bytes.length) {
    throw new Error('protobuf: unexpected end of data')
  }

  return [bytes.subarray(offset, postOffset), postOffset]
}

/**
 * @param {Uint8Array} bytes
 * @param {number} index
 * @returns {[number, number, number]}
 */
function decodeKey (bytes, index) {
  let wire
  ;[wire, index] = decodeVarint(bytes, index)
  // [wireType, fieldNum, newIndex]
  return [wire & 0x7, wire >> 3, index]
}

/**
 * @param {Uint8Array} bytes
 * @returns {RawPBLink}
 */
function decodeLink (bytes) {
  /** @type {RawPBLink} */
  const link = {}
  const l = bytes.length
  let index = 0

  while (index < l) {
    let wireType, fieldNum
    ;[wireType, fieldNum, index] = decodeKey(bytes, index)

    if (fieldNum === 1) {
      if (link.Hash) {
        throw new Error('protobuf: (PBLink) duplicate Hash section')
      }
      if (wireType !== 2) {
        throw new Error(`protobuf: (PBLink) wrong wireType (${wireType}) for Hash`)
      }
      if (link.Name !== undefined) {
        throw new Error('protobuf: (PBLink) invalid order, found Name before Hash')
      }
      if (link.Tsize !== undefined) {
        throw new Error('protobuf: (PBLink) invalid order, found Tsize before Hash')
      }

      [link.Hash, index] = decodeBytes(bytes, index)
    } else if (fieldNum === 2) {
      if (link.Name !== undefined) {
        throw new Error('protobuf: (PBLink) duplicate Name section')
      }
      if (wireType !== 2) {
        throw new Error(`protobuf: (PBLink) wrong wireType (${wireType}) for Name`)
      }
      if (link.Tsize !== undefined) {
        throw new Error('protobuf: (PBLink) invalid order, found Tsize before Name')
      }

      let byts
      ;[byts, index] = decodeBytes(bytes, index)
      link.Name = textDecoder.decode(byts)
    } else if (fieldNum === 3) {
      if (link.Tsize !== undefined) {
        throw new Error('protobuf: (PBLink) duplicate Tsize section')
      }
      if (wireType !== 0) {
        throw new Error(`protobuf: (PBLink) wrong wireType (${wireType}) for Tsize`)
      }

      [link.Tsize, index] = decodeVarint(bytes, index)
    } else {
      throw new Error(`protobuf: (PBLink) invalid fieldNumber, expected 1, 2 or 3, got ${fieldNum}`)
    }
  }

  /* c8 ignore next 3 */
  if (index > l) {
    throw new Error('protobuf: (PBLink) unexpected end of data')
  }

  return link
}

/**
 * @param {Uint8Array} bytes
 * @returns {RawPBNode}
 */
function decodeNode (bytes) {
  const l = bytes.length
  let index = 0
  /** @type {RawPBLink[]|void} */
  let links = undefined // eslint-disable-line no-undef-init
  let linksBeforeData = false
  /** @type {Uint8Array|void} */
  let data = undefined // eslint-disable-line no-undef-init

  while (index < l) {
    let wireType, fieldNum
    ;[wireType, fieldNum, index] = decodeKey(bytes, index)

    if (wireType !== 2) {
      throw new Error(`protobuf: (PBNode) invalid wireType, expected 2, got ${wireType}`)
    }

    if (fieldNum === 1) {
      if (data) {
        throw new Error('protobuf: (PBNode) duplicate Data section')
      }

      [data, index] = decodeBytes(bytes, index)
      if (links) {
        linksBeforeData = true
      }
    } else if (fieldNum === 2) {
      if (linksBeforeData) { // interleaved Links/Data/Links
        throw new Error('protobuf: (PBNode) duplicate Links section')
      } else if (!links) {
        links = []
      }
      let byts
      ;[byts, index] = decodeBytes(bytes, index)
      links.push(decodeLink(byts))
    } else {
      throw new Error(`protobuf: (PBNode) invalid fieldNumber, expected 1 or 2, got ${fieldNum}`)
    }
  }

  /* c8 ignore next 3 */
  if (index > l) {
    throw new Error('protobuf: (PBNode) unexpected end of data')
  }

  /** @type {RawPBNode} */
  const node = {}
  if (data) {
    node.Data = data
  }
  node.Links = links || []
  return node
}

;// CONCATENATED MODULE: ./node_modules/@ipld/dag-pb/src/pb-encode.js
const textEncoder = new TextEncoder()
const maxInt32 = 2 ** 32
const maxUInt32 = 2 ** 31

/**
 * @typedef {import('./interface.js').RawPBLink} RawPBLink
 */

/**
 * @typedef {import('./interface.js').RawPBNode} RawPBNode
 */

/**
 * @typedef {import('./interface.js').EncodeOptions} EncodeOptions
 */

// the encoders work backward from the end of the bytes array

/**
 * encodeLink() is passed a slice of the parent byte array that ends where this
 * link needs to end, so it packs to the right-most part of the passed `bytes`
 *
 * @param {RawPBLink} link
 * @param {Uint8Array} bytes
 * @returns {number}
 */
function encodeLink (link, bytes) {
  let i = bytes.length

  if (typeof link.Tsize === 'number') {
    if (link.Tsize < 0) {
      throw new Error('Tsize cannot be negative')
    }
    if (!Number.isSafeInteger(link.Tsize)) {
      throw new Error('Tsize too large for encoding')
    }
    i = encodeVarint(bytes, i, link.Tsize) - 1
    bytes[i] = 0x18
  }

  if (typeof link.Name === 'string') {
    const nameBytes = textEncoder.encode(link.Name)
    i -= nameBytes.length
    bytes.set(nameBytes, i)
    i = encodeVarint(bytes, i, nameBytes.length) - 1
    bytes[i] = 0x12
  }

  if (link.Hash) {
    i -= link.Hash.length
    bytes.set(link.Hash, i)
    i = encodeVarint(bytes, i, link.Hash.length) - 1
    bytes[i] = 0xa
  }

  return bytes.length - i
}

/**
 * @param {number} i
 * @param {RawPBNode} node
 * @param {Uint8Array} bytes
 * @returns number
 */
function encodeData (i, node, bytes) {
  i -= node.Data.length
  bytes.set(node.Data, i)
  i = encodeVarint(bytes, i, node.Data.length) - 1
  bytes[i] = 0xa

  return i
}

/**
 * Encodes a PBNode into a new byte array of precisely the correct size
 *
 * @param {RawPBNode} node
 * @param {EncodeOptions} [options]
 * @returns {Uint8Array}
 */
function encodeNode (node, options) {
  const size = sizeNode(node)
  const bytes = new Uint8Array(size)
  let i = size
  const fieldOrder = options?.fieldOrder === 'data-first' ? options.fieldOrder : 'links-first'

  if (node.Data && fieldOrder === 'links-first') {
    i = encodeData(i, node, bytes)
  }

  if (node.Links) {
    for (let index = node.Links.length - 1; index >= 0; index--) {
      const size = encodeLink(node.Links[index], bytes.subarray(0, i))
      i -= size
      i = encodeVarint(bytes, i, size) - 1
      bytes[i] = 0x12
    }
  }

  if (node.Data && fieldOrder === 'data-first') {
    i = encodeData(i, node, bytes)
  }

  return bytes
}

/**
 * work out exactly how many bytes this link takes up
 *
 * @param {RawPBLink} link
 * @returns
 */
function sizeLink (link) {
  let n = 0

  if (link.Hash) {
    const l = link.Hash.length
    n += 1 + l + sov(l)
  }

  if (typeof link.Name === 'string') {
    const l = textEncoder.encode(link.Name).length
    n += 1 + l + sov(l)
  }

  if (typeof link.Tsize === 'number') {
    n += 1 + sov(link.Tsize)
  }

  return n
}

/**
 * Work out exactly how many bytes this node takes up
 *
 * @param {RawPBNode} node
 * @returns {number}
 */
function sizeNode (node) {
  let n = 0

  if (node.Data) {
    const l = node.Data.length
    n += 1 + l + sov(l)
  }

  if (node.Links) {
    for (const link of node.Links) {
      const l = sizeLink(link)
      n += 1 + l + sov(l)
    }
  }

  return n
}

/**
 * @param {Uint8Array} bytes
 * @param {number} offset
 * @param {number} v
 * @returns {number}
 */
function encodeVarint (bytes, offset, v) {
  offset -= sov(v)
  const base = offset

  while (v >= maxUInt32) {
    bytes[offset++] = (v & 0x7f) | 0x80
    v /= 128
  }

  while (v >= 128) {
    bytes[offset++] = (v & 0x7f) | 0x80
    v >>>= 7
  }

  bytes[offset] = v

  return base
}

/**
 * size of varint
 *
 * @param {number} x
 * @returns {number}
 */
function sov (x) {
  if (x % 2 === 0) {
    x++
  }
  return Math.floor((len64(x) + 6) / 7)
}

/**
 * golang math/bits, how many bits does it take to represent this integer?
 *
 * @param {number} x
 * @returns {number}
 */
function len64 (x) {
  let n = 0
  if (x >= maxInt32) {
    x = Math.floor(x / maxInt32)
    n = 32
  }
  if (x >= (1 << 16)) {
    x >>>= 16
    n += 16
  }
  if (x >= (1 << 8)) {
    x >>>= 8
    n += 8
  }
  return n + len8tab[x]
}

// golang math/bits
const len8tab = [
  0, 1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4,
  5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
  6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
  6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
  7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
  7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
  7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
  7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
  8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
  8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
  8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
  8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
  8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
  8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
  8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
  8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8
]

;// CONCATENATED MODULE: ./node_modules/@ipld/dag-pb/src/util.js


/* eslint-disable complexity, no-nested-ternary */

/**
 * @typedef {import('./interface.js').PBLink} PBLink
 * @typedef {import('./interface.js').PBNode} PBNode
 */

/**
 * @template T
 * @typedef {import('multiformats/codecs/interface').ByteView<T>} ByteView
 */

/**
 * @template T
 * @typedef {import('multiformats/codecs/interface').ArrayBufferView<T>} ArrayBufferView
 */

const pbNodeProperties = ['Data', 'Links']
const pbLinkProperties = ['Hash', 'Name', 'Tsize']

const util_textEncoder = new TextEncoder()

/**
 * @param {PBLink} a
 * @param {PBLink} b
 * @returns {number}
 */
function linkComparator (a, b) {
  if (a === b) {
    return 0
  }

  const abuf = a.Name ? util_textEncoder.encode(a.Name) : []
  const bbuf = b.Name ? util_textEncoder.encode(b.Name) : []

  let x = abuf.length
  let y = bbuf.length

  for (let i = 0, len = Math.min(x, y); i < len; ++i) {
    if (abuf[i] !== bbuf[i]) {
      x = abuf[i]
      y = bbuf[i]
      break
    }
  }

  return x < y ? -1 : y < x ? 1 : 0
}

/**
 * @param {any} node
 * @param {string[]} properties
 * @returns {boolean}
 */
function hasOnlyProperties (node, properties) {
  return !Object.keys(node).some((p) => !properties.includes(p))
}

/**
 * Converts a CID, or a PBLink-like object to a PBLink
 *
 * @param {any} link
 * @returns {PBLink}
 */
function asLink (link) {
  if (typeof link.asCID === 'object') {
    const Hash = src_cid/* CID */.TO.asCID(link)
    if (!Hash) {
      throw new TypeError('Invalid DAG-PB form')
    }
    return { Hash }
  }

  if (typeof link !== 'object' || Array.isArray(link)) {
    throw new TypeError('Invalid DAG-PB form')
  }

  const pbl = {}

  if (link.Hash) {
    let cid = src_cid/* CID */.TO.asCID(link.Hash)
    try {
      if (!cid) {
        if (typeof link.Hash === 'string') {
          cid = src_cid/* CID */.TO.parse(link.Hash)
        } else if (link.Hash instanceof Uint8Array) {
          cid = src_cid/* CID */.TO.decode(link.Hash)
        }
      }
    } catch (/** @type {any} */ e) {
      throw new TypeError(`Invalid DAG-PB form: ${e.message}`)
    }

    if (cid) {
      pbl.Hash = cid
    }
  }

  if (!pbl.Hash) {
    throw new TypeError('Invalid DAG-PB form')
  }

  if (typeof link.Name === 'string') {
    pbl.Name = link.Name
  }

  if (typeof link.Tsize === 'number') {
    pbl.Tsize = link.Tsize
  }

  return pbl
}

/**
 * @param {any} node
 * @returns {PBNode}
 */
function prepare (node) {
  if (node instanceof Uint8Array || typeof node === 'string') {
    node = { Data: node }
  }

  if (typeof node !== 'object' || Array.isArray(node)) {
    throw new TypeError('Invalid DAG-PB form')
  }

  /** @type {PBNode} */
  const pbn = {}

  if (node.Data !== undefined) {
    if (typeof node.Data === 'string') {
      pbn.Data = util_textEncoder.encode(node.Data)
    } else if (node.Data instanceof Uint8Array) {
      pbn.Data = node.Data
    } else {
      throw new TypeError('Invalid DAG-PB form')
    }
  }

  if (node.Links !== undefined) {
    if (Array.isArray(node.Links)) {
      pbn.Links = node.Links.map(asLink)
      pbn.Links.sort(linkComparator)
    } else {
      throw new TypeError('Invalid DAG-PB form')
    }
  } else {
    pbn.Links = []
  }

  return pbn
}

/**
 * @param {PBNode} node
 */
function validate (node) {
  /*
  type PBLink struct {
    Hash optional Link
    Name optional String
    Tsize optional Int
  }

  type PBNode struct {
    Links [PBLink]
    Data optional Bytes
  }
  */
  // @ts-ignore private property for TS
  if (!node || typeof node !== 'object' || Array.isArray(node) || node instanceof Uint8Array || (node['/'] && node['/'] === node.bytes)) {
    throw new TypeError('Invalid DAG-PB form')
  }

  if (!hasOnlyProperties(node, pbNodeProperties)) {
    throw new TypeError('Invalid DAG-PB form (extraneous properties)')
  }

  if (node.Data !== undefined && !(node.Data instanceof Uint8Array)) {
    throw new TypeError('Invalid DAG-PB form (Data must be bytes)')
  }

  if (!Array.isArray(node.Links)) {
    throw new TypeError('Invalid DAG-PB form (Links must be a list)')
  }

  for (let i = 0; i < node.Links.length; i++) {
    const link = node.Links[i]
    // @ts-ignore private property for TS
    if (!link || typeof link !== 'object' || Array.isArray(link) || link instanceof Uint8Array || (link['/'] && link['/'] === link.bytes)) {
      throw new TypeError('Invalid DAG-PB form (bad link)')
    }

    if (!hasOnlyProperties(link, pbLinkProperties)) {
      throw new TypeError('Invalid DAG-PB form (extraneous properties on link)')
    }

    if (link.Hash === undefined) {
      throw new TypeError('Invalid DAG-PB form (link must have a Hash)')
    }

    // @ts-ignore private property for TS
    if (link.Hash == null || !link.Hash['/'] || link.Hash['/'] !== link.Hash.bytes) {
      throw new TypeError('Invalid DAG-PB form (link Hash must be a CID)')
    }

    if (link.Name !== undefined && typeof link.Name !== 'string') {
      throw new TypeError('Invalid DAG-PB form (link Name must be a string)')
    }

    if (link.Tsize !== undefined) {
      if (typeof link.Tsize !== 'number' || link.Tsize % 1 !== 0) {
        throw new TypeError('Invalid DAG-PB form (link Tsize must be an integer)')
      }
      if (link.Tsize < 0) {
        throw new TypeError('Invalid DAG-PB form (link Tsize cannot be negative)')
      }
    }

    if (i > 0 && linkComparator(link, node.Links[i - 1]) === -1) {
      throw new TypeError('Invalid DAG-PB form (links must be sorted by Name bytes)')
    }
  }
}

/**
 * @param {Uint8Array} data
 * @param {PBLink[]} [links]
 * @returns {PBNode}
 */
function createNode (data, links = []) {
  return prepare({ Data: data, Links: links })
}

/**
 * @param {string} name
 * @param {number} size
 * @param {CID} cid
 * @returns {PBLink}
 */
function createLink (name, size, cid) {
  return asLink({ Hash: cid, Name: name, Tsize: size })
}

/**
 * @template T
 * @param {ByteView<T> | ArrayBufferView<T>} buf
 * @returns {ByteView<T>}
 */
function toByteView (buf) {
  if (buf instanceof ArrayBuffer) {
    return new Uint8Array(buf, 0, buf.byteLength)
  }

  return buf
}

;// CONCATENATED MODULE: ./node_modules/@ipld/dag-pb/src/index.js





/**
 * @template T
 * @typedef {import('multiformats/codecs/interface').ByteView<T>} ByteView
 */

/**
 * @template T
 * @typedef {import('multiformats/codecs/interface').ArrayBufferView<T>} ArrayBufferView
 */

/**
 * @typedef {import('./interface.js').PBLink} PBLink
 * @typedef {import('./interface.js').PBNode} PBNode
 * @typedef {import('./interface.js').FieldOrder} FieldOrder
 * @typedef {import('./interface.js').EncodeOptions} EncodeOptions
 */

const src_name = 'dag-pb'
const code = 0x70

/**
 * @param {PBNode} node
 * @param {EncodeOptions} [options]
 * @returns {ByteView<PBNode>}
 */
function encode (node, options) {
  validate(node)

  const pbn = {}
  if (node.Links) {
    pbn.Links = node.Links.map((l) => {
      const link = {}
      if (l.Hash) {
        link.Hash = l.Hash.bytes // cid -> bytes
      }
      if (l.Name !== undefined) {
        link.Name = l.Name
      }
      if (l.Tsize !== undefined) {
        link.Tsize = l.Tsize
      }
      return link
    })
  }
  if (node.Data) {
    pbn.Data = node.Data
  }

  return encodeNode(pbn, options)
}

/**
 * @param {ByteView<PBNode> | ArrayBufferView<PBNode>} bytes
 * @returns {PBNode}
 */
function decode (bytes) {
  const buf = toByteView(bytes)
  const pbn = decodeNode(buf)

  const node = {}

  if (pbn.Data) {
    node.Data = pbn.Data
  }

  if (pbn.Links) {
    node.Links = pbn.Links.map((l) => {
      const link = {}
      try {
        link.Hash = src_cid/* CID */.TO.decode(l.Hash)
      } catch {
        // ignore parse fail
      }
      if (!link.Hash) {
        throw new Error('Invalid Hash field found in link, expected CID')
      }
      if (l.Name !== undefined) {
        link.Name = l.Name
      }
      if (l.Tsize !== undefined) {
        link.Tsize = l.Tsize
      }
      return link
    })
  }

  return node
}




/***/ }),

/***/ 743:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tk: () => (/* binding */ importer)
});

// UNUSED EXPORTS: InvalidAvgChunkSizeError, InvalidChunkSizeError, InvalidContentError, InvalidMinChunkSizeError, InvalidParametersError, InvalidShardingStrategyError, importByteStream, importBytes, importDirectory, importFile

// EXTERNAL MODULE: ./node_modules/it-batch/dist/src/index.js
var src = __webpack_require__(7217);
;// CONCATENATED MODULE: ./node_modules/it-parallel-batch/dist/src/index.js
/**
 * @packageDocumentation
 *
 * Takes an async iterator that emits promise-returning functions, invokes them in parallel and emits the results in the same order as the input.
 *
 * The final batch may be smaller than the batch size.
 *
 * @example
 *
 * ```javascript
 * import parallelBatch from 'it-parallel-batch'
 * import all from 'it-all'
 * import delay from 'delay'
 *
 * // This can also be an iterator, async iterator, generator, etc
 * const input = [
 *   async () => {
 *     await delay(500)
 *
 *     return 1
 *   },
 *   async () => {
 *     await delay(200)
 *
 *     return 2
 *   },
 *   async () => {
 *     await delay(100)
 *
 *     return 3
 *   }
 * ]
 *
 * const batchSize = 2
 *
 * const result = await all(parallelBatch(input, batchSize))
 *
 * console.info(result) // [1, 2, 3]
 * ```
 */

/**
 * Takes an (async) iterator that emits promise-returning functions,
 * invokes them in parallel and emits the results as they become available but
 * in the same order as the input
 */
async function* parallelBatch(source, size = 1) {
    for await (const tasks of (0,src/* default */.A)(source, size)) {
        const things = tasks.map(async (p) => {
            return p().then(value => ({ ok: true, value }), err => ({ ok: false, err }));
        });
        for (let i = 0; i < things.length; i++) {
            const result = await things[i];
            if (result.ok) {
                yield result.value;
            }
            else {
                throw result.err;
            }
        }
    }
}
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./node_modules/uint8arrays/dist/src/alloc.node.js
var alloc_node = __webpack_require__(1456);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./node_modules/uint8arrays/dist/src/util/as-uint8array.node.js
var as_uint8array_node = __webpack_require__(1724);
;// CONCATENATED MODULE: ./node_modules/uint8arrays/dist/src/concat.node.js


/**
 * Returns a new Uint8Array created by concatenating the passed Uint8Arrays
 */
function concat(arrays, length) {
    return (0,as_uint8array_node/* asUint8Array */.o)(external_node_buffer_.Buffer.concat(arrays, length));
}
//# sourceMappingURL=concat.node.js.map
;// CONCATENATED MODULE: ./node_modules/uint8arrays/dist/src/equals.js
/**
 * Returns true if the two passed Uint8Arrays have the same content
 */
function equals(a, b) {
    if (a === b) {
        return true;
    }
    if (a.byteLength !== b.byteLength) {
        return false;
    }
    for (let i = 0; i < a.byteLength; i++) {
        if (a[i] !== b[i]) {
            return false;
        }
    }
    return true;
}
//# sourceMappingURL=equals.js.map
;// CONCATENATED MODULE: ./node_modules/uint8arraylist/dist/src/index.js
/**
 * @packageDocumentation
 *
 * A class that lets you do operations over a list of Uint8Arrays without
 * copying them.
 *
 * ```js
 * import { Uint8ArrayList } from 'uint8arraylist'
 *
 * const list = new Uint8ArrayList()
 * list.append(Uint8Array.from([0, 1, 2]))
 * list.append(Uint8Array.from([3, 4, 5]))
 *
 * list.subarray()
 * // -> Uint8Array([0, 1, 2, 3, 4, 5])
 *
 * list.consume(3)
 * list.subarray()
 * // -> Uint8Array([3, 4, 5])
 *
 * // you can also iterate over the list
 * for (const buf of list) {
 *   // ..do something with `buf`
 * }
 *
 * list.subarray(0, 1)
 * // -> Uint8Array([0])
 * ```
 *
 * ## Converting Uint8ArrayLists to Uint8Arrays
 *
 * There are two ways to turn a `Uint8ArrayList` into a `Uint8Array` - `.slice` and `.subarray` and one way to turn a `Uint8ArrayList` into a `Uint8ArrayList` with different contents - `.sublist`.
 *
 * ### slice
 *
 * Slice follows the same semantics as [Uint8Array.slice](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/TypedArray/slice) in that it creates a new `Uint8Array` and copies bytes into it using an optional offset & length.
 *
 * ```js
 * const list = new Uint8ArrayList()
 * list.append(Uint8Array.from([0, 1, 2]))
 * list.append(Uint8Array.from([3, 4, 5]))
 *
 * list.slice(0, 1)
 * // -> Uint8Array([0])
 * ```
 *
 * ### subarray
 *
 * Subarray attempts to follow the same semantics as [Uint8Array.subarray](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/TypedArray/subarray) with one important different - this is a no-copy operation, unless the requested bytes span two internal buffers in which case it is a copy operation.
 *
 * ```js
 * const list = new Uint8ArrayList()
 * list.append(Uint8Array.from([0, 1, 2]))
 * list.append(Uint8Array.from([3, 4, 5]))
 *
 * list.subarray(0, 1)
 * // -> Uint8Array([0]) - no-copy
 *
 * list.subarray(2, 5)
 * // -> Uint8Array([2, 3, 4]) - copy
 * ```
 *
 * ### sublist
 *
 * Sublist creates and returns a new `Uint8ArrayList` that shares the underlying buffers with the original so is always a no-copy operation.
 *
 * ```js
 * const list = new Uint8ArrayList()
 * list.append(Uint8Array.from([0, 1, 2]))
 * list.append(Uint8Array.from([3, 4, 5]))
 *
 * list.sublist(0, 1)
 * // -> Uint8ArrayList([0]) - no-copy
 *
 * list.sublist(2, 5)
 * // -> Uint8ArrayList([2], [3, 4]) - no-copy
 * ```
 *
 * ## Inspiration
 *
 * Borrows liberally from [bl](https://www.npmjs.com/package/bl) but only uses native JS types.
 */



const symbol = Symbol.for('@achingbrain/uint8arraylist');
function findBufAndOffset(bufs, index) {
    if (index == null || index < 0) {
        throw new RangeError('index is out of bounds');
    }
    let offset = 0;
    for (const buf of bufs) {
        const bufEnd = offset + buf.byteLength;
        if (index < bufEnd) {
            return {
                buf,
                index: index - offset
            };
        }
        offset = bufEnd;
    }
    throw new RangeError('index is out of bounds');
}
/**
 * Check if object is a CID instance
 *
 * @example
 *
 * ```js
 * import { isUint8ArrayList, Uint8ArrayList } from 'uint8arraylist'
 *
 * isUint8ArrayList(true) // false
 * isUint8ArrayList([]) // false
 * isUint8ArrayList(new Uint8ArrayList()) // true
 * ```
 */
function isUint8ArrayList(value) {
    return Boolean(value?.[symbol]);
}
class Uint8ArrayList {
    bufs;
    length;
    [symbol] = true;
    constructor(...data) {
        this.bufs = [];
        this.length = 0;
        if (data.length > 0) {
            this.appendAll(data);
        }
    }
    *[Symbol.iterator]() {
        yield* this.bufs;
    }
    get byteLength() {
        return this.length;
    }
    /**
     * Add one or more `bufs` to the end of this Uint8ArrayList
     */
    append(...bufs) {
        this.appendAll(bufs);
    }
    /**
     * Add all `bufs` to the end of this Uint8ArrayList
     */
    appendAll(bufs) {
        let length = 0;
        for (const buf of bufs) {
            if (buf instanceof Uint8Array) {
                length += buf.byteLength;
                this.bufs.push(buf);
            }
            else if (isUint8ArrayList(buf)) {
                length += buf.byteLength;
                for (const chunk of buf.bufs) {
                    this.bufs.push(chunk);
                }
            }
            else {
                throw new Error('Could not append value, must be an Uint8Array or a Uint8ArrayList');
            }
        }
        this.length += length;
    }
    /**
     * Add one or more `bufs` to the start of this Uint8ArrayList
     */
    prepend(...bufs) {
        this.prependAll(bufs);
    }
    /**
     * Add all `bufs` to the start of this Uint8ArrayList
     */
    prependAll(bufs) {
        let length = 0;
        for (const buf of bufs.reverse()) {
            if (buf instanceof Uint8Array) {
                length += buf.byteLength;
                this.bufs.unshift(buf);
            }
            else if (isUint8ArrayList(buf)) {
                length += buf.byteLength;
                this.bufs.unshift(...buf.bufs);
            }
            else {
                throw new Error('Could not prepend value, must be an Uint8Array or a Uint8ArrayList');
            }
        }
        this.length += length;
    }
    /**
     * Read the value at `index`
     */
    get(index) {
        const res = findBufAndOffset(this.bufs, index);
        return res.buf[res.index];
    }
    /**
     * Set the value at `index` to `value`
     */
    set(index, value) {
        const res = findBufAndOffset(this.bufs, index);
        res.buf[res.index] = value;
    }
    /**
     * Copy bytes from `buf` to the index specified by `offset`
     */
    write(buf, offset = 0) {
        if (buf instanceof Uint8Array) {
            for (let i = 0; i < buf.length; i++) {
                this.set(offset + i, buf[i]);
            }
        }
        else if (isUint8ArrayList(buf)) {
            for (let i = 0; i < buf.length; i++) {
                this.set(offset + i, buf.get(i));
            }
        }
        else {
            throw new Error('Could not write value, must be an Uint8Array or a Uint8ArrayList');
        }
    }
    /**
     * Remove bytes from the front of the pool
     */
    consume(bytes) {
        // first, normalize the argument, in accordance with how Buffer does it
        bytes = Math.trunc(bytes);
        // do nothing if not a positive number
        if (Number.isNaN(bytes) || bytes <= 0) {
            return;
        }
        // if consuming all bytes, skip iterating
        if (bytes === this.byteLength) {
            this.bufs = [];
            this.length = 0;
            return;
        }
        while (this.bufs.length > 0) {
            if (bytes >= this.bufs[0].byteLength) {
                bytes -= this.bufs[0].byteLength;
                this.length -= this.bufs[0].byteLength;
                this.bufs.shift();
            }
            else {
                this.bufs[0] = this.bufs[0].subarray(bytes);
                this.length -= bytes;
                break;
            }
        }
    }
    /**
     * Extracts a section of an array and returns a new array.
     *
     * This is a copy operation as it is with Uint8Arrays and Arrays
     * - note this is different to the behaviour of Node Buffers.
     */
    slice(beginInclusive, endExclusive) {
        const { bufs, length } = this._subList(beginInclusive, endExclusive);
        return concat(bufs, length);
    }
    /**
     * Returns a section of the array from the given start and end element index.
     *
     * This is a no-copy operation where the data extracted data comes from a
     * single Uint8Array internally, otherwise it is a copy operation.
     */
    subarray(beginInclusive, endExclusive) {
        const { bufs, length } = this._subList(beginInclusive, endExclusive);
        if (bufs.length === 1) {
            return bufs[0];
        }
        return concat(bufs, length);
    }
    /**
     * Returns a new Uint8ArrayList from the given start and end element index.
     *
     * This is a no-copy operation.
     */
    sublist(beginInclusive, endExclusive) {
        const { bufs, length } = this._subList(beginInclusive, endExclusive);
        const list = new Uint8ArrayList();
        list.length = length;
        // don't loop, just set the bufs
        list.bufs = bufs;
        return list;
    }
    _subList(beginInclusive, endExclusive) {
        beginInclusive = beginInclusive ?? 0;
        endExclusive = endExclusive ?? this.length;
        if (beginInclusive < 0) {
            beginInclusive = this.length + beginInclusive;
        }
        if (endExclusive < 0) {
            endExclusive = this.length + endExclusive;
        }
        if (beginInclusive < 0 || endExclusive > this.length) {
            throw new RangeError('index is out of bounds');
        }
        if (beginInclusive === endExclusive) {
            return { bufs: [], length: 0 };
        }
        if (beginInclusive === 0 && endExclusive === this.length) {
            return { bufs: [...this.bufs], length: this.length };
        }
        const bufs = [];
        let offset = 0;
        for (let i = 0; i < this.bufs.length; i++) {
            const buf = this.bufs[i];
            const bufStart = offset;
            const bufEnd = bufStart + buf.byteLength;
            // for next loop
            offset = bufEnd;
            if (beginInclusive >= bufEnd) {
                // start after this buf
                continue;
            }
            const sliceStartInBuf = beginInclusive >= bufStart && beginInclusive < bufEnd;
            const sliceEndsInBuf = endExclusive > bufStart && endExclusive <= bufEnd;
            if (sliceStartInBuf && sliceEndsInBuf) {
                // slice is wholly contained within this buffer
                if (beginInclusive === bufStart && endExclusive === bufEnd) {
                    // requested whole buffer
                    bufs.push(buf);
                    break;
                }
                // requested part of buffer
                const start = beginInclusive - bufStart;
                bufs.push(buf.subarray(start, start + (endExclusive - beginInclusive)));
                break;
            }
            if (sliceStartInBuf) {
                // slice starts in this buffer
                if (beginInclusive === 0) {
                    // requested whole buffer
                    bufs.push(buf);
                    continue;
                }
                // requested part of buffer
                bufs.push(buf.subarray(beginInclusive - bufStart));
                continue;
            }
            if (sliceEndsInBuf) {
                if (endExclusive === bufEnd) {
                    // requested whole buffer
                    bufs.push(buf);
                    break;
                }
                // requested part of buffer
                bufs.push(buf.subarray(0, endExclusive - bufStart));
                break;
            }
            // slice started before this buffer and ends after it
            bufs.push(buf);
        }
        return { bufs, length: endExclusive - beginInclusive };
    }
    indexOf(search, offset = 0) {
        if (!isUint8ArrayList(search) && !(search instanceof Uint8Array)) {
            throw new TypeError('The "value" argument must be a Uint8ArrayList or Uint8Array');
        }
        const needle = search instanceof Uint8Array ? search : search.subarray();
        offset = Number(offset ?? 0);
        if (isNaN(offset)) {
            offset = 0;
        }
        if (offset < 0) {
            offset = this.length + offset;
        }
        if (offset < 0) {
            offset = 0;
        }
        if (search.length === 0) {
            return offset > this.length ? this.length : offset;
        }
        // https://en.wikipedia.org/wiki/Boyer%E2%80%93Moore_string-search_algorithm
        const M = needle.byteLength;
        if (M === 0) {
            throw new TypeError('search must be at least 1 byte long');
        }
        // radix
        const radix = 256;
        const rightmostPositions = new Int32Array(radix);
        // position of the rightmost occurrence of the byte c in the pattern
        for (let c = 0; c < radix; c++) {
            // -1 for bytes not in pattern
            rightmostPositions[c] = -1;
        }
        for (let j = 0; j < M; j++) {
            // rightmost position for bytes in pattern
            rightmostPositions[needle[j]] = j;
        }
        // Return offset of first match, -1 if no match
        const right = rightmostPositions;
        const lastIndex = this.byteLength - needle.byteLength;
        const lastPatIndex = needle.byteLength - 1;
        let skip;
        for (let i = offset; i <= lastIndex; i += skip) {
            skip = 0;
            for (let j = lastPatIndex; j >= 0; j--) {
                const char = this.get(i + j);
                if (needle[j] !== char) {
                    skip = Math.max(1, j - right[char]);
                    break;
                }
            }
            if (skip === 0) {
                return i;
            }
        }
        return -1;
    }
    getInt8(byteOffset) {
        const buf = this.subarray(byteOffset, byteOffset + 1);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        return view.getInt8(0);
    }
    setInt8(byteOffset, value) {
        const buf = (0,alloc_node/* allocUnsafe */.K)(1);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        view.setInt8(0, value);
        this.write(buf, byteOffset);
    }
    getInt16(byteOffset, littleEndian) {
        const buf = this.subarray(byteOffset, byteOffset + 2);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        return view.getInt16(0, littleEndian);
    }
    setInt16(byteOffset, value, littleEndian) {
        const buf = (0,alloc_node/* alloc */.c)(2);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        view.setInt16(0, value, littleEndian);
        this.write(buf, byteOffset);
    }
    getInt32(byteOffset, littleEndian) {
        const buf = this.subarray(byteOffset, byteOffset + 4);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        return view.getInt32(0, littleEndian);
    }
    setInt32(byteOffset, value, littleEndian) {
        const buf = (0,alloc_node/* alloc */.c)(4);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        view.setInt32(0, value, littleEndian);
        this.write(buf, byteOffset);
    }
    getBigInt64(byteOffset, littleEndian) {
        const buf = this.subarray(byteOffset, byteOffset + 8);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        return view.getBigInt64(0, littleEndian);
    }
    setBigInt64(byteOffset, value, littleEndian) {
        const buf = (0,alloc_node/* alloc */.c)(8);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        view.setBigInt64(0, value, littleEndian);
        this.write(buf, byteOffset);
    }
    getUint8(byteOffset) {
        const buf = this.subarray(byteOffset, byteOffset + 1);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        return view.getUint8(0);
    }
    setUint8(byteOffset, value) {
        const buf = (0,alloc_node/* allocUnsafe */.K)(1);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        view.setUint8(0, value);
        this.write(buf, byteOffset);
    }
    getUint16(byteOffset, littleEndian) {
        const buf = this.subarray(byteOffset, byteOffset + 2);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        return view.getUint16(0, littleEndian);
    }
    setUint16(byteOffset, value, littleEndian) {
        const buf = (0,alloc_node/* alloc */.c)(2);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        view.setUint16(0, value, littleEndian);
        this.write(buf, byteOffset);
    }
    getUint32(byteOffset, littleEndian) {
        const buf = this.subarray(byteOffset, byteOffset + 4);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        return view.getUint32(0, littleEndian);
    }
    setUint32(byteOffset, value, littleEndian) {
        const buf = (0,alloc_node/* alloc */.c)(4);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        view.setUint32(0, value, littleEndian);
        this.write(buf, byteOffset);
    }
    getBigUint64(byteOffset, littleEndian) {
        const buf = this.subarray(byteOffset, byteOffset + 8);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        return view.getBigUint64(0, littleEndian);
    }
    setBigUint64(byteOffset, value, littleEndian) {
        const buf = (0,alloc_node/* alloc */.c)(8);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        view.setBigUint64(0, value, littleEndian);
        this.write(buf, byteOffset);
    }
    getFloat32(byteOffset, littleEndian) {
        const buf = this.subarray(byteOffset, byteOffset + 4);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        return view.getFloat32(0, littleEndian);
    }
    setFloat32(byteOffset, value, littleEndian) {
        const buf = (0,alloc_node/* alloc */.c)(4);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        view.setFloat32(0, value, littleEndian);
        this.write(buf, byteOffset);
    }
    getFloat64(byteOffset, littleEndian) {
        const buf = this.subarray(byteOffset, byteOffset + 8);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        return view.getFloat64(0, littleEndian);
    }
    setFloat64(byteOffset, value, littleEndian) {
        const buf = (0,alloc_node/* alloc */.c)(8);
        const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        view.setFloat64(0, value, littleEndian);
        this.write(buf, byteOffset);
    }
    equals(other) {
        if (other == null) {
            return false;
        }
        if (!(other instanceof Uint8ArrayList)) {
            return false;
        }
        if (other.bufs.length !== this.bufs.length) {
            return false;
        }
        for (let i = 0; i < this.bufs.length; i++) {
            if (!equals(this.bufs[i], other.bufs[i])) {
                return false;
            }
        }
        return true;
    }
    /**
     * Create a Uint8ArrayList from a pre-existing list of Uint8Arrays.  Use this
     * method if you know the total size of all the Uint8Arrays ahead of time.
     */
    static fromUint8Arrays(bufs, length) {
        const list = new Uint8ArrayList();
        list.bufs = bufs;
        if (length == null) {
            length = bufs.reduce((acc, curr) => acc + curr.byteLength, 0);
        }
        list.length = length;
        return list;
    }
}
/*
function indexOf (needle: Uint8Array, haystack: Uint8Array, offset = 0) {
  for (let i = offset; i < haystack.byteLength; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) {
        break
      }

      if (j === needle.byteLength -1) {
        return i
      }
    }

    if (haystack.byteLength - i < needle.byteLength) {
      break
    }
  }

  return -1
}
*/
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/constants.js
const DEFAULT_CID_VERSION = 1;
const DEFAULT_SHARD_HASH_CODE = BigInt(0x22);
const DEFAULT_SHARD_FANOUT_BITS = 8;
const DEFAULT_SHARD_SPLIT_THRESHOLD_BYTES = 262_144;
const DEFAULT_SHARD_SPLIT_STRATEGY = 'links-bytes';
const DEFAULT_CHUNK_SIZE_256KIB = 262_144;
const DEFAULT_CHUNK_SIZE_1MIB = 1_048_576;
const DEFAULT_FILE_IMPORT_CONCURRENCY = 50;
const DEFAULT_BLOCK_WRITE_CONCURRENCY = 10;
const DEFAULT_REDUCE_SINGLE_LEAF_TO_SELF = true;
const DEFAULT_RAW_LEAVES = true;
const DEFAULT_WRAP_WITH_DIRECTORY = false;
const DEFAULT_LEAF_TYPE = 'file';
const DEFAULT_FIELD_ORDER = 'links-first';
//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/chunker/fixed-size.js


const fixedSize = (options = {}) => {
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE_256KIB;
    return async function* fixedSizeChunker(source) {
        let list = new Uint8ArrayList();
        let currentLength = 0;
        let emitted = false;
        for await (const buffer of source) {
            list.append(buffer);
            currentLength += buffer.length;
            while (currentLength >= chunkSize) {
                const buf = list.subarray(0, chunkSize);
                yield buf;
                emitted = true;
                // throw away consumed bytes
                if (chunkSize === list.length) {
                    list = new Uint8ArrayList();
                    currentLength = 0;
                }
                else {
                    const newBl = new Uint8ArrayList();
                    newBl.append(list.sublist(chunkSize));
                    list = newBl;
                    // update our offset
                    currentLength -= chunkSize;
                }
            }
        }
        if (!emitted || currentLength > 0) {
            // return any remaining bytes
            yield list.subarray(0, currentLength);
        }
    };
};
//# sourceMappingURL=fixed-size.js.map
// EXTERNAL MODULE: ./node_modules/@ipld/dag-pb/src/index.js + 3 modules
var dag_pb_src = __webpack_require__(6047);
// EXTERNAL MODULE: ./node_modules/ipfs-unixfs/dist/src/index.js + 17 modules
var dist_src = __webpack_require__(9497);
// EXTERNAL MODULE: ./node_modules/multiformats/dist/src/codecs/raw.js
var raw = __webpack_require__(7584);
;// CONCATENATED MODULE: ./node_modules/progress-events/dist/src/index.js
/**
 * An implementation of the ProgressEvent interface, this is essentially
 * a typed `CustomEvent` with a `type` property that lets us disambiguate
 * events passed to `progress` callbacks.
 */
class CustomProgressEvent extends Event {
    type;
    detail;
    constructor(type, detail) {
        super(type);
        this.type = type;
        // @ts-expect-error detail may be undefined
        this.detail = detail;
    }
}
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./node_modules/multiformats/dist/src/cid.js
var src_cid = __webpack_require__(3656);
// EXTERNAL MODULE: ./node_modules/multiformats/dist/src/hashes/sha2.js
var sha2 = __webpack_require__(3097);
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/utils/persist.js




const persist = async (buffer, blockstore, options) => {
    if (options.codec == null) {
        options.codec = dag_pb_src;
    }
    const multihash = await sha2.sha256.digest(buffer);
    const cid = src_cid/* CID */.TO.create(options.cidVersion ?? DEFAULT_CID_VERSION, options.codec.code, multihash);
    await blockstore.put(cid, buffer, options);
    return cid;
};
//# sourceMappingURL=persist.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/dag-builder/buffer-importer.js





function defaultBufferImporter(options) {
    return async function* bufferImporter(file, blockstore) {
        let bytesWritten = 0n;
        for await (let block of file.content) {
            yield async () => {
                let unixfs;
                const opts = {
                    codec: dag_pb_src,
                    cidVersion: options.cidVersion,
                    onProgress: options.onProgress
                };
                if (options.rawLeaves) {
                    opts.codec = raw;
                    opts.cidVersion = 1;
                }
                else {
                    unixfs = new dist_src/* UnixFS */.eu({
                        type: options.leafType,
                        data: block
                    });
                    block = dag_pb_src.encode({
                        Data: unixfs.marshal(),
                        Links: []
                    }, options);
                }
                const cid = await persist(block, blockstore, opts);
                bytesWritten += BigInt(block.byteLength);
                options.onProgress?.(new CustomProgressEvent('unixfs:importer:progress:file:write', {
                    bytesWritten,
                    cid,
                    path: file.path
                }));
                return {
                    cid,
                    unixfs,
                    size: BigInt(block.length),
                    block
                };
            };
        }
    };
}
//# sourceMappingURL=buffer-importer.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/errors.js
class errors_InvalidParametersError extends Error {
    static name = 'InvalidParametersError';
    static code = 'ERR_INVALID_PARAMS';
    name = errors_InvalidParametersError.name;
    code = errors_InvalidParametersError.code;
    constructor(message = 'Invalid parameters') {
        super(message);
    }
}
class InvalidAvgChunkSizeError extends Error {
    static name = 'InvalidAvgChunkSizeError';
    static code = 'ERR_INVALID_AVG_CHUNK_SIZE';
    name = InvalidAvgChunkSizeError.name;
    code = InvalidAvgChunkSizeError.code;
    constructor(message = 'Invalid avg chunk size') {
        super(message);
    }
}
class InvalidChunkSizeError extends Error {
    static name = 'InvalidChunkSizeError';
    static code = 'ERR_INVALID_CHUNK_SIZE';
    name = InvalidChunkSizeError.name;
    code = InvalidChunkSizeError.code;
    constructor(message = 'Invalid chunk size') {
        super(message);
    }
}
class InvalidMinChunkSizeError extends Error {
    static name = 'InvalidMinChunkSizeError';
    static code = 'ERR_INVALID_MIN_CHUNK_SIZE';
    name = InvalidMinChunkSizeError.name;
    code = InvalidMinChunkSizeError.code;
    constructor(message = 'Invalid min chunk size') {
        super(message);
    }
}
class InvalidContentError extends Error {
    static name = 'InvalidContentError';
    static code = 'ERR_INVALID_CONTENT';
    name = InvalidContentError.name;
    code = InvalidContentError.code;
    constructor(message = 'Invalid content') {
        super(message);
    }
}
class InvalidShardingStrategyError extends Error {
    static name = 'InvalidShardingStrategyError';
    static code = 'ERR_SHARDING_STRATEGY';
    name = InvalidContentError.name;
    code = InvalidContentError.code;
}
//# sourceMappingURL=errors.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/dag-builder/dir.js



const defaultDirBuilder = async (dir, blockstore, options) => {
    const unixfs = new dist_src/* UnixFS */.eu({
        type: 'directory',
        mtime: dir.mtime,
        mode: dir.mode
    });
    const block = (0,dag_pb_src.encode)((0,dag_pb_src.prepare)({ Data: unixfs.marshal() }), options);
    const cid = await persist(block, blockstore, options);
    const path = dir.path;
    return {
        cid,
        path,
        unixfs,
        size: BigInt(block.length),
        originalPath: dir.originalPath,
        block
    };
};
//# sourceMappingURL=dir.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/dag-builder/file.js






async function* buildFileBatch(file, blockstore, options) {
    let count = -1;
    let previous;
    for await (const entry of parallelBatch(options.bufferImporter(file, blockstore), options.blockWriteConcurrency)) {
        count++;
        if (count === 0) {
            // cache the first entry if case there aren't any more
            previous = {
                ...entry,
                single: true
            };
            continue;
        }
        else if (count === 1 && previous != null) {
            // we have the second block of a multiple block import so yield the first
            yield {
                ...previous,
                block: undefined,
                single: undefined
            };
            previous = undefined;
        }
        // yield the second or later block of a multiple block import
        yield {
            ...entry,
            block: undefined
        };
    }
    if (previous != null) {
        yield previous;
    }
}
function isSingleBlockImport(result) {
    return result.single === true;
}
const reduce = (file, blockstore, options) => {
    const reducer = async function (leaves) {
        if (leaves.length === 1 && isSingleBlockImport(leaves[0]) && options.reduceSingleLeafToSelf) {
            const leaf = leaves[0];
            let node = leaf.block;
            if (isSingleBlockImport(leaf) && (file.mtime !== undefined || file.mode !== undefined)) {
                // only one leaf node which is a raw leaf - we have metadata so convert
                // it into a UnixFS entry otherwise we'll have nowhere to store the
                // metadata
                leaf.unixfs = new dist_src/* UnixFS */.eu({
                    type: 'file',
                    mtime: file.mtime,
                    mode: file.mode,
                    data: leaf.block
                });
                node = { Data: leaf.unixfs.marshal(), Links: [] };
                leaf.block = (0,dag_pb_src.encode)((0,dag_pb_src.prepare)(node), options);
                leaf.cid = await persist(leaf.block, blockstore, {
                    ...options,
                    cidVersion: options.cidVersion
                });
                leaf.size = BigInt(leaf.block.length);
            }
            options.onProgress?.(new CustomProgressEvent('unixfs:importer:progress:file:layout', {
                cid: leaf.cid,
                path: file.originalPath
            }));
            return {
                cid: leaf.cid,
                path: file.path,
                unixfs: leaf.unixfs,
                size: leaf.size,
                originalPath: file.originalPath
            };
        }
        // create a parent node and add all the leaves
        const f = new dist_src/* UnixFS */.eu({
            type: 'file',
            mtime: file.mtime,
            mode: file.mode
        });
        const links = leaves
            .filter(leaf => {
            if (leaf.cid.code === raw.code && leaf.size > 0) {
                return true;
            }
            if (leaf.unixfs != null && leaf.unixfs.data == null && leaf.unixfs.fileSize() > 0n) {
                return true;
            }
            return Boolean(leaf.unixfs?.data?.length);
        })
            .map((leaf) => {
            if (leaf.cid.code === raw.code) {
                // node is a leaf buffer
                f.addBlockSize(leaf.size);
                return {
                    Name: '',
                    Tsize: Number(leaf.size),
                    Hash: leaf.cid
                };
            }
            if ((leaf.unixfs?.data == null)) {
                // node is an intermediate node
                f.addBlockSize(leaf.unixfs?.fileSize() ?? 0n);
            }
            else {
                // node is a unixfs 'file' leaf node
                f.addBlockSize(BigInt(leaf.unixfs.data.length));
            }
            return {
                Name: '',
                Tsize: Number(leaf.size),
                Hash: leaf.cid
            };
        });
        const node = {
            Data: f.marshal(),
            Links: links
        };
        const block = (0,dag_pb_src.encode)((0,dag_pb_src.prepare)(node), options);
        const cid = await persist(block, blockstore, options);
        options.onProgress?.(new CustomProgressEvent('unixfs:importer:progress:file:layout', {
            cid,
            path: file.originalPath
        }));
        return {
            cid,
            path: file.path,
            unixfs: f,
            size: BigInt(block.length + node.Links.reduce((acc, curr) => acc + (curr.Tsize ?? 0), 0)),
            originalPath: file.originalPath,
            block
        };
    };
    return reducer;
};
const defaultFileBuilder = async (file, block, options) => {
    return options.layout(buildFileBatch(file, block, options), reduce(file, block, options));
};
//# sourceMappingURL=file.js.map
// EXTERNAL MODULE: ./node_modules/uint8arrays/dist/src/from-string.node.js + 1 modules
var from_string_node = __webpack_require__(6594);
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/dag-builder/symlink.js




const defaultSymlinkBuilder = async (symlink, blockstore, options) => {
    const unixfs = new dist_src/* UnixFS */.eu({
        type: 'symlink',
        data: (0,from_string_node/* fromString */.s)(symlink.link),
        mtime: symlink.mtime,
        mode: symlink.mode
    });
    const block = (0,dag_pb_src.encode)((0,dag_pb_src.prepare)({ Data: unixfs.marshal() }));
    const cid = await persist(block, blockstore, options);
    const path = symlink.path;
    return {
        cid,
        path,
        unixfs,
        size: BigInt(block.length),
        originalPath: symlink.originalPath,
        block
    };
};
//# sourceMappingURL=symlink.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/dag-builder/index.js





function isIterable(thing) {
    return Symbol.iterator in thing;
}
function isAsyncIterable(thing) {
    return Symbol.asyncIterator in thing;
}
function contentAsAsyncIterable(content) {
    try {
        if (content instanceof Uint8Array) {
            return (async function* () {
                yield content;
            })();
        }
        else if (isIterable(content)) {
            return (async function* () {
                yield* content;
            })();
        }
        else if (isAsyncIterable(content)) {
            return content;
        }
    }
    catch {
        throw new InvalidContentError('Content was invalid');
    }
    throw new InvalidContentError('Content was invalid');
}
function isPathCandidate(candidate) {
    return typeof candidate.path === 'string';
}
function defaultDagBuilder(options) {
    return async function* dagBuilder(source, blockstore) {
        for await (const entry of source) {
            let originalPath;
            if (isPathCandidate(entry)) {
                originalPath = entry.path;
                entry.path = entry.path
                    .split('/')
                    .filter(path => path != null && path !== '.')
                    .join('/');
            }
            if (isFileCandidate(entry)) {
                const file = {
                    path: entry.path,
                    mtime: entry.mtime,
                    mode: entry.mode,
                    content: (async function* () {
                        let bytesRead = 0n;
                        for await (const chunk of options.chunker(options.chunkValidator(contentAsAsyncIterable(entry.content)))) {
                            const currentChunkSize = BigInt(chunk.byteLength);
                            bytesRead += currentChunkSize;
                            options.onProgress?.(new CustomProgressEvent('unixfs:importer:progress:file:read', {
                                bytesRead,
                                chunkSize: currentChunkSize,
                                path: entry.path
                            }));
                            yield chunk;
                        }
                    })(),
                    originalPath
                };
                const fileBuilder = options.fileBuilder ?? defaultFileBuilder;
                yield async () => fileBuilder(file, blockstore, options);
            }
            else if (isSymLinkCandidate(entry)) {
                const symlink = {
                    path: entry.path,
                    link: entry.link,
                    mtime: entry.mtime,
                    mode: entry.mode,
                    originalPath
                };
                const symlinkBuilder = options.symlinkBuilder ?? defaultSymlinkBuilder;
                yield async () => symlinkBuilder(symlink, blockstore, options);
            }
            else if (entry.path != null) {
                const dir = {
                    path: entry.path,
                    mtime: entry.mtime,
                    mode: entry.mode,
                    originalPath
                };
                const dirBuilder = options.dirBuilder ?? defaultDirBuilder;
                yield async () => dirBuilder(dir, blockstore, options);
            }
            else {
                throw new Error('Import candidate must have content or path or both');
            }
        }
    };
}
function isFileCandidate(entry) {
    return entry.content != null;
}
function isSymLinkCandidate(entry) {
    return entry.link != null;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/dag-builder/validate-chunks.js


const defaultChunkValidator = () => {
    return async function* validateChunks(source) {
        for await (const content of source) {
            if (content.length === undefined) {
                throw new InvalidContentError('Content was invalid');
            }
            if (typeof content === 'string' || content instanceof String) {
                yield (0,from_string_node/* fromString */.s)(content.toString());
            }
            else if (Array.isArray(content)) {
                yield Uint8Array.from(content);
            }
            else if (content instanceof Uint8Array) {
                yield content;
            }
            else {
                throw new InvalidContentError('Content was invalid');
            }
        }
    };
};
//# sourceMappingURL=validate-chunks.js.map
// EXTERNAL MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/layout/balanced.js
var balanced = __webpack_require__(6885);
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/dir.js

class Dir {
    options;
    root;
    dir;
    path;
    dirty;
    flat;
    parent;
    parentKey;
    unixfs;
    mode;
    mtime;
    cid;
    size;
    nodeSize;
    constructor(props, options) {
        this.options = options ?? {};
        this.root = props.root;
        this.dir = props.dir;
        this.path = props.path;
        this.dirty = props.dirty;
        this.flat = props.flat;
        this.parent = props.parent;
        this.parentKey = props.parentKey;
        this.unixfs = props.unixfs;
        this.mode = props.mode;
        this.mtime = props.mtime;
    }
}
//# sourceMappingURL=dir.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/utils/pb-size.js
/**
 * Protobuf size calculation utilities for DAG-PB nodes.
 *
 * Computes exact serialized sizes matching @ipld/dag-pb's encoding
 * without allocating byte arrays. Used by DirFlat to avoid O(N)
 * re-serialization on every file insert.
 *
 * Ported from @ipld/dag-pb/src/pb-encode.js (sov, len64, sizeLink, sizeNode)
 * and boxo's directory.go estimatedSize logic.
 */
// --- varint helpers (from @ipld/dag-pb/src/pb-encode.js:166-214) ---
const maxInt32 = 2 ** 32;
const len8tab = [
    0, 1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4,
    5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
    7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
    7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
    7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
    8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
    8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
    8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
    8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
    8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
    8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
    8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
    8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8
];
function len64(x) {
    let n = 0;
    if (x >= maxInt32) {
        x = Math.floor(x / maxInt32);
        n = 32;
    }
    if (x >= (1 << 16)) {
        x >>>= 16;
        n += 16;
    }
    if (x >= (1 << 8)) {
        x >>>= 8;
        n += 8;
    }
    return n + len8tab[x];
}
/**
 * Protobuf varint byte size, matching @ipld/dag-pb's sov().
 */
function varintLen(x) {
    if (x % 2 === 0) {
        x++;
    }
    return Math.floor((len64(x) + 6) / 7);
}
/**
 * Compute UTF-8 byte length of a JS string without allocation.
 *
 * Safe to assume UTF-8 because @ipld/dag-pb always encodes PBLink.Name
 * via TextEncoder (UTF-8) and decodes via TextDecoder (UTF-8).
 * This produces the same result as textEncoder.encode(str).length
 * without the Uint8Array allocation on every put() call.
 */
function utf8ByteLength(str) {
    let len = 0;
    for (let i = 0; i < str.length; i++) {
        const c = str.charCodeAt(i);
        if (c < 0x80) {
            // ASCII: 1 UTF-8 byte
            len++;
        }
        else if (c < 0x800) {
            // U+0080 - U+07FF: 2 UTF-8 bytes
            len += 2;
        }
        else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length) {
            // Surrogate pair (JS encodes code points above U+FFFF as two
            // UTF-16 surrogates). The pair maps to one code point that takes
            // 4 UTF-8 bytes. Lone surrogates cannot occur here because names
            // always round-trip through @ipld/dag-pb's TextEncoder/TextDecoder
            // which only produce valid UTF-8 strings.
            i++;
            len += 4;
        }
        else {
            // U+0800 - U+FFFF: 3 UTF-8 bytes
            len += 3;
        }
    }
    return len;
}
/**
 * Exact bytes a single PBLink adds to the PBNode encoding.
 *
 * Matches sizeLink() + its wrapper in sizeNode() from pb-encode.js:
 * linkLen = Hash(1+sov(cidLen)+cidLen) + Name(1+sov(nameLen)+nameLen) + Tsize(1+sov(tsize))
 * total   = 1 + sov(linkLen) + linkLen
 */
function linkSerializedSize(nameByteLen, cidByteLength, tsize) {
    // Hash field: tag(1) + varint(cidLen) + cidBytes
    let linkLen = 1 + varintLen(cidByteLength) + cidByteLength;
    // Name field: tag(1) + varint(nameLen) + nameBytes
    linkLen += 1 + varintLen(nameByteLen) + nameByteLen;
    // Tsize field: tag(1) + varint(tsize)
    linkLen += 1 + varintLen(tsize);
    // PBNode Links wrapper: tag(1) + varint(linkLen) + linkBytes
    return 1 + varintLen(linkLen) + linkLen;
}
// Default mode for directories (0o755 = 493)
const DIR_DEFAULT_MODE = 0o755;
/**
 * Exact bytes the PBNode Data field adds for a UnixFS directory.
 *
 * Directory-only: the type field is hardcoded to directory (2 bytes) and
 * the default mode is 0o755. Do not use for file nodes (different type
 * byte, different default mode 0o644).
 *
 * For the common case (no mode, no mtime) this is always 4 bytes:
 * innerSize=2 [0x08,0x01], wrapper 1+1+2=4.
 */
function dataFieldSerializedSize(mode, mtime) {
    // UnixFS inner: type field [0x08, 0x01] = 2 bytes for directory
    let innerSize = 2;
    // mode (field 7, varint) -- only encoded if set and not the default
    if (mode !== undefined && mode !== DIR_DEFAULT_MODE) {
        innerSize += 1 + varintLen(mode);
    }
    // mtime (field 8, nested UnixTime message)
    if (mtime != null) {
        let mtimeInner = 0;
        // Seconds (field 1, int64 varint)
        const secs = Number(mtime.secs);
        if (secs < 0) {
            // negative int64 always takes 10 bytes in protobuf two's complement
            mtimeInner += 1 + 10;
        }
        else {
            mtimeInner += 1 + varintLen(secs);
        }
        // FractionalNanoseconds (field 2, fixed32) -- optional
        if (mtime.nsecs != null) {
            mtimeInner += 1 + 4;
        }
        innerSize += 1 + varintLen(mtimeInner) + mtimeInner;
    }
    // PBNode Data wrapper: tag(1) + varint(innerSize) + innerBytes
    return 1 + varintLen(innerSize) + innerSize;
}
//# sourceMappingURL=pb-size.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/dir-flat.js






function estimateLinkSize(nameBytes, child) {
    if (child?.cid != null && child?.size != null) {
        return nameBytes + child.cid.byteLength;
    }
    return 0;
}
function calculateLinkSize(nameBytes, child) {
    if (child?.cid != null && child?.size != null) {
        return linkSerializedSize(nameBytes, child.cid.byteLength, Number(child.size));
    }
    return 0;
}
class DirFlat extends Dir {
    _children;
    constructor(props, options) {
        super(props, options);
        this._children = new Map();
    }
    async put(name, value) {
        if (this.nodeSize !== undefined) {
            const oldChild = this._children.get(name);
            const nameBytes = utf8ByteLength(name);
            const strategy = this.options?.shardSplitStrategy;
            if (strategy === 'links-bytes') {
                this.nodeSize -= estimateLinkSize(nameBytes, oldChild);
                this.nodeSize += estimateLinkSize(nameBytes, value);
            }
            else if (strategy === 'block-bytes') {
                this.nodeSize -= calculateLinkSize(nameBytes, oldChild);
                this.nodeSize += calculateLinkSize(nameBytes, value);
            }
            else {
                throw new InvalidShardingStrategyError(`Invalid shardSplitStrategy: ${strategy}`);
            }
            // safety: reset on underflow to force recomputation
            if (this.nodeSize < 0) {
                this.nodeSize = undefined;
            }
        }
        this.cid = undefined;
        this.size = undefined;
        this._children.set(name, value);
    }
    async get(name) {
        return Promise.resolve(this._children.get(name));
    }
    childCount() {
        return this._children.size;
    }
    directChildrenCount() {
        return this.childCount();
    }
    onlyChild() {
        return this._children.values().next().value;
    }
    *eachChildSeries() {
        for (const [key, child] of this._children.entries()) {
            yield {
                key,
                child
            };
        }
    }
    marshal() {
        const unixfs = new dist_src/* UnixFS */.eu({
            type: 'directory',
            mtime: this.mtime,
            mode: this.mode
        });
        const links = [];
        for (const [name, child] of this._children.entries()) {
            if (child.size == null || child.cid == null) {
                continue;
            }
            if (child.cid == null) {
                throw new Error('Directory contents must be flushed before marshaling');
            }
            links.push({
                Hash: child.cid,
                Name: name,
                Tsize: child.size == null ? undefined : Number(child.size)
            });
        }
        const node = {
            Data: unixfs.marshal(),
            Links: links
        };
        return (0,dag_pb_src.encode)((0,dag_pb_src.prepare)(node), this.options);
    }
    async estimateNodeSize() {
        if (this.nodeSize !== undefined) {
            return this.nodeSize;
        }
        const strategy = this.options?.shardSplitStrategy;
        if (strategy === 'links-bytes') {
            // estimate size based on DAGLink name (UTF-8 byte length) and CID byte lengths
            // @see https://github.com/ipfs/go-unixfsnode/blob/37b47f1f917f1b2f54c207682f38886e49896ef9/data/builder/directory.go#L81-L96
            this.nodeSize = 0;
            for (const [name, child] of this._children.entries()) {
                this.nodeSize += estimateLinkSize(utf8ByteLength(name), child);
            }
        }
        else if (strategy === 'block-bytes') {
            // compute exact serialized size arithmetically
            // (matches marshal().byteLength without allocating byte arrays)
            this.nodeSize = dataFieldSerializedSize(this.mode, this.mtime);
            for (const [name, child] of this._children.entries()) {
                this.nodeSize += calculateLinkSize(utf8ByteLength(name), child);
            }
        }
        else {
            throw new InvalidShardingStrategyError(`Invalid shardSplitStrategy: ${strategy}`);
        }
        return this.nodeSize;
    }
    async *flush(block) {
        const links = [];
        for (const [name, child] of this._children.entries()) {
            let result = child;
            if (child instanceof Dir) {
                for await (const entry of child.flush(block)) {
                    result = entry;
                    yield entry;
                }
            }
            if (result.size != null && (result.cid != null)) {
                links.push({
                    Name: name,
                    Tsize: Number(result.size),
                    Hash: result.cid
                });
            }
        }
        const unixfs = new dist_src/* UnixFS */.eu({
            type: 'directory',
            mtime: this.mtime,
            mode: this.mode
        });
        const node = { Data: unixfs.marshal(), Links: links };
        const buffer = (0,dag_pb_src.encode)((0,dag_pb_src.prepare)(node), this.options);
        const cid = await persist(buffer, block, this.options);
        const size = buffer.length + node.Links.reduce(
        /**
         * @param {number} acc
         * @param {PBLink} curr
         */
        (acc, curr) => acc + (curr.Tsize ?? 0), 0);
        this.cid = cid;
        this.size = size;
        yield {
            cid,
            unixfs,
            path: this.path,
            size: BigInt(size)
        };
    }
}
//# sourceMappingURL=dir-flat.js.map
// EXTERNAL MODULE: ./node_modules/multiformats/dist/src/hashes/hasher.js
var hasher = __webpack_require__(8330);
;// CONCATENATED MODULE: ./node_modules/@multiformats/murmur3/src/vendor/murmur.js
/**
 * Based on https://github.com/timepp/murmurhash
 */

/* eslint-disable default-case */
/* eslint-disable camelcase */

// 64-bit operations using {lo, hi} pairs for x64 variant
/**
 * @typedef {{lo: number, hi: number}} u64
 */

/**
 * @param {u64} a
 * @param {u64} b
 * @returns {u64}
 */
function add64 (a, b) {
  const lo = (a.lo + b.lo) >>> 0
  const hi = (a.hi + b.hi + (lo < a.lo ? 1 : 0)) >>> 0
  return { lo, hi }
}
/**
 * @param {number} a
 * @param {number} b
 * @returns {number}
 */
function add32 (a, b) {
  return (a + b) >>> 0
}
/**
 * @param {u64} a
 * @param {u64} b
 * @returns {u64}
 */
function mul64 (a, b) {
  // Split into 16-bit chunks
  const al = a.lo & 0xffff
  const ah = a.lo >>> 16
  const bl = b.lo & 0xffff
  const bh = b.lo >>> 16

  const p0 = al * bl
  const p1 = al * bh
  const p2 = ah * bl
  const p3 = ah * bh

  const lo1 = ((p0 >>> 16) + (p1 & 0xffff) + (p2 & 0xffff)) >>> 0
  const lo = ((lo1 << 16) | (p0 & 0xffff)) >>> 0

  const hi0 = p3 + (p1 >>> 16) + (p2 >>> 16) + (lo1 >>> 16)
  const hi1 = Math.imul(a.lo, b.hi)
  const hi2 = Math.imul(a.hi, b.lo)
  const hi = (hi0 + hi1 + hi2) >>> 0

  return { lo, hi }
}
/**
 * @param {number} a
 * @param {number} b
 * @returns {number}
 */
function mul32 (a, b) {
  return Math.imul(a, b) >>> 0
}
/**
 * @param {u64} x
 * @param {number} n
 * @returns {u64}
 */
function rotl64 (x, n) {
  if (n === 0) { return x }
  if (n === 32) { return { lo: x.hi, hi: x.lo } }
  if (n < 32) {
    const lo = ((x.lo << n) | (x.hi >>> (32 - n))) >>> 0
    const hi = ((x.hi << n) | (x.lo >>> (32 - n))) >>> 0
    return { lo, hi }
  }
  n -= 32
  const lo = ((x.hi << n) | (x.lo >>> (32 - n))) >>> 0
  const hi = ((x.lo << n) | (x.hi >>> (32 - n))) >>> 0
  return { lo, hi }
}

/**
 * @param {u64} a
 * @param {u64} b
 * @returns {u64}
 */
function xor64 (a, b) {
  return { lo: (a.lo ^ b.lo) >>> 0, hi: (a.hi ^ b.hi) >>> 0 }
}

/**
 * @param {u64} x
 * @param {number} n
 * @returns {u64}
 */
function shr64 (x, n) {
  if (n === 0) { return x }
  if (n < 32) {
    const lo = ((x.lo >>> n) | (x.hi << (32 - n))) >>> 0
    const hi = x.hi >>> n
    return { lo, hi }
  }
  return { lo: x.hi >>> (n - 32), hi: 0 }
}

/**
 * @param {number} lo
 * @param {number} hi
 * @returns {u64}
 */
function u64 (lo, hi) {
  return { lo: lo >>> 0, hi: hi >>> 0 }
}
/**
 * @param {number} x
 * @param {number} r
 * @returns {number}
 */
function rotl32 (x, r) {
  return ((x << r) | (x >>> (32 - r))) >>> 0
}
/**
 * @param {Uint8Array} key
 * @param {number} i
 * @returns {u64}
 */
function getBlock64 (key, i) {
  const offset = i * 8
  const lo =
    key[offset] |
    (key[offset + 1] << 8) |
    (key[offset + 2] << 16) |
    (key[offset + 3] << 24)
  const hi =
    key[offset + 4] |
    (key[offset + 5] << 8) |
    (key[offset + 6] << 16) |
    (key[offset + 7] << 24)
  return { lo: lo >>> 0, hi: hi >>> 0 }
}
/**
 * @param {Uint8Array} key
 * @param {number} i
 * @returns {number}
 */
function getBlock32 (key, i) {
  const offset = i * 4
  return (
    key[offset] |
    (key[offset + 1] << 8) |
    (key[offset + 2] << 16) |
    (key[offset + 3] << 24)
  ) >>> 0
}
/**
 * @param {u64} k
 * @returns {u64}
 */
function fmix64 (k) {
  k = xor64(k, shr64(k, 33))
  k = mul64(k, u64(0xed558ccd, 0xff51afd7))
  k = xor64(k, shr64(k, 33))
  k = mul64(k, u64(0x1a85ec53, 0xc4ceb9fe))
  k = xor64(k, shr64(k, 33))
  return k
}
/**
 * @param {number} k
 * @returns {number}
 */
function fmix32 (k) {
  k ^= k >>> 16
  k = mul32(k, 0x85ebca6b)
  k ^= k >>> 13
  k = mul32(k, 0xc2b2ae35)
  k ^= k >>> 16
  return k
}
/**
 * Generate murmurhash3 x64 128-bit hash
 *
 * @param {Uint8Array} key - original data
 * @param {number} [seed] - seed value (defaults to 0)
 * @returns {Uint8Array<ArrayBuffer>} the hash value as 16 bytes
 */
function murmurHash3_x64_128 (key, seed = 0) {
  let h1 = u64(seed, 0)
  let h2 = u64(seed, 0)
  const length = key.length
  const blocks = Math.floor(length / 16)
  const c1 = u64(0x114253d5, 0x87c37b91)
  const c2 = u64(0x2745937f, 0x4cf5ad43)

  // Body
  for (let i = 0; i < blocks; i++) {
    let k1 = getBlock64(key, i * 2)
    let k2 = getBlock64(key, i * 2 + 1)

    k1 = mul64(k1, c1)
    k1 = rotl64(k1, 31)
    k1 = mul64(k1, c2)
    h1 = xor64(h1, k1)

    h1 = rotl64(h1, 27)
    h1 = add64(h1, h2)
    h1 = add64(mul64(h1, u64(5, 0)), u64(0x52dce729, 0))

    k2 = mul64(k2, c2)
    k2 = rotl64(k2, 33)
    k2 = mul64(k2, c1)
    h2 = xor64(h2, k2)

    h2 = rotl64(h2, 31)
    h2 = add64(h2, h1)
    h2 = add64(mul64(h2, u64(5, 0)), u64(0x38495ab5, 0))
  }

  // Tail
  let k1 = u64(0, 0)
  let k2 = u64(0, 0)
  const tail = key.slice(blocks * 16)

  switch (tail.length) {
    case 15:
      k2 = xor64(k2, u64(0, tail[14] << 16)) // fallthrough
    case 14:
      k2 = xor64(k2, u64(0, tail[13] << 8)) // fallthrough
    case 13:
      k2 = xor64(k2, u64(0, tail[12])) // fallthrough
    case 12:
      k2 = xor64(k2, u64(tail[11] << 24, 0)) // fallthrough
    case 11:
      k2 = xor64(k2, u64(tail[10] << 16, 0)) // fallthrough
    case 10:
      k2 = xor64(k2, u64(tail[9] << 8, 0)) // fallthrough
    case 9:
      k2 = xor64(k2, u64(tail[8], 0))
      k2 = mul64(k2, c2)
      k2 = rotl64(k2, 33)
      k2 = mul64(k2, c1)
      h2 = xor64(h2, k2) // fallthrough
    case 8:
      k1 = xor64(k1, u64(0, tail[7] << 24)) // fallthrough
    case 7:
      k1 = xor64(k1, u64(0, tail[6] << 16)) // fallthrough
    case 6:
      k1 = xor64(k1, u64(0, tail[5] << 8)) // fallthrough
    case 5:
      k1 = xor64(k1, u64(0, tail[4])) // fallthrough
    case 4:
      k1 = xor64(k1, u64(tail[3] << 24, 0)) // fallthrough
    case 3:
      k1 = xor64(k1, u64(tail[2] << 16, 0)) // fallthrough
    case 2:
      k1 = xor64(k1, u64(tail[1] << 8, 0)) // fallthrough
    case 1:
      k1 = xor64(k1, u64(tail[0], 0))
      k1 = mul64(k1, c1)
      k1 = rotl64(k1, 31)
      k1 = mul64(k1, c2)
      h1 = xor64(h1, k1)
  }

  // Finalization
  const len64 = u64(length, 0)
  h1 = xor64(h1, len64)
  h2 = xor64(h2, len64)

  h1 = add64(h1, h2)
  h2 = add64(h2, h1)

  h1 = fmix64(h1)
  h2 = fmix64(h2)

  h1 = add64(h1, h2)
  h2 = add64(h2, h1)

  // Convert to Uint8Array (big-endian byte order)
  return new Uint8Array([
    (h1.hi >>> 24) & 0xff, (h1.hi >>> 16) & 0xff, (h1.hi >>> 8) & 0xff, h1.hi & 0xff,
    (h1.lo >>> 24) & 0xff, (h1.lo >>> 16) & 0xff, (h1.lo >>> 8) & 0xff, h1.lo & 0xff,
    (h2.hi >>> 24) & 0xff, (h2.hi >>> 16) & 0xff, (h2.hi >>> 8) & 0xff, h2.hi & 0xff,
    (h2.lo >>> 24) & 0xff, (h2.lo >>> 16) & 0xff, (h2.lo >>> 8) & 0xff, h2.lo & 0xff
  ])
}
/**
 * Generate murmurhash3 x86 128-bit hash
 *
 * @param {Uint8Array} key - original data
 * @param {number} [seed] - seed value (defaults to 0)
 * @returns {Uint8Array<ArrayBuffer>} the hash value as 16 bytes
 */
function murmurHash3_x86_128 (key, seed = 0) {
  let h1 = seed >>> 0
  let h2 = seed >>> 0
  let h3 = seed >>> 0
  let h4 = seed >>> 0
  const length = key.length
  const blocks = Math.floor(length / 16)
  const c1 = 0x239b961b
  const c2 = 0xab0e9789
  const c3 = 0x38b34ae5
  const c4 = 0xa1e38b93
  // body
  for (let i = 0; i < blocks; i++) {
    let k1 = getBlock32(key, i * 4)
    let k2 = getBlock32(key, i * 4 + 1)
    let k3 = getBlock32(key, i * 4 + 2)
    let k4 = getBlock32(key, i * 4 + 3)
    k1 = mul32(k1, c1)
    k1 = rotl32(k1, 15)
    k1 = mul32(k1, c2)
    h1 ^= k1
    h1 = rotl32(h1, 19)
    h1 = add32(h1, h2)
    h1 = add32(mul32(h1, 5), 0x561ccd1b)
    k2 = mul32(k2, c2)
    k2 = rotl32(k2, 16)
    k2 = mul32(k2, c3)
    h2 ^= k2
    h2 = rotl32(h2, 17)
    h2 = add32(h2, h3)
    h2 = add32(mul32(h2, 5), 0x0bcaa747)
    k3 = mul32(k3, c3)
    k3 = rotl32(k3, 17)
    k3 = mul32(k3, c4)
    h3 ^= k3
    h3 = rotl32(h3, 15)
    h3 = add32(h3, h4)
    h3 = add32(mul32(h3, 5), 0x96cd1c35)
    k4 = mul32(k4, c4)
    k4 = rotl32(k4, 18)
    k4 = mul32(k4, c1)
    h4 ^= k4
    h4 = rotl32(h4, 13)
    h4 = add32(h4, h1)
    h4 = add32(mul32(h4, 5), 0x32ac3b17)
  }
  const tail = key.slice(blocks * 16)
  let k1 = 0
  let k2 = 0
  let k3 = 0
  let k4 = 0
  switch (tail.length) {
    case 15:
      k4 ^= tail[14] << 16 // fallthrough
    case 14:
      k4 ^= tail[13] << 8 // fallthrough
    case 13:
      k4 ^= tail[12]
      k4 = mul32(k4, c4)
      k4 = rotl32(k4, 18)
      k4 = mul32(k4, c1)
      h4 ^= k4 // fallthrough
    case 12:
      k3 ^= tail[11] << 24 // fallthrough
    case 11:
      k3 ^= tail[10] << 16 // fallthrough
    case 10:
      k3 ^= tail[9] << 8 // fallthrough
    case 9:
      k3 ^= tail[8]
      k3 = mul32(k3, c3)
      k3 = rotl32(k3, 17)
      k3 = mul32(k3, c4)
      h3 ^= k3 // fallthrough
    case 8:
      k2 ^= tail[7] << 24 // fallthrough
    case 7:
      k2 ^= tail[6] << 16 // fallthrough
    case 6:
      k2 ^= tail[5] << 8 // fallthrough
    case 5:
      k2 ^= tail[4]
      k2 = mul32(k2, c2)
      k2 = rotl32(k2, 16)
      k2 = mul32(k2, c3)
      h2 ^= k2 // fallthrough
    case 4:
      k1 ^= tail[3] << 24 // fallthrough
    case 3:
      k1 ^= tail[2] << 16 // fallthrough
    case 2:
      k1 ^= tail[1] << 8 // fallthrough
    case 1:
      k1 ^= tail[0]
      k1 = mul32(k1, c1)
      k1 = rotl32(k1, 15)
      k1 = mul32(k1, c2)
      h1 ^= k1
  }
  // finalization
  h1 ^= length
  h2 ^= length
  h3 ^= length
  h4 ^= length
  h1 = add32(h1, h2)
  h1 = add32(h1, h3)
  h1 = add32(h1, h4)
  h2 = add32(h2, h1)
  h3 = add32(h3, h1)
  h4 = add32(h4, h1)
  h1 = fmix32(h1)
  h2 = fmix32(h2)
  h3 = fmix32(h3)
  h4 = fmix32(h4)
  h1 = add32(h1, h2)
  h1 = add32(h1, h3)
  h1 = add32(h1, h4)
  h2 = add32(h2, h1)
  h3 = add32(h3, h1)
  h4 = add32(h4, h1)
  // Convert to Uint8Array (big-endian byte order)
  return new Uint8Array([
    (h1 >>> 24) & 0xff, (h1 >>> 16) & 0xff, (h1 >>> 8) & 0xff, h1 & 0xff,
    (h2 >>> 24) & 0xff, (h2 >>> 16) & 0xff, (h2 >>> 8) & 0xff, h2 & 0xff,
    (h3 >>> 24) & 0xff, (h3 >>> 16) & 0xff, (h3 >>> 8) & 0xff, h3 & 0xff,
    (h4 >>> 24) & 0xff, (h4 >>> 16) & 0xff, (h4 >>> 8) & 0xff, h4 & 0xff
  ])
}
/**
 * Generate murmurhash3 x86 32-bit hash
 *
 * @param {Uint8Array} key - original data
 * @param {number} [seed] - seed value (defaults to 0)
 * @returns {number} the hash value as a number
 */
function murmurHash3_x86_32 (key, seed = 0) {
  let h1 = seed >>> 0
  const length = key.length
  const blocks = Math.floor(length / 4)
  const c1 = 0xcc9e2d51
  const c2 = 0x1b873593
  // body
  for (let i = 0; i < blocks; i++) {
    let k1 = getBlock32(key, i)
    k1 = mul32(k1, c1)
    k1 = rotl32(k1, 15)
    k1 = mul32(k1, c2)
    h1 ^= k1
    h1 = rotl32(h1, 13)
    h1 = add32(mul32(h1, 5), 0xe6546b64)
  }
  const tail = key.slice(blocks * 4)
  let k1 = 0
  switch (tail.length) {
    case 3:
      k1 ^= tail[2] << 16 // fallthrough
    case 2:
      k1 ^= tail[1] << 8 // fallthrough
    case 1:
      k1 ^= tail[0]
      k1 = mul32(k1, c1)
      k1 = rotl32(k1, 15)
      k1 = mul32(k1, c2)
      h1 ^= k1
  }
  // finalization
  h1 ^= length
  h1 = fmix32(h1)
  return h1
}

;// CONCATENATED MODULE: ./node_modules/@multiformats/murmur3/src/index.js
/**
 * @packageDocumentation
 *
 * `MultihashHashers`s are exported from this library, they produce `MultihashDigest`s. Details about these can be found in the [multiformats multihash interface definitions](https://github.com/multiformats/js-multiformats/blob/master/src/hashes/interface.ts).
 *
 * ```js
 * import * as Block from 'multiformats/block'
 * import * as codec from '@ipld/dag-cbor'
 * import { murmur3128 as hasher } from '@multiformats/murmur3'
 *
 * async function run () {
 *   const value = { hello: 'world' }
 *   const block = await Block.encode({ value, hasher, codec })
 *   console.log(block.cid)
 *   // -> CID(bafyseebn7ksk6khsn4an2lzmae6wm4qk)
 * }
 *
 * run().catch(console.error)
 * ```
 *
 * ## Usage
 *
 * The `@multiformats/murmur3` package exports `murmur332` and `murmur3128` `MultihashHasher`s. The Multicodecs [table](https://github.com/multiformats/multicodec/blob/master/table.csv) defines these multihashes.
 *
 * The `murmur3-32`, multicodec code `0x23`, may be imported as:
 *
 * ```js
 * import { murmur332 } from '@multiformats/murmur3'
 * ```
 *
 * The `murmur3-128`, multicodec code `0x22`, may be imported as:
 *
 * ```js
 * import { murmur3128 } from '@multiformats/murmur3'
 * ```
 *
 * The `murmur3-x64-64` (which is first 64-bits of `murmur3-128` used in UnixFS directory sharding), multicodec code `0x22`, may be imported as:
 *
 * ```js
 * import { murmur364 } from '@multiformats/murmur3'
 * ```
 */



/**
 * @param {number} number
 * @returns {Uint8Array<ArrayBuffer>}
 */
function fromNumberTo32BitBuf (number) {
  const bytes = new Array(4)
  for (let i = 0; i < 4; i++) {
    bytes[i] = number & 0xff
    number = number >> 8
  }
  return new Uint8Array(bytes)
}

const murmur332 = (0,hasher/* from */.H)({
  name: 'murmur3-32',
  code: 0x23,
  encode: (input) =>
    fromNumberTo32BitBuf(murmurHash3_x86_32(input))
})

const murmur3128 = (0,hasher/* from */.H)({
  name: 'murmur3-128',
  code: 0x22,
  encode: (input) =>
    murmurHash3_x64_128(input)
})

/**
 * A special-use 0x22 that truncates 64 bits, specifically for use in the UnixFS
 * HAMT
 */
const murmur364 = (0,hasher/* from */.H)({
  name: 'murmur3-x64-64',
  code: 0x22,
  encode: (input) =>
    murmurHash3_x64_128(input).subarray(0, 8)
})

;// CONCATENATED MODULE: ./node_modules/interface-store/dist/src/errors.js
class OpenFailedError extends Error {
    static name = 'OpenFailedError';
    name = OpenFailedError.name;
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    static code = 'ERR_OPEN_FAILED';
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    code = OpenFailedError.code;
    constructor(message = 'Open failed') {
        super(message);
    }
}
class CloseFailedError extends Error {
    static name = 'CloseFailedError';
    name = CloseFailedError.name;
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    static code = 'ERR_CLOSE_FAILED';
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    code = CloseFailedError.code;
    constructor(message = 'Close failed') {
        super(message);
    }
}
class PutFailedError extends Error {
    static name = 'PutFailedError';
    name = PutFailedError.name;
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    static code = 'ERR_PUT_FAILED';
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    code = PutFailedError.code;
    constructor(message = 'Put failed') {
        super(message);
    }
}
class GetFailedError extends Error {
    static name = 'GetFailedError';
    name = GetFailedError.name;
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    static code = 'ERR_GET_FAILED';
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    code = GetFailedError.code;
    constructor(message = 'Get failed') {
        super(message);
    }
}
class DeleteFailedError extends Error {
    static name = 'DeleteFailedError';
    name = DeleteFailedError.name;
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    static code = 'ERR_DELETE_FAILED';
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    code = DeleteFailedError.code;
    constructor(message = 'Delete failed') {
        super(message);
    }
}
class HasFailedError extends Error {
    static name = 'HasFailedError';
    name = HasFailedError.name;
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    static code = 'ERR_HAS_FAILED';
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    code = HasFailedError.code;
    constructor(message = 'Has failed') {
        super(message);
    }
}
class NotFoundError extends Error {
    static name = 'NotFoundError';
    name = NotFoundError.name;
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    static code = 'ERR_NOT_FOUND';
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    code = NotFoundError.code;
    constructor(message = 'Not Found') {
        super(message);
    }
}
/**
 * @deprecated import from 'abort-error' module instead - this will be removed in a future release
 */
class AbortError extends Error {
    static name = 'AbortError';
    name = AbortError.name;
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    static code = 'ERR_ABORTED';
    /**
     * @deprecated use `.name` instead - this will be removed in a future release
     */
    code = AbortError.code;
    constructor(message = 'Aborted') {
        super(message);
    }
}
//# sourceMappingURL=errors.js.map
;// CONCATENATED MODULE: ./node_modules/interface-store/dist/src/index.js
/**
 * @packageDocumentation
 *
 * An abstraction of the Datastore/Blockstore codebases.
 */

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/blockstore-core/dist/src/base.js
class BaseBlockstore {
    has(key, options) {
        return Promise.reject(new Error('.has is not implemented'));
    }
    put(key, val, options) {
        return Promise.reject(new Error('.put is not implemented'));
    }
    async *putMany(source, options) {
        for await (const { cid, bytes } of source) {
            await this.put(cid, bytes, options);
            yield cid;
        }
    }
    get(key, options) {
        throw new Error('.get is not implemented');
    }
    async *getMany(source, options) {
        for await (const key of source) {
            yield {
                cid: key,
                bytes: this.get(key, options)
            };
        }
    }
    delete(key, options) {
        return Promise.reject(new Error('.delete is not implemented'));
    }
    async *deleteMany(source, options) {
        for await (const key of source) {
            await this.delete(key, options);
            yield key;
        }
    }
    /**
     * Extending classes should override `query` or implement this method
     */
    async *getAll(options) {
        throw new Error('.getAll is not implemented');
    }
}
//# sourceMappingURL=base.js.map
;// CONCATENATED MODULE: ./node_modules/blockstore-core/dist/src/black-hole.js


class BlackHoleBlockstore extends BaseBlockstore {
    put(key, value, options) {
        options?.signal?.throwIfAborted();
        return key;
    }
    get(key, options) {
        options?.signal?.throwIfAborted();
        throw new NotFoundError();
    }
    has(key, options) {
        options?.signal?.throwIfAborted();
        return false;
    }
    async delete(cid, options) {
        options?.signal?.throwIfAborted();
    }
    // eslint-disable-next-line require-yield
    async *getAll(options) {
        options?.signal?.throwIfAborted();
    }
}
//# sourceMappingURL=black-hole.js.map
// EXTERNAL MODULE: ./node_modules/sparse-array/index.js
var sparse_array = __webpack_require__(5456);
;// CONCATENATED MODULE: ./node_modules/hamt-sharding/dist/src/bucket.js
// @ts-expect-error no types


class Bucket {
    _options;
    _popCount;
    _parent;
    _posAtParent;
    _children;
    key;
    constructor(options, parent, posAtParent = 0) {
        this._options = options;
        this._popCount = 0;
        this._parent = parent;
        this._posAtParent = posAtParent;
        this._children = new sparse_array();
        this.key = null;
    }
    async put(key, value) {
        const place = await this._findNewBucketAndPos(key);
        place.bucket._putAt(place, key, value);
    }
    async get(key) {
        const child = await this._findChild(key);
        if (child != null) {
            return child.value;
        }
    }
    async del(key) {
        const place = await this._findPlace(key);
        const child = place.bucket._at(place.pos);
        if (child != null && child.key === key) {
            place.bucket._delAt(place.pos);
        }
    }
    leafCount() {
        const children = this._children.compactArray();
        return children.reduce((acc, child) => {
            if (child instanceof Bucket) {
                return acc + child.leafCount();
            }
            return acc + 1;
        }, 0);
    }
    childrenCount() {
        return this._children.length;
    }
    onlyChild() {
        return this._children.get(0);
    }
    *eachLeafSeries() {
        const children = this._children.compactArray();
        for (const child of children) {
            if (child instanceof Bucket) {
                yield* child.eachLeafSeries();
            }
            else {
                yield child;
            }
        }
    }
    serialize(map, reduce) {
        const acc = [];
        // serialize to a custom non-sparse representation
        return reduce(this._children.reduce((acc, child, index) => {
            if (child != null) {
                if (child instanceof Bucket) {
                    acc.push(child.serialize(map, reduce));
                }
                else {
                    acc.push(map(child, index));
                }
            }
            return acc;
        }, acc));
    }
    async asyncTransform(asyncMap, asyncReduce) {
        return asyncTransformBucket(this, asyncMap, asyncReduce);
    }
    toJSON() {
        return this.serialize(mapNode, reduceNodes);
    }
    prettyPrint() {
        return JSON.stringify(this.toJSON(), null, '  ');
    }
    tableSize() {
        return Math.pow(2, this._options.bits);
    }
    async _findChild(key) {
        const result = await this._findPlace(key);
        const child = result.bucket._at(result.pos);
        if (child instanceof Bucket) {
            // should not be possible, this._findPlace should always
            // return a location for a child, not a bucket
            return undefined;
        }
        if (child != null && child.key === key) {
            return child;
        }
    }
    async _findPlace(key) {
        const hashValue = this._options.hash(typeof key === 'string' ? (0,from_string_node/* fromString */.s)(key) : key);
        const index = await hashValue.take(this._options.bits);
        const child = this._children.get(index);
        if (child instanceof Bucket) {
            return child._findPlace(hashValue);
        }
        return {
            bucket: this,
            pos: index,
            hash: hashValue,
            existingChild: child
        };
    }
    async _findNewBucketAndPos(key) {
        const place = await this._findPlace(key);
        if ((place.existingChild != null) && place.existingChild.key !== key) {
            // conflict
            const bucket = new Bucket(this._options, place.bucket, place.pos);
            place.bucket._putObjectAt(place.pos, bucket);
            // put the previous value
            const newPlace = await bucket._findPlace(place.existingChild.hash);
            newPlace.bucket._putAt(newPlace, place.existingChild.key, place.existingChild.value);
            return bucket._findNewBucketAndPos(place.hash);
        }
        // no conflict, we found the place
        return place;
    }
    _putAt(place, key, value) {
        this._putObjectAt(place.pos, {
            key,
            value,
            hash: place.hash
        });
    }
    _putObjectAt(pos, object) {
        if (this._children.get(pos) == null) {
            this._popCount++;
        }
        this._children.set(pos, object);
    }
    _delAt(pos) {
        if (pos === -1) {
            throw new Error('Invalid position');
        }
        if (this._children.get(pos) != null) {
            this._popCount--;
        }
        this._children.unset(pos);
        this._level();
    }
    _level() {
        if (this._parent != null && this._popCount <= 1) {
            if (this._popCount === 1) {
                // remove myself from parent, replacing me with my only child
                const onlyChild = this._children.find(exists);
                if ((onlyChild != null) && !(onlyChild instanceof Bucket)) {
                    const hash = onlyChild.hash;
                    hash.untake(this._options.bits);
                    const place = {
                        pos: this._posAtParent,
                        hash,
                        bucket: this._parent
                    };
                    this._parent._putAt(place, onlyChild.key, onlyChild.value);
                }
            }
            else {
                this._parent._delAt(this._posAtParent);
            }
        }
    }
    _at(index) {
        return this._children.get(index);
    }
}
function exists(o) {
    return Boolean(o);
}
function mapNode(node, _) {
    return node.key;
}
function reduceNodes(nodes) {
    return nodes;
}
async function asyncTransformBucket(bucket, asyncMap, asyncReduce) {
    const output = [];
    for (const child of bucket._children.compactArray()) {
        if (child instanceof Bucket) {
            await asyncTransformBucket(child, asyncMap, asyncReduce);
        }
        else {
            const mappedChildren = await asyncMap(child);
            output.push({
                bitField: bucket._children.bitField(),
                children: mappedChildren
            });
        }
    }
    return asyncReduce(output);
}
//# sourceMappingURL=bucket.js.map
;// CONCATENATED MODULE: ./node_modules/hamt-sharding/dist/src/consumable-buffer.js
const START_MASKS = [
    0b11111111,
    0b11111110,
    0b11111100,
    0b11111000,
    0b11110000,
    0b11100000,
    0b11000000,
    0b10000000
];
const STOP_MASKS = [
    0b00000001,
    0b00000011,
    0b00000111,
    0b00001111,
    0b00011111,
    0b00111111,
    0b01111111,
    0b11111111
];
class ConsumableBuffer {
    _value;
    _currentBytePos;
    _currentBitPos;
    constructor(value) {
        this._value = value;
        this._currentBytePos = value.length - 1;
        this._currentBitPos = 7;
    }
    availableBits() {
        return this._currentBitPos + 1 + this._currentBytePos * 8;
    }
    totalBits() {
        return this._value.length * 8;
    }
    take(bits) {
        let pendingBits = bits;
        let result = 0;
        while (pendingBits > 0 && this._haveBits()) {
            const byte = this._value[this._currentBytePos];
            const availableBits = this._currentBitPos + 1;
            const taking = Math.min(availableBits, pendingBits);
            const value = byteBitsToInt(byte, availableBits - taking, taking);
            result = (result << taking) + value;
            pendingBits -= taking;
            this._currentBitPos -= taking;
            if (this._currentBitPos < 0) {
                this._currentBitPos = 7;
                this._currentBytePos--;
            }
        }
        return result;
    }
    untake(bits) {
        this._currentBitPos += bits;
        while (this._currentBitPos > 7) {
            this._currentBitPos -= 8;
            this._currentBytePos += 1;
        }
    }
    _haveBits() {
        return this._currentBytePos >= 0;
    }
}
function byteBitsToInt(byte, start, length) {
    const mask = maskFor(start, length);
    return (byte & mask) >>> start;
}
function maskFor(start, length) {
    return START_MASKS[start] & STOP_MASKS[Math.min(length + start - 1, 7)];
}
//# sourceMappingURL=consumable-buffer.js.map
;// CONCATENATED MODULE: ./node_modules/hamt-sharding/dist/src/consumable-hash.js


function wrapHash(hashFn) {
    function hashing(value) {
        if (value instanceof InfiniteHash) {
            // already a hash. return it
            return value;
        }
        else {
            return new InfiniteHash(value, hashFn);
        }
    }
    return hashing;
}
class InfiniteHash {
    _value;
    _hashFn;
    _depth;
    _availableBits;
    _currentBufferIndex;
    _buffers;
    constructor(value, hashFn) {
        if (!(value instanceof Uint8Array)) {
            throw new Error('can only hash Uint8Arrays');
        }
        this._value = value;
        this._hashFn = hashFn;
        this._depth = -1;
        this._availableBits = 0;
        this._currentBufferIndex = 0;
        this._buffers = [];
    }
    async take(bits) {
        let pendingBits = bits;
        while (this._availableBits < pendingBits) {
            await this._produceMoreBits();
        }
        let result = 0;
        while (pendingBits > 0) {
            const hash = this._buffers[this._currentBufferIndex];
            const available = Math.min(hash.availableBits(), pendingBits);
            const took = hash.take(available);
            result = (result << available) + took;
            pendingBits -= available;
            this._availableBits -= available;
            if (hash.availableBits() === 0) {
                this._currentBufferIndex++;
            }
        }
        return result;
    }
    untake(bits) {
        let pendingBits = bits;
        while (pendingBits > 0) {
            const hash = this._buffers[this._currentBufferIndex];
            const availableForUntake = Math.min(hash.totalBits() - hash.availableBits(), pendingBits);
            hash.untake(availableForUntake);
            pendingBits -= availableForUntake;
            this._availableBits += availableForUntake;
            if (this._currentBufferIndex > 0 && hash.totalBits() === hash.availableBits()) {
                this._depth--;
                this._currentBufferIndex--;
            }
        }
    }
    async _produceMoreBits() {
        this._depth++;
        const value = this._depth > 0 ? concat([this._value, Uint8Array.from([this._depth])]) : this._value;
        const hashValue = await this._hashFn(value);
        const buffer = new ConsumableBuffer(hashValue);
        this._buffers.push(buffer);
        this._availableBits += buffer.availableBits();
    }
}
//# sourceMappingURL=consumable-hash.js.map
;// CONCATENATED MODULE: ./node_modules/hamt-sharding/dist/src/index.js
/**
 * @packageDocumentation
 *
 * A [Hash Mapped Trie](https://en.wikipedia.org/wiki/Hash_array_mapped_trie) implementation for JavaScript.
 *
 * This is used by [@helia/unixfs](https://www.npmjs.com/package/@helia/unixfs) for it's HAMT-sharded directory implementation.
 *
 * @example
 *
 * ```TypeScript
 * import { createHAMT } from 'hamt-sharding'
 * import crypto from 'crypto-promise'
 *
 * // decide how to hash buffers made from keys, can return a Promise
 * const hashFn = async (buf) => {
 *   return crypto
 *     .createHash('sha256')
 *     .update(buf)
 *     .digest()
 * }
 *
 * const bucket = createHAMT({
 *   hashFn: hashFn
 * })
 *
 * await bucket.put('key', 'value')
 *
 * const output = await bucket.get('key')
 * // output === 'value'
 * ```
 */


function createHAMT(options) {
    if (options == null || options.hashFn == null) {
        throw new Error('please define an options.hashFn');
    }
    const bucketOptions = {
        bits: options.bits ?? 8,
        hash: wrapHash(options.hashFn)
    };
    return new Bucket(bucketOptions);
}

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/dir-sharded.js








async function hamtHashFn(buf) {
    return (await murmur3128.encode(buf))
        // Murmur3 outputs 128 bit but, accidentally, IPFS Go's
        // implementation only uses the first 64, so we must do the same
        // for parity..
        .slice(0, 8)
        // Invert buffer because that's how Go impl does it
        .reverse();
}
class DirSharded extends Dir {
    bucket;
    constructor(props, options) {
        super(props, options);
        this.bucket = createHAMT({
            hashFn: hamtHashFn,
            bits: options.shardFanoutBits ?? DEFAULT_SHARD_FANOUT_BITS
        });
    }
    async put(name, value) {
        this.cid = undefined;
        this.size = undefined;
        this.nodeSize = undefined;
        await this.bucket.put(name, value);
    }
    async get(name) {
        return this.bucket.get(name);
    }
    childCount() {
        return this.bucket.leafCount();
    }
    directChildrenCount() {
        return this.bucket.childrenCount();
    }
    onlyChild() {
        return this.bucket.onlyChild();
    }
    *eachChildSeries() {
        for (const { key, value } of this.bucket.eachLeafSeries()) {
            yield {
                key,
                child: value
            };
        }
    }
    async estimateNodeSize() {
        if (this.nodeSize !== undefined) {
            return this.nodeSize;
        }
        // use a black hole blockstore to not add garbage blocks when calculating
        // the shard size
        const blockstore = new BlackHoleBlockstore();
        const result = await calculateSize(this.bucket, this, blockstore, this.options);
        this.nodeSize = result.size;
        return this.nodeSize;
    }
    async *flush(blockstore) {
        for await (const entry of flush(this.bucket, blockstore, this, this.options)) {
            yield {
                ...entry,
                path: this.path
            };
        }
    }
}
/* harmony default export */ const dir_sharded = (DirSharded);
async function* flush(bucket, blockstore, shardRoot, options) {
    const children = bucket._children;
    const padLength = (bucket.tableSize() - 1).toString(16).length;
    const links = [];
    let childrenSize = 0n;
    for (let i = 0; i < children.length; i++) {
        const child = children.get(i);
        if (child == null) {
            continue;
        }
        const labelPrefix = i.toString(16).toUpperCase().padStart(padLength, '0');
        if (child instanceof Bucket) {
            let shard;
            for await (const subShard of flush(child, blockstore, null, options)) {
                shard = subShard;
            }
            if (shard == null) {
                throw new Error('Could not flush sharded directory, no sub-shard found');
            }
            links.push({
                Name: labelPrefix,
                Tsize: Number(shard.size),
                Hash: shard.cid
            });
            childrenSize += shard.size;
        }
        else if (isDir(child.value)) {
            const dir = child.value;
            let flushedDir;
            for await (const entry of dir.flush(blockstore)) {
                flushedDir = entry;
                yield flushedDir;
            }
            if (flushedDir == null) {
                throw new Error('Did not flush dir');
            }
            const label = labelPrefix + child.key;
            links.push({
                Name: label,
                Tsize: Number(flushedDir.size),
                Hash: flushedDir.cid
            });
            childrenSize += flushedDir.size;
        }
        else {
            const value = child.value;
            if (value.cid == null) {
                continue;
            }
            const label = labelPrefix + child.key;
            const size = value.size;
            links.push({
                Name: label,
                Tsize: Number(size),
                Hash: value.cid
            });
            childrenSize += BigInt(size ?? 0);
        }
    }
    // go-ipfs uses little endian, that's why we have to
    // reverse the bit field before storing it
    const data = Uint8Array.from(children.bitField().reverse());
    const dir = new dist_src/* UnixFS */.eu({
        type: 'hamt-sharded-directory',
        data,
        fanout: BigInt(bucket.tableSize()),
        hashType: DEFAULT_SHARD_HASH_CODE,
        mtime: shardRoot?.mtime,
        mode: shardRoot?.mode
    });
    const node = {
        Data: dir.marshal(),
        Links: links
    };
    const buffer = (0,dag_pb_src.encode)((0,dag_pb_src.prepare)(node), options);
    const cid = await persist(buffer, blockstore, options);
    const size = BigInt(buffer.byteLength) + childrenSize;
    yield {
        cid,
        unixfs: dir,
        size
    };
}
function isDir(obj) {
    return typeof obj.flush === 'function';
}
async function calculateSize(bucket, shardRoot, blocks, options) {
    const children = bucket._children;
    const padLength = (bucket.tableSize() - 1).toString(16).length;
    const links = [];
    let sizeEstimate = 0;
    for (let i = 0; i < children.length; i++) {
        const child = children.get(i);
        if (child == null) {
            continue;
        }
        const labelPrefix = i.toString(16).toUpperCase().padStart(padLength, '0');
        if (child instanceof Bucket) {
            const { size, cid } = await calculateSize(child, null, blocks, options);
            links.push({
                Name: labelPrefix,
                Tsize: Number(size),
                Hash: cid
            });
            sizeEstimate += labelPrefix.length + cid.byteLength;
        }
        else if (isDir(child.value)) {
            const dir = child.value;
            const size = dir.nodeSize;
            if (dir.cid == null) {
                throw new Error('Child directory has not been persisted');
            }
            links.push({
                Name: labelPrefix + child.key,
                Tsize: Number(size),
                Hash: dir.cid
            });
            sizeEstimate += labelPrefix.length + dir.cid.byteLength;
        }
        else {
            const value = child.value;
            const label = labelPrefix + child.key;
            const size = value.size;
            links.push({
                Name: label,
                Tsize: Number(size),
                Hash: value.cid
            });
            sizeEstimate += labelPrefix.length + value.cid.byteLength;
        }
    }
    // go-ipfs uses little endian, that's why we have to
    // reverse the bit field before storing it
    const data = Uint8Array.from(children.bitField().reverse());
    const dir = new dist_src/* UnixFS */.eu({
        type: 'hamt-sharded-directory',
        data,
        fanout: BigInt(bucket.tableSize()),
        hashType: DEFAULT_SHARD_HASH_CODE,
        mtime: shardRoot?.mtime,
        mode: shardRoot?.mode
    });
    const buffer = (0,dag_pb_src.encode)((0,dag_pb_src.prepare)({
        Data: dir.marshal(),
        Links: links
    }), options);
    const cid = await persist(buffer, blocks, options);
    return {
        cid,
        size: options.shardSplitStrategy === 'links-bytes' ? sizeEstimate : buffer.length
    };
}
//# sourceMappingURL=dir-sharded.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/flat-to-shard.js



async function flatToShard(child, dir) {
    let newDir = dir;
    const shardSplitThresholdBytes = dir.options.shardSplitThresholdBytes ?? DEFAULT_SHARD_SPLIT_THRESHOLD_BYTES;
    if (dir instanceof DirFlat && (await dir.estimateNodeSize()) > shardSplitThresholdBytes) {
        newDir = await convertToShard(dir);
    }
    const parent = newDir.parent;
    if (parent != null) {
        if (newDir !== dir) {
            if (child != null) {
                child.parent = newDir;
            }
            if (newDir.parentKey == null) {
                throw new Error('No parent key found');
            }
            await parent.put(newDir.parentKey, newDir);
        }
        return flatToShard(newDir, parent);
    }
    return newDir;
}
async function convertToShard(oldDir) {
    const newDir = new dir_sharded({
        root: oldDir.root,
        dir: true,
        parent: oldDir.parent,
        parentKey: oldDir.parentKey,
        path: oldDir.path,
        dirty: oldDir.dirty,
        flat: false,
        mtime: oldDir.mtime,
        mode: oldDir.mode
    }, oldDir.options);
    for (const { key, child } of oldDir.eachChildSeries()) {
        await newDir.put(key, child);
    }
    return newDir;
}
//# sourceMappingURL=flat-to-shard.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/utils/to-path-components.js
const toPathComponents = (path = '') => {
    // split on / unless escaped with \
    return path.split(/(?<!\\)\//).filter(Boolean);
};
//# sourceMappingURL=to-path-components.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/tree-builder.js




async function addToTree(elem, tree, options) {
    const pathElems = toPathComponents(elem.path ?? '');
    const lastIndex = pathElems.length - 1;
    let parent = tree;
    let currentPath = '';
    for (let i = 0; i < pathElems.length; i++) {
        const pathElem = pathElems[i];
        currentPath += `${currentPath !== '' ? '/' : ''}${pathElem}`;
        const last = (i === lastIndex);
        parent.dirty = true;
        parent.cid = undefined;
        parent.size = undefined;
        if (last) {
            await parent.put(pathElem, elem);
            tree = await flatToShard(null, parent);
        }
        else {
            let dir = await parent.get(pathElem);
            if ((dir == null) || !(dir instanceof Dir)) {
                dir = new DirFlat({
                    root: false,
                    dir: true,
                    parent,
                    parentKey: pathElem,
                    path: currentPath,
                    dirty: true,
                    flat: true,
                    mtime: dir?.unixfs?.mtime,
                    mode: dir?.unixfs?.mode
                }, options);
            }
            await parent.put(pathElem, dir);
            parent = dir;
        }
    }
    return tree;
}
async function* flushAndYield(tree, blockstore) {
    if (!(tree instanceof Dir)) {
        if (tree.unixfs?.isDirectory() === true) {
            yield tree;
        }
        return;
    }
    yield* tree.flush(blockstore);
}
function defaultTreeBuilder(options) {
    return async function* treeBuilder(source, block) {
        let tree = new DirFlat({
            root: true,
            dir: true,
            path: '',
            dirty: true,
            flat: true
        }, options);
        let rootDir;
        let singleRoot = false;
        for await (const entry of source) {
            if (entry == null) {
                continue;
            }
            // if all paths are from the same root directory, we should
            // wrap them all in that root directory
            const dir = `${entry.originalPath ?? ''}`.split('/')[0];
            if (dir != null && dir !== '') {
                if (rootDir == null) {
                    rootDir = dir;
                    singleRoot = true;
                }
                else if (rootDir !== dir) {
                    singleRoot = false;
                }
            }
            tree = await addToTree(entry, tree, options);
            if (entry.unixfs?.isDirectory() !== true) {
                yield entry;
            }
        }
        if (options.wrapWithDirectory || (singleRoot && tree.childCount() > 1)) {
            yield* flushAndYield(tree, block);
        }
        else {
            for (const unwrapped of tree.eachChildSeries()) {
                if (unwrapped == null) {
                    continue;
                }
                yield* flushAndYield(unwrapped.child, block);
            }
        }
    };
}
//# sourceMappingURL=tree-builder.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs-importer/dist/src/index.js
/**
 * @packageDocumentation
 *
 * @example
 *
 * Let's create a little directory to import:
 *
 * ```console
 * > cd /tmp
 * > mkdir foo
 * > echo 'hello' > foo/bar
 * > echo 'world' > foo/quux
 * ```
 *
 * And write the importing logic:
 *
 * ```TypeScript
 * import { importer } from 'ipfs-unixfs-importer'
 * import { MemoryBlockstore } from 'blockstore-core/memory'
 * import * as fs from 'node:fs'
 *
 * // Where the blocks will be stored
 * const blockstore = new MemoryBlockstore()
 *
 * // Import path /tmp/foo/
 * const source = [{
 *   path: '/tmp/foo/bar',
 *   content: fs.createReadStream('/tmp/foo/bar')
 * }, {
 *   path: '/tmp/foo/quxx',
 *   content: fs.createReadStream('/tmp/foo/quux')
 * }]
 *
 * for await (const entry of importer(source, blockstore)) {
 *   console.info(entry)
 * }
 * ```
 *
 * When run, metadata about DAGNodes in the created tree is printed until the root:
 *
 * ```
 * {
 *   cid: CID, // see https://github.com/multiformats/js-cid
 *   path: 'tmp/foo/bar',
 *   unixfs: UnixFS // see https://github.com/ipfs/js-ipfs-unixfs
 * }
 * {
 *   cid: CID, // see https://github.com/multiformats/js-cid
 *   path: 'tmp/foo/quxx',
 *   unixfs: UnixFS // see https://github.com/ipfs/js-ipfs-unixfs
 * }
 * {
 *   cid: CID, // see https://github.com/multiformats/js-cid
 *   path: 'tmp/foo',
 *   unixfs: UnixFS // see https://github.com/ipfs/js-ipfs-unixfs
 * }
 * {
 *   cid: CID, // see https://github.com/multiformats/js-cid
 *   path: 'tmp',
 *   unixfs: UnixFS // see https://github.com/ipfs/js-ipfs-unixfs
 * }
 * ```
 */











/**
 * The importer creates UnixFS DAGs and stores the blocks that make
 * them up in the passed blockstore.
 *
 * @example
 *
 * ```typescript
 * import { importer } from 'ipfs-unixfs-importer'
 * import { MemoryBlockstore } from 'blockstore-core'
 *
 * // store blocks in memory, other blockstores are available
 * const blockstore = new MemoryBlockstore()
 *
 * const input = [{
 *   path: './foo.txt',
 *   content: Uint8Array.from([0, 1, 2, 3, 4])
 * }, {
 *   path: './bar.txt',
 *   content: Uint8Array.from([0, 1, 2, 3, 4])
 * }]
 *
 * for await (const entry of importer(input, blockstore)) {
 *   console.info(entry)
 *   // { cid: CID(), ... }
 * }
 * ```
 */
async function* importer(source, blockstore, options = {}) {
    let candidates;
    if (Symbol.asyncIterator in source || Symbol.iterator in source) {
        candidates = source;
    }
    else {
        candidates = [source];
    }
    let chunkSize;
    let maxChildrenPerNode;
    if (options.profile === 'unixfs-v0-2015') {
        options.shardSplitStrategy = options.shardSplitStrategy ?? 'links-bytes';
        options.cidVersion = options.cidVersion ?? 0;
        options.rawLeaves = options.rawLeaves ?? false;
        chunkSize = DEFAULT_CHUNK_SIZE_256KIB;
        maxChildrenPerNode = 174;
        options.fieldOrder = 'links-first';
    }
    else if (options.profile === 'unixfs-v1-2025') {
        options.shardSplitStrategy = options.shardSplitStrategy ?? 'block-bytes';
        options.cidVersion = options.cidVersion ?? 1;
        options.rawLeaves = options.rawLeaves ?? true;
        chunkSize = DEFAULT_CHUNK_SIZE_1MIB;
        maxChildrenPerNode = 1_024;
        options.fieldOrder = 'links-first';
    }
    const wrapWithDirectory = options.wrapWithDirectory ?? DEFAULT_WRAP_WITH_DIRECTORY;
    const shardSplitThresholdBytes = options.shardSplitThresholdBytes ?? DEFAULT_SHARD_SPLIT_THRESHOLD_BYTES;
    const shardSplitStrategy = options.shardSplitStrategy ?? DEFAULT_SHARD_SPLIT_STRATEGY;
    const shardFanoutBits = options.shardFanoutBits ?? DEFAULT_SHARD_FANOUT_BITS;
    const cidVersion = options.cidVersion ?? DEFAULT_CID_VERSION;
    const rawLeaves = options.rawLeaves ?? DEFAULT_RAW_LEAVES;
    const leafType = options.leafType ?? DEFAULT_LEAF_TYPE;
    const fileImportConcurrency = options.fileImportConcurrency ?? DEFAULT_FILE_IMPORT_CONCURRENCY;
    const blockWriteConcurrency = options.blockWriteConcurrency ?? DEFAULT_BLOCK_WRITE_CONCURRENCY;
    const reduceSingleLeafToSelf = options.reduceSingleLeafToSelf ?? DEFAULT_REDUCE_SINGLE_LEAF_TO_SELF;
    const fieldOrder = options.fieldOrder ?? DEFAULT_FIELD_ORDER;
    const chunker = options.chunker ?? fixedSize({
        chunkSize
    });
    const chunkValidator = options.chunkValidator ?? defaultChunkValidator();
    const buildDag = options.dagBuilder ?? defaultDagBuilder({
        chunker,
        chunkValidator,
        wrapWithDirectory,
        layout: options.layout ?? (0,balanced/* balanced */.l)({
            maxChildrenPerNode
        }),
        bufferImporter: options.bufferImporter ?? defaultBufferImporter({
            cidVersion,
            rawLeaves,
            leafType,
            onProgress: options.onProgress
        }),
        blockWriteConcurrency,
        reduceSingleLeafToSelf,
        cidVersion,
        onProgress: options.onProgress,
        dirBuilder: options.dirBuilder,
        fileBuilder: options.fileBuilder,
        fieldOrder
    });
    const buildTree = options.treeBuilder ?? defaultTreeBuilder({
        wrapWithDirectory,
        shardSplitThresholdBytes,
        shardSplitStrategy,
        shardFanoutBits,
        cidVersion,
        onProgress: options.onProgress,
        fieldOrder
    });
    for await (const entry of buildTree(parallelBatch(buildDag(candidates, blockstore), fileImportConcurrency), blockstore)) {
        yield {
            cid: entry.cid,
            path: entry.path,
            unixfs: entry.unixfs,
            size: entry.size
        };
    }
}
/**
 * `importFile` is similar to `importer` except it accepts a single
 * `FileCandidate` and returns a promise of a single `ImportResult`
 * instead of a stream of results.
 *
 * @example
 *
 * ```typescript
 * import { importFile } from 'ipfs-unixfs-importer'
 * import { MemoryBlockstore } from 'blockstore-core'
 *
 * // store blocks in memory, other blockstores are available
 * const blockstore = new MemoryBlockstore()
 *
 * const input: FileCandidate = {
 *   path: './foo.txt',
 *   content: Uint8Array.from([0, 1, 2, 3, 4])
 * }
 *
 * const entry = await importFile(input, blockstore)
 * ```
 */
async function importFile(content, blockstore, options = {}) {
    const result = await first(importer([content], blockstore, options));
    if (result == null) {
        throw new InvalidParametersError('Nothing imported');
    }
    return result;
}
/**
 * `importDir` is similar to `importer` except it accepts a single
 * `DirectoryCandidate` and returns a promise of a single `ImportResult`
 * instead of a stream of results.
 *
 * @example
 *
 * ```typescript
 * import { importDirectory } from 'ipfs-unixfs-importer'
 * import { MemoryBlockstore } from 'blockstore-core'
 *
 * // store blocks in memory, other blockstores are available
 * const blockstore = new MemoryBlockstore()
 *
 * const input: DirectoryCandidate = {
 *   path: './foo.txt'
 * }
 *
 * const entry = await importDirectory(input, blockstore)
 * ```
 */
async function importDirectory(content, blockstore, options = {}) {
    const result = await first(importer([content], blockstore, options));
    if (result == null) {
        throw new InvalidParametersError('Nothing imported');
    }
    return result;
}
/**
 * `importBytes` accepts a single Uint8Array and returns a promise
 * of a single `ImportResult`.
 *
 * @example
 *
 * ```typescript
 * import { importBytes } from 'ipfs-unixfs-importer'
 * import { MemoryBlockstore } from 'blockstore-core'
 *
 * // store blocks in memory, other blockstores are available
 * const blockstore = new MemoryBlockstore()
 *
 * const input = Uint8Array.from([0, 1, 2, 3, 4])
 *
 * const entry = await importBytes(input, blockstore)
 * ```
 */
async function importBytes(buf, blockstore, options = {}) {
    return importFile({
        content: buf
    }, blockstore, options);
}
/**
 * `importByteStream` accepts a single stream of Uint8Arrays and
 * returns a promise of a single `ImportResult`.
 *
 * @example
 *
 * ```typescript
 * import { importByteStream } from 'ipfs-unixfs-importer'
 * import { MemoryBlockstore } from 'blockstore-core'
 *
 * // store blocks in memory, other blockstores are available
 * const blockstore = new MemoryBlockstore()
 *
 * const input = [
 *   Uint8Array.from([0, 1, 2, 3, 4]),
 *   Uint8Array.from([5, 6, 7, 8, 9])
 * ]
 *
 * const entry = await importByteStream(input, blockstore)
 * ```
 */
async function importByteStream(bufs, blockstore, options = {}) {
    return importFile({
        content: bufs
    }, blockstore, options);
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ balanced)
/* harmony export */ });
/* harmony import */ var it_batch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7217);

const DEFAULT_MAX_CHILDREN_PER_NODE = 174;
function balanced(options) {
    const maxChildrenPerNode = options?.maxChildrenPerNode ?? DEFAULT_MAX_CHILDREN_PER_NODE;
    return async function balancedLayout(source, reduce) {
        const roots = [];
        for await (const chunked of (0,it_batch__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)(source, maxChildrenPerNode)) {
            roots.push(await reduce(chunked));
        }
        if (roots.length > 1) {
            return balancedLayout(roots, reduce);
        }
        return roots[0];
    };
}
//# sourceMappingURL=balanced.js.map

/***/ }),

/***/ 9497:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eu: () => (/* binding */ UnixFS)
});

// UNUSED EXPORTS: InvalidTypeError, LegacyNode, Link, Metadata, Node, UnixTime

;// CONCATENATED MODULE: ./node_modules/uint8arrays/dist/src/with-array-buffer.js
function isArrayBufferBacked(arr) {
    return arr.buffer instanceof ArrayBuffer;
}
/**
 * If the passed `arr` is of type `Uint8Array<ArrayBuffer>`, it is returned
 * unchanged, otherwise a new `Uint8Array<ArrayBuffer>` is created with the
 * data being a copy of the data in the passed `arr`.
 */
function withArrayBuffer(arr) {
    if (isArrayBufferBacked(arr)) {
        return arr;
    }
    return arr.slice();
}
//# sourceMappingURL=with-array-buffer.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs/dist/src/errors.js
class InvalidTypeError extends Error {
    static name = 'InvalidTypeError';
    static code = 'ERR_INVALID_TYPE';
    name = InvalidTypeError.name;
    code = InvalidTypeError.code;
    constructor(message = 'Invalid type') {
        super(message);
    }
}
//# sourceMappingURL=errors.js.map
// EXTERNAL MODULE: ./node_modules/uint8arrays/dist/src/alloc.node.js
var alloc_node = __webpack_require__(1456);
;// CONCATENATED MODULE: ./node_modules/uint8-varint/dist/src/index.js
/* eslint-disable no-fallthrough */

const N1 = Math.pow(2, 7);
const N2 = Math.pow(2, 14);
const N3 = Math.pow(2, 21);
const N4 = Math.pow(2, 28);
const N5 = Math.pow(2, 35);
const N6 = Math.pow(2, 42);
const N7 = Math.pow(2, 49);
/** Most significant bit of a byte */
const MSB = 0x80;
/** Rest of the bits in a byte */
const REST = 0x7f;
function encodingLength(value) {
    if (value < N1) {
        return 1;
    }
    if (value < N2) {
        return 2;
    }
    if (value < N3) {
        return 3;
    }
    if (value < N4) {
        return 4;
    }
    if (value < N5) {
        return 5;
    }
    if (value < N6) {
        return 6;
    }
    if (value < N7) {
        return 7;
    }
    if (Number.MAX_SAFE_INTEGER != null && value > Number.MAX_SAFE_INTEGER) {
        throw new RangeError('Could not encode varint');
    }
    return 8;
}
function encodeUint8Array(value, buf, offset = 0) {
    switch (encodingLength(value)) {
        case 8: {
            buf[offset++] = (value & 0xFF) | MSB;
            value /= 128;
        }
        case 7: {
            buf[offset++] = (value & 0xFF) | MSB;
            value /= 128;
        }
        case 6: {
            buf[offset++] = (value & 0xFF) | MSB;
            value /= 128;
        }
        case 5: {
            buf[offset++] = (value & 0xFF) | MSB;
            value /= 128;
        }
        case 4: {
            buf[offset++] = (value & 0xFF) | MSB;
            value >>>= 7;
        }
        case 3: {
            buf[offset++] = (value & 0xFF) | MSB;
            value >>>= 7;
        }
        case 2: {
            buf[offset++] = (value & 0xFF) | MSB;
            value >>>= 7;
        }
        case 1: {
            buf[offset++] = (value & 0xFF);
            value >>>= 7;
            break;
        }
        default: throw new Error('unreachable');
    }
    return buf;
}
function encodeUint8ArrayList(value, buf, offset = 0) {
    switch (encodingLength(value)) {
        case 8: {
            buf.set(offset++, (value & 0xFF) | MSB);
            value /= 128;
        }
        case 7: {
            buf.set(offset++, (value & 0xFF) | MSB);
            value /= 128;
        }
        case 6: {
            buf.set(offset++, (value & 0xFF) | MSB);
            value /= 128;
        }
        case 5: {
            buf.set(offset++, (value & 0xFF) | MSB);
            value /= 128;
        }
        case 4: {
            buf.set(offset++, (value & 0xFF) | MSB);
            value >>>= 7;
        }
        case 3: {
            buf.set(offset++, (value & 0xFF) | MSB);
            value >>>= 7;
        }
        case 2: {
            buf.set(offset++, (value & 0xFF) | MSB);
            value >>>= 7;
        }
        case 1: {
            buf.set(offset++, (value & 0xFF));
            value >>>= 7;
            break;
        }
        default: throw new Error('unreachable');
    }
    return buf;
}
function decodeUint8Array(buf, offset) {
    let b = buf[offset];
    let res = 0;
    res += b & REST;
    if (b < MSB) {
        return res;
    }
    b = buf[offset + 1];
    res += (b & REST) << 7;
    if (b < MSB) {
        return res;
    }
    b = buf[offset + 2];
    res += (b & REST) << 14;
    if (b < MSB) {
        return res;
    }
    b = buf[offset + 3];
    res += (b & REST) << 21;
    if (b < MSB) {
        return res;
    }
    b = buf[offset + 4];
    res += (b & REST) * N4;
    if (b < MSB) {
        return res;
    }
    b = buf[offset + 5];
    res += (b & REST) * N5;
    if (b < MSB) {
        return res;
    }
    b = buf[offset + 6];
    res += (b & REST) * N6;
    if (b < MSB) {
        return res;
    }
    b = buf[offset + 7];
    res += (b & REST) * N7;
    if (b < MSB) {
        return res;
    }
    throw new RangeError('Could not decode varint');
}
function decodeUint8ArrayList(buf, offset) {
    let b = buf.get(offset);
    let res = 0;
    res += b & REST;
    if (b < MSB) {
        return res;
    }
    b = buf.get(offset + 1);
    res += (b & REST) << 7;
    if (b < MSB) {
        return res;
    }
    b = buf.get(offset + 2);
    res += (b & REST) << 14;
    if (b < MSB) {
        return res;
    }
    b = buf.get(offset + 3);
    res += (b & REST) << 21;
    if (b < MSB) {
        return res;
    }
    b = buf.get(offset + 4);
    res += (b & REST) * N4;
    if (b < MSB) {
        return res;
    }
    b = buf.get(offset + 5);
    res += (b & REST) * N5;
    if (b < MSB) {
        return res;
    }
    b = buf.get(offset + 6);
    res += (b & REST) * N6;
    if (b < MSB) {
        return res;
    }
    b = buf.get(offset + 7);
    res += (b & REST) * N7;
    if (b < MSB) {
        return res;
    }
    throw new RangeError('Could not decode varint');
}
function encode(value, buf, offset = 0) {
    if (buf == null) {
        buf = allocUnsafe(encodingLength(value));
    }
    if (buf instanceof Uint8Array) {
        return encodeUint8Array(value, buf, offset);
    }
    else {
        return encodeUint8ArrayList(value, buf, offset);
    }
}
function decode(buf, offset = 0) {
    if (buf instanceof Uint8Array) {
        return decodeUint8Array(buf, offset);
    }
    else {
        return decodeUint8ArrayList(buf, offset);
    }
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/protons-runtime/dist/src/utils/float.js
const f32 = new Float32Array([-0]);
const f8b = new Uint8Array(f32.buffer);
/**
 * Writes a 32 bit float to a buffer using little endian byte order
 */
function writeFloatLE(val, buf, pos) {
    f32[0] = val;
    buf[pos] = f8b[0];
    buf[pos + 1] = f8b[1];
    buf[pos + 2] = f8b[2];
    buf[pos + 3] = f8b[3];
}
/**
 * Writes a 32 bit float to a buffer using big endian byte order
 */
function writeFloatBE(val, buf, pos) {
    f32[0] = val;
    buf[pos] = f8b[3];
    buf[pos + 1] = f8b[2];
    buf[pos + 2] = f8b[1];
    buf[pos + 3] = f8b[0];
}
/**
 * Reads a 32 bit float from a buffer using little endian byte order
 */
function readFloatLE(buf, pos) {
    f8b[0] = buf[pos];
    f8b[1] = buf[pos + 1];
    f8b[2] = buf[pos + 2];
    f8b[3] = buf[pos + 3];
    return f32[0];
}
/**
 * Reads a 32 bit float from a buffer using big endian byte order
 */
function readFloatBE(buf, pos) {
    f8b[3] = buf[pos];
    f8b[2] = buf[pos + 1];
    f8b[1] = buf[pos + 2];
    f8b[0] = buf[pos + 3];
    return f32[0];
}
const f64 = new Float64Array([-0]);
const d8b = new Uint8Array(f64.buffer);
/**
 * Writes a 64 bit double to a buffer using little endian byte order
 */
function writeDoubleLE(val, buf, pos) {
    f64[0] = val;
    buf[pos] = d8b[0];
    buf[pos + 1] = d8b[1];
    buf[pos + 2] = d8b[2];
    buf[pos + 3] = d8b[3];
    buf[pos + 4] = d8b[4];
    buf[pos + 5] = d8b[5];
    buf[pos + 6] = d8b[6];
    buf[pos + 7] = d8b[7];
}
/**
 * Writes a 64 bit double to a buffer using big endian byte order
 */
function writeDoubleBE(val, buf, pos) {
    f64[0] = val;
    buf[pos] = d8b[7];
    buf[pos + 1] = d8b[6];
    buf[pos + 2] = d8b[5];
    buf[pos + 3] = d8b[4];
    buf[pos + 4] = d8b[3];
    buf[pos + 5] = d8b[2];
    buf[pos + 6] = d8b[1];
    buf[pos + 7] = d8b[0];
}
/**
 * Reads a 64 bit double from a buffer using little endian byte order
 */
function readDoubleLE(buf, pos) {
    d8b[0] = buf[pos];
    d8b[1] = buf[pos + 1];
    d8b[2] = buf[pos + 2];
    d8b[3] = buf[pos + 3];
    d8b[4] = buf[pos + 4];
    d8b[5] = buf[pos + 5];
    d8b[6] = buf[pos + 6];
    d8b[7] = buf[pos + 7];
    return f64[0];
}
/**
 * Reads a 64 bit double from a buffer using big endian byte order
 */
function readDoubleBE(buf, pos) {
    d8b[7] = buf[pos];
    d8b[6] = buf[pos + 1];
    d8b[5] = buf[pos + 2];
    d8b[4] = buf[pos + 3];
    d8b[3] = buf[pos + 4];
    d8b[2] = buf[pos + 5];
    d8b[1] = buf[pos + 6];
    d8b[0] = buf[pos + 7];
    return f64[0];
}
//# sourceMappingURL=float.js.map
;// CONCATENATED MODULE: ./node_modules/protons-runtime/dist/src/utils/longbits.js
// the largest BigInt we can safely downcast to a Number
const MAX_SAFE_NUMBER_INTEGER = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE_NUMBER_INTEGER = BigInt(Number.MIN_SAFE_INTEGER);
/**
 * Constructs new long bits.
 *
 * @classdesc Helper class for working with the low and high bits of a 64 bit value.
 * @memberof util
 * @function Object() { [native code] }
 * @param {number} lo - Low 32 bits, unsigned
 * @param {number} hi - High 32 bits, unsigned
 */
class LongBits {
    lo;
    hi;
    constructor(lo, hi) {
        // note that the casts below are theoretically unnecessary as of today, but older statically
        // generated converter code might still call the ctor with signed 32bits. kept for compat.
        /**
         * Low bits
         */
        this.lo = lo | 0;
        /**
         * High bits
         */
        this.hi = hi | 0;
    }
    /**
     * Converts this long bits to a possibly unsafe JavaScript number
     */
    toNumber(unsigned = false) {
        if (!unsigned && (this.hi >>> 31) > 0) {
            const lo = ~this.lo + 1 >>> 0;
            let hi = ~this.hi >>> 0;
            if (lo === 0) {
                hi = hi + 1 >>> 0;
            }
            return -(lo + hi * 4294967296);
        }
        return this.lo + this.hi * 4294967296;
    }
    /**
     * Converts this long bits to a bigint
     */
    toBigInt(unsigned = false) {
        if (unsigned) {
            return BigInt(this.lo >>> 0) + (BigInt(this.hi >>> 0) << 32n);
        }
        if ((this.hi >>> 31) !== 0) {
            const lo = ~this.lo + 1 >>> 0;
            let hi = ~this.hi >>> 0;
            if (lo === 0) {
                hi = hi + 1 >>> 0;
            }
            return -(BigInt(lo) + (BigInt(hi) << 32n));
        }
        return BigInt(this.lo >>> 0) + (BigInt(this.hi >>> 0) << 32n);
    }
    /**
     * Converts this long bits to a string
     */
    toString(unsigned = false) {
        return this.toBigInt(unsigned).toString();
    }
    /**
     * Zig-zag encodes this long bits
     */
    zzEncode() {
        const mask = this.hi >> 31;
        this.hi = ((this.hi << 1 | this.lo >>> 31) ^ mask) >>> 0;
        this.lo = (this.lo << 1 ^ mask) >>> 0;
        return this;
    }
    /**
     * Zig-zag decodes this long bits
     */
    zzDecode() {
        const mask = -(this.lo & 1);
        this.lo = ((this.lo >>> 1 | this.hi << 31) ^ mask) >>> 0;
        this.hi = (this.hi >>> 1 ^ mask) >>> 0;
        return this;
    }
    /**
     * Calculates the length of this longbits when encoded as a varint.
     */
    length() {
        const part0 = this.lo;
        const part1 = (this.lo >>> 28 | this.hi << 4) >>> 0;
        const part2 = this.hi >>> 24;
        return part2 === 0
            ? part1 === 0
                ? part0 < 16384
                    ? part0 < 128 ? 1 : 2
                    : part0 < 2097152 ? 3 : 4
                : part1 < 16384
                    ? part1 < 128 ? 5 : 6
                    : part1 < 2097152 ? 7 : 8
            : part2 < 128 ? 9 : 10;
    }
    /**
     * Constructs new long bits from the specified number
     */
    static fromBigInt(value) {
        if (value === 0n) {
            return zero;
        }
        if (value < MAX_SAFE_NUMBER_INTEGER && value > MIN_SAFE_NUMBER_INTEGER) {
            return this.fromNumber(Number(value));
        }
        const negative = value < 0n;
        if (negative) {
            value = -value;
        }
        let hi = value >> 32n;
        let lo = value - (hi << 32n);
        if (negative) {
            hi = ~hi | 0n;
            lo = ~lo | 0n;
            if (++lo > TWO_32) {
                lo = 0n;
                if (++hi > TWO_32) {
                    hi = 0n;
                }
            }
        }
        return new LongBits(Number(lo), Number(hi));
    }
    /**
     * Constructs new long bits from the specified number
     */
    static fromNumber(value) {
        if (value === 0) {
            return zero;
        }
        const sign = value < 0;
        if (sign) {
            value = -value;
        }
        let lo = value >>> 0;
        let hi = (value - lo) / 4294967296 >>> 0;
        if (sign) {
            hi = ~hi >>> 0;
            lo = ~lo >>> 0;
            if (++lo > 4294967295) {
                lo = 0;
                if (++hi > 4294967295) {
                    hi = 0;
                }
            }
        }
        return new LongBits(lo, hi);
    }
    /**
     * Constructs new long bits from a number, long or string
     */
    static from(value) {
        if (typeof value === 'number') {
            return LongBits.fromNumber(value);
        }
        if (typeof value === 'bigint') {
            return LongBits.fromBigInt(value);
        }
        if (typeof value === 'string') {
            return LongBits.fromBigInt(BigInt(value));
        }
        return value.low != null || value.high != null ? new LongBits(value.low >>> 0, value.high >>> 0) : zero;
    }
}
const zero = new LongBits(0, 0);
zero.toBigInt = function () { return 0n; };
zero.zzEncode = zero.zzDecode = function () { return this; };
zero.length = function () { return 1; };
const TWO_32 = 4294967296n;
//# sourceMappingURL=longbits.js.map
;// CONCATENATED MODULE: ./node_modules/protons-runtime/dist/src/utils/utf8.js
/**
 * Calculates the UTF8 byte length of a string
 */
function utf8_length(string) {
    let len = 0;
    let c = 0;
    for (let i = 0; i < string.length; ++i) {
        c = string.charCodeAt(i);
        if (c < 128) {
            len += 1;
        }
        else if (c < 2048) {
            len += 2;
        }
        else if ((c & 0xFC00) === 0xD800 && (string.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
            ++i;
            len += 4;
        }
        else {
            len += 3;
        }
    }
    return len;
}
/**
 * Reads UTF8 bytes as a string
 */
function read(buffer, start, end) {
    const len = end - start;
    if (len < 1) {
        return '';
    }
    let parts;
    const chunk = [];
    let i = 0; // char offset
    let t; // temporary
    while (start < end) {
        t = buffer[start++];
        if (t < 128) {
            chunk[i++] = t;
        }
        else if (t > 191 && t < 224) {
            chunk[i++] = (t & 31) << 6 | buffer[start++] & 63;
        }
        else if (t > 239 && t < 365) {
            t = ((t & 7) << 18 | (buffer[start++] & 63) << 12 | (buffer[start++] & 63) << 6 | buffer[start++] & 63) - 0x10000;
            chunk[i++] = 0xD800 + (t >> 10);
            chunk[i++] = 0xDC00 + (t & 1023);
        }
        else {
            chunk[i++] = (t & 15) << 12 | (buffer[start++] & 63) << 6 | buffer[start++] & 63;
        }
        if (i > 8191) {
            (parts ?? (parts = [])).push(String.fromCharCode.apply(String, chunk));
            i = 0;
        }
    }
    if (parts != null) {
        if (i > 0) {
            parts.push(String.fromCharCode.apply(String, chunk.slice(0, i)));
        }
        return parts.join('');
    }
    return String.fromCharCode.apply(String, chunk.slice(0, i));
}
/**
 * Writes a string as UTF8 bytes
 */
function write(string, buffer, offset) {
    const start = offset;
    let c1; // character 1
    let c2; // character 2
    for (let i = 0; i < string.length; ++i) {
        c1 = string.charCodeAt(i);
        if (c1 < 128) {
            buffer[offset++] = c1;
        }
        else if (c1 < 2048) {
            buffer[offset++] = c1 >> 6 | 192;
            buffer[offset++] = c1 & 63 | 128;
        }
        else if ((c1 & 0xFC00) === 0xD800 && ((c2 = string.charCodeAt(i + 1)) & 0xFC00) === 0xDC00) {
            c1 = 0x10000 + ((c1 & 0x03FF) << 10) + (c2 & 0x03FF);
            ++i;
            buffer[offset++] = c1 >> 18 | 240;
            buffer[offset++] = c1 >> 12 & 63 | 128;
            buffer[offset++] = c1 >> 6 & 63 | 128;
            buffer[offset++] = c1 & 63 | 128;
        }
        else {
            buffer[offset++] = c1 >> 12 | 224;
            buffer[offset++] = c1 >> 6 & 63 | 128;
            buffer[offset++] = c1 & 63 | 128;
        }
    }
    return offset - start;
}
//# sourceMappingURL=utf8.js.map
;// CONCATENATED MODULE: ./node_modules/protons-runtime/dist/src/utils/reader.js





/* istanbul ignore next */
function indexOutOfRange(reader, writeLength) {
    return RangeError(`index out of range: ${reader.pos} + ${writeLength ?? 1} > ${reader.len}`);
}
function readFixed32End(buf, end) {
    return (buf[end - 4] |
        buf[end - 3] << 8 |
        buf[end - 2] << 16 |
        buf[end - 1] << 24) >>> 0;
}
/**
 * Constructs a new reader instance using the specified buffer.
 */
class Uint8ArrayReader {
    buf;
    pos;
    len;
    _slice = Uint8Array.prototype.subarray;
    constructor(buffer) {
        /**
         * Read buffer
         */
        this.buf = withArrayBuffer(buffer);
        /**
         * Read buffer position
         */
        this.pos = 0;
        /**
         * Read buffer length
         */
        this.len = buffer.length;
    }
    /**
     * Reads a varint as an unsigned 32 bit value
     */
    uint32() {
        let value = 4294967295;
        value = (this.buf[this.pos] & 127) >>> 0;
        if (this.buf[this.pos++] < 128) {
            return value;
        }
        value = (value | (this.buf[this.pos] & 127) << 7) >>> 0;
        if (this.buf[this.pos++] < 128) {
            return value;
        }
        value = (value | (this.buf[this.pos] & 127) << 14) >>> 0;
        if (this.buf[this.pos++] < 128) {
            return value;
        }
        value = (value | (this.buf[this.pos] & 127) << 21) >>> 0;
        if (this.buf[this.pos++] < 128) {
            return value;
        }
        value = (value | (this.buf[this.pos] & 15) << 28) >>> 0;
        if (this.buf[this.pos++] < 128) {
            return value;
        }
        if ((this.pos += 5) > this.len) {
            this.pos = this.len;
            throw indexOutOfRange(this, 10);
        }
        return value;
    }
    /**
     * Reads a varint as a signed 32 bit value
     */
    int32() {
        return this.uint32() | 0;
    }
    /**
     * Reads a zig-zag encoded varint as a signed 32 bit value
     */
    sint32() {
        const value = this.uint32();
        return value >>> 1 ^ -(value & 1) | 0;
    }
    /**
     * Reads a varint as a boolean
     */
    bool() {
        return this.uint32() !== 0;
    }
    /**
     * Reads fixed 32 bits as an unsigned 32 bit integer
     */
    fixed32() {
        if (this.pos + 4 > this.len) {
            throw indexOutOfRange(this, 4);
        }
        const res = readFixed32End(this.buf, this.pos += 4);
        return res;
    }
    /**
     * Reads fixed 32 bits as a signed 32 bit integer
     */
    sfixed32() {
        if (this.pos + 4 > this.len) {
            throw indexOutOfRange(this, 4);
        }
        const res = readFixed32End(this.buf, this.pos += 4) | 0;
        return res;
    }
    /**
     * Reads a float (32 bit) as a number
     */
    float() {
        if (this.pos + 4 > this.len) {
            throw indexOutOfRange(this, 4);
        }
        const value = readFloatLE(this.buf, this.pos);
        this.pos += 4;
        return value;
    }
    /**
     * Reads a double (64 bit float) as a number
     */
    double() {
        /* istanbul ignore if */
        if (this.pos + 8 > this.len) {
            throw indexOutOfRange(this, 4);
        }
        const value = readDoubleLE(this.buf, this.pos);
        this.pos += 8;
        return value;
    }
    /**
     * Reads a sequence of bytes preceded by its length as a varint
     */
    bytes() {
        const length = this.uint32();
        const start = this.pos;
        const end = this.pos + length;
        /* istanbul ignore if */
        if (end > this.len) {
            throw indexOutOfRange(this, length);
        }
        this.pos += length;
        return start === end // fix for IE 10/Win8 and others' subarray returning array of size 1
            ? new Uint8Array(0)
            : this.buf.subarray(start, end);
    }
    /**
     * Reads a string preceded by its byte length as a varint
     */
    string() {
        const bytes = this.bytes();
        return read(bytes, 0, bytes.length);
    }
    /**
     * Skips the specified number of bytes if specified, otherwise skips a varint
     */
    skip(length) {
        if (typeof length === 'number') {
            /* istanbul ignore if */
            if (this.pos + length > this.len) {
                throw indexOutOfRange(this, length);
            }
            this.pos += length;
        }
        else {
            do {
                /* istanbul ignore if */
                if (this.pos >= this.len) {
                    throw indexOutOfRange(this);
                }
            } while ((this.buf[this.pos++] & 128) !== 0);
        }
        return this;
    }
    /**
     * Skips the next element of the specified wire type
     */
    skipType(wireType) {
        switch (wireType) {
            case 0:
                this.skip();
                break;
            case 1:
                this.skip(8);
                break;
            case 2:
                this.skip(this.uint32());
                break;
            case 3:
                while ((wireType = this.uint32() & 7) !== 4) {
                    this.skipType(wireType);
                }
                break;
            case 5:
                this.skip(4);
                break;
            /* istanbul ignore next */
            default:
                throw Error(`invalid wire type ${wireType} at offset ${this.pos}`);
        }
        return this;
    }
    readLongVarint() {
        // tends to deopt with local vars for octet etc.
        const bits = new LongBits(0, 0);
        let i = 0;
        if (this.len - this.pos > 4) { // fast route (lo)
            for (; i < 4; ++i) {
                // 1st..4th
                bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
                if (this.buf[this.pos++] < 128) {
                    return bits;
                }
            }
            // 5th
            bits.lo = (bits.lo | (this.buf[this.pos] & 127) << 28) >>> 0;
            bits.hi = (bits.hi | (this.buf[this.pos] & 127) >> 4) >>> 0;
            if (this.buf[this.pos++] < 128) {
                return bits;
            }
            i = 0;
        }
        else {
            for (; i < 3; ++i) {
                /* istanbul ignore if */
                if (this.pos >= this.len) {
                    throw indexOutOfRange(this);
                }
                // 1st..3th
                bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
                if (this.buf[this.pos++] < 128) {
                    return bits;
                }
            }
            // 4th
            bits.lo = (bits.lo | (this.buf[this.pos++] & 127) << i * 7) >>> 0;
            return bits;
        }
        if (this.len - this.pos > 4) { // fast route (hi)
            for (; i < 5; ++i) {
                // 6th..10th
                bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
                if (this.buf[this.pos++] < 128) {
                    return bits;
                }
            }
        }
        else {
            for (; i < 5; ++i) {
                if (this.pos >= this.len) {
                    throw indexOutOfRange(this);
                }
                // 6th..10th
                bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
                if (this.buf[this.pos++] < 128) {
                    return bits;
                }
            }
        }
        throw Error('invalid varint encoding');
    }
    readFixed64() {
        if (this.pos + 8 > this.len) {
            throw indexOutOfRange(this, 8);
        }
        const lo = readFixed32End(this.buf, this.pos += 4);
        const hi = readFixed32End(this.buf, this.pos += 4);
        return new LongBits(lo, hi);
    }
    /**
     * Reads a varint as a signed 64 bit value
     */
    int64() {
        return this.readLongVarint().toBigInt();
    }
    /**
     * Reads a varint as a signed 64 bit value returned as a possibly unsafe
     * JavaScript number
     */
    int64Number() {
        return this.readLongVarint().toNumber();
    }
    /**
     * Reads a varint as a signed 64 bit value returned as a string
     */
    int64String() {
        return this.readLongVarint().toString();
    }
    /**
     * Reads a varint as an unsigned 64 bit value
     */
    uint64() {
        return this.readLongVarint().toBigInt(true);
    }
    /**
     * Reads a varint as an unsigned 64 bit value returned as a possibly unsafe
     * JavaScript number
     */
    uint64Number() {
        const value = decodeUint8Array(this.buf, this.pos);
        this.pos += encodingLength(value);
        return value;
    }
    /**
     * Reads a varint as an unsigned 64 bit value returned as a string
     */
    uint64String() {
        return this.readLongVarint().toString(true);
    }
    /**
     * Reads a zig-zag encoded varint as a signed 64 bit value
     */
    sint64() {
        return this.readLongVarint().zzDecode().toBigInt();
    }
    /**
     * Reads a zig-zag encoded varint as a signed 64 bit value returned as a
     * possibly unsafe JavaScript number
     */
    sint64Number() {
        return this.readLongVarint().zzDecode().toNumber();
    }
    /**
     * Reads a zig-zag encoded varint as a signed 64 bit value returned as a
     * string
     */
    sint64String() {
        return this.readLongVarint().zzDecode().toString();
    }
    /**
     * Reads fixed 64 bits
     */
    fixed64() {
        return this.readFixed64().toBigInt();
    }
    /**
     * Reads fixed 64 bits returned as a possibly unsafe JavaScript number
     */
    fixed64Number() {
        return this.readFixed64().toNumber();
    }
    /**
     * Reads fixed 64 bits returned as a string
     */
    fixed64String() {
        return this.readFixed64().toString();
    }
    /**
     * Reads zig-zag encoded fixed 64 bits
     */
    sfixed64() {
        return this.readFixed64().toBigInt();
    }
    /**
     * Reads zig-zag encoded fixed 64 bits returned as a possibly unsafe
     * JavaScript number
     */
    sfixed64Number() {
        return this.readFixed64().toNumber();
    }
    /**
     * Reads zig-zag encoded fixed 64 bits returned as a string
     */
    sfixed64String() {
        return this.readFixed64().toString();
    }
}
function createReader(buf) {
    return new Uint8ArrayReader(buf instanceof Uint8Array ? buf : buf.subarray());
}
//# sourceMappingURL=reader.js.map
;// CONCATENATED MODULE: ./node_modules/protons-runtime/dist/src/decode.js

function decodeMessage(buf, codec, opts) {
    const reader = createReader(buf);
    return codec.decode(reader, undefined, opts);
}
//# sourceMappingURL=decode.js.map
// EXTERNAL MODULE: ./node_modules/uint8arrays/dist/src/from-string.node.js + 1 modules
var from_string_node = __webpack_require__(6594);
;// CONCATENATED MODULE: ./node_modules/protons-runtime/dist/src/utils/pool.js

/**
 * A general purpose buffer pool
 */
function pool(size) {
    const SIZE = size ?? 8192;
    const MAX = SIZE >>> 1;
    let slab;
    let offset = SIZE;
    return function poolAlloc(size) {
        if (size < 1 || size > MAX) {
            return (0,alloc_node/* allocUnsafe */.K)(size);
        }
        if (offset + size > SIZE) {
            slab = (0,alloc_node/* allocUnsafe */.K)(SIZE);
            offset = 0;
        }
        const buf = slab.subarray(offset, offset += size);
        if ((offset & 7) !== 0) {
            // align to 32 bit
            offset = (offset | 7) + 1;
        }
        return buf;
    };
}
//# sourceMappingURL=pool.js.map
;// CONCATENATED MODULE: ./node_modules/protons-runtime/dist/src/utils/writer.js







/**
 * Constructs a new writer operation instance.
 *
 * @classdesc Scheduled writer operation
 */
class Op {
    /**
     * Function to call
     */
    fn;
    /**
     * Value byte length
     */
    len;
    /**
     * Next operation
     */
    next;
    /**
     * Value to write
     */
    val;
    constructor(fn, len, val) {
        this.fn = fn;
        this.len = len;
        this.next = undefined;
        this.val = val; // type varies
    }
}
/* istanbul ignore next */
function noop() { }
/**
 * Constructs a new writer state instance
 */
class State {
    /**
     * Current head
     */
    head;
    /**
     * Current tail
     */
    tail;
    /**
     * Current buffer length
     */
    len;
    /**
     * Next state
     */
    next;
    constructor(writer) {
        this.head = writer.head;
        this.tail = writer.tail;
        this.len = writer.len;
        this.next = writer.states;
    }
}
const bufferPool = pool();
/**
 * Allocates a buffer of the specified size
 */
function alloc(size) {
    if (globalThis.Buffer != null) {
        return (0,alloc_node/* allocUnsafe */.K)(size);
    }
    return bufferPool(size);
}
/**
 * When a value is written, the writer calculates its byte length and puts it into a linked
 * list of operations to perform when finish() is called. This both allows us to allocate
 * buffers of the exact required size and reduces the amount of work we have to do compared
 * to first calculating over objects and then encoding over objects. In our case, the encoding
 * part is just a linked list walk calling operations with already prepared values.
 */
class Uint8ArrayWriter {
    /**
     * Current length
     */
    len;
    /**
     * Operations head
     */
    head;
    /**
     * Operations tail
     */
    tail;
    /**
     * Linked forked states
     */
    states;
    constructor() {
        this.len = 0;
        this.head = new Op(noop, 0, 0);
        this.tail = this.head;
        this.states = null;
    }
    /**
     * Pushes a new operation to the queue
     */
    _push(fn, len, val) {
        this.tail = this.tail.next = new Op(fn, len, val);
        this.len += len;
        return this;
    }
    /**
     * Writes an unsigned 32 bit value as a varint
     */
    uint32(value) {
        // here, the call to this.push has been inlined and a varint specific Op subclass is used.
        // uint32 is by far the most frequently used operation and benefits significantly from this.
        this.len += (this.tail = this.tail.next = new VarintOp((value = value >>> 0) <
            128
            ? 1
            : value < 16384
                ? 2
                : value < 2097152
                    ? 3
                    : value < 268435456
                        ? 4
                        : 5, value)).len;
        return this;
    }
    /**
     * Writes a signed 32 bit value as a varint`
     */
    int32(value) {
        return value < 0
            ? this._push(writeVarint64, 10, LongBits.fromNumber(value)) // 10 bytes per spec
            : this.uint32(value);
    }
    /**
     * Writes a 32 bit value as a varint, zig-zag encoded
     */
    sint32(value) {
        return this.uint32((value << 1 ^ value >> 31) >>> 0);
    }
    /**
     * Writes an unsigned 64 bit value as a varint
     */
    uint64(value) {
        const bits = LongBits.fromBigInt(value);
        return this._push(writeVarint64, bits.length(), bits);
    }
    /**
     * Writes an unsigned 64 bit value as a varint
     */
    uint64Number(value) {
        return this._push(encodeUint8Array, encodingLength(value), value);
    }
    /**
     * Writes an unsigned 64 bit value as a varint
     */
    uint64String(value) {
        return this.uint64(BigInt(value));
    }
    /**
     * Writes a signed 64 bit value as a varint
     */
    int64(value) {
        return this.uint64(value);
    }
    /**
     * Writes a signed 64 bit value as a varint
     */
    int64Number(value) {
        return this.uint64Number(value);
    }
    /**
     * Writes a signed 64 bit value as a varint
     */
    int64String(value) {
        return this.uint64String(value);
    }
    /**
     * Writes a signed 64 bit value as a varint, zig-zag encoded
     */
    sint64(value) {
        const bits = LongBits.fromBigInt(value).zzEncode();
        return this._push(writeVarint64, bits.length(), bits);
    }
    /**
     * Writes a signed 64 bit value as a varint, zig-zag encoded
     */
    sint64Number(value) {
        const bits = LongBits.fromNumber(value).zzEncode();
        return this._push(writeVarint64, bits.length(), bits);
    }
    /**
     * Writes a signed 64 bit value as a varint, zig-zag encoded
     */
    sint64String(value) {
        return this.sint64(BigInt(value));
    }
    /**
     * Writes a boolish value as a varint
     */
    bool(value) {
        return this._push(writeByte, 1, value ? 1 : 0);
    }
    /**
     * Writes an unsigned 32 bit value as fixed 32 bits
     */
    fixed32(value) {
        return this._push(writeFixed32, 4, value >>> 0);
    }
    /**
     * Writes a signed 32 bit value as fixed 32 bits
     */
    sfixed32(value) {
        return this.fixed32(value);
    }
    /**
     * Writes an unsigned 64 bit value as fixed 64 bits
     */
    fixed64(value) {
        const bits = LongBits.fromBigInt(value);
        return this._push(writeFixed32, 4, bits.lo)._push(writeFixed32, 4, bits.hi);
    }
    /**
     * Writes an unsigned 64 bit value as fixed 64 bits
     */
    fixed64Number(value) {
        const bits = LongBits.fromNumber(value);
        return this._push(writeFixed32, 4, bits.lo)._push(writeFixed32, 4, bits.hi);
    }
    /**
     * Writes an unsigned 64 bit value as fixed 64 bits
     */
    fixed64String(value) {
        return this.fixed64(BigInt(value));
    }
    /**
     * Writes a signed 64 bit value as fixed 64 bits
     */
    sfixed64(value) {
        return this.fixed64(value);
    }
    /**
     * Writes a signed 64 bit value as fixed 64 bits
     */
    sfixed64Number(value) {
        return this.fixed64Number(value);
    }
    /**
     * Writes a signed 64 bit value as fixed 64 bits
     */
    sfixed64String(value) {
        return this.fixed64String(value);
    }
    /**
     * Writes a float (32 bit)
     */
    float(value) {
        return this._push(writeFloatLE, 4, value);
    }
    /**
     * Writes a double (64 bit float).
     *
     * @function
     * @param {number} value - Value to write
     * @returns {Writer} `this`
     */
    double(value) {
        return this._push(writeDoubleLE, 8, value);
    }
    /**
     * Writes a sequence of bytes
     */
    bytes(value) {
        const len = value.length >>> 0;
        if (len === 0) {
            return this._push(writeByte, 1, 0);
        }
        return this.uint32(len)._push(writeBytes, len, value);
    }
    /**
     * Writes a string
     */
    string(value) {
        const len = utf8_length(value);
        return len !== 0
            ? this.uint32(len)._push(write, len, value)
            : this._push(writeByte, 1, 0);
    }
    /**
     * Forks this writer's state by pushing it to a stack.
     * Calling {@link Writer#reset|reset} or {@link Writer#ldelim|ldelim} resets the writer to the previous state.
     */
    fork() {
        this.states = new State(this);
        this.head = this.tail = new Op(noop, 0, 0);
        this.len = 0;
        return this;
    }
    /**
     * Resets this instance to the last state
     */
    reset() {
        if (this.states != null) {
            this.head = this.states.head;
            this.tail = this.states.tail;
            this.len = this.states.len;
            this.states = this.states.next;
        }
        else {
            this.head = this.tail = new Op(noop, 0, 0);
            this.len = 0;
        }
        return this;
    }
    /**
     * Resets to the last state and appends the fork state's current write length as a varint followed by its operations.
     */
    ldelim() {
        const head = this.head;
        const tail = this.tail;
        const len = this.len;
        this.reset().uint32(len);
        if (len !== 0) {
            this.tail.next = head.next; // skip noop
            this.tail = tail;
            this.len += len;
        }
        return this;
    }
    /**
     * Finishes the write operation
     */
    finish() {
        let head = this.head.next; // skip noop
        const buf = alloc(this.len);
        let pos = 0;
        while (head != null) {
            head.fn(head.val, buf, pos);
            pos += head.len;
            head = head.next;
        }
        // this.head = this.tail = null;
        return buf;
    }
}
function writeByte(val, buf, pos) {
    buf[pos] = val & 255;
}
function writeVarint32(val, buf, pos) {
    while (val > 127) {
        buf[pos++] = val & 127 | 128;
        val >>>= 7;
    }
    buf[pos] = val;
}
/**
 * Constructs a new varint writer operation instance.
 *
 * @classdesc Scheduled varint writer operation
 */
class VarintOp extends Op {
    next;
    constructor(len, val) {
        super(writeVarint32, len, val);
        this.next = undefined;
    }
}
function writeVarint64(val, buf, pos) {
    while (val.hi !== 0) {
        buf[pos++] = val.lo & 127 | 128;
        val.lo = (val.lo >>> 7 | val.hi << 25) >>> 0;
        val.hi >>>= 7;
    }
    while (val.lo > 127) {
        buf[pos++] = val.lo & 127 | 128;
        val.lo = val.lo >>> 7;
    }
    buf[pos++] = val.lo;
}
function writeFixed32(val, buf, pos) {
    buf[pos] = val & 255;
    buf[pos + 1] = val >>> 8 & 255;
    buf[pos + 2] = val >>> 16 & 255;
    buf[pos + 3] = val >>> 24;
}
function writeBytes(val, buf, pos) {
    buf.set(val, pos);
}
if (globalThis.Buffer != null) {
    Uint8ArrayWriter.prototype.bytes = function (value) {
        const len = value.length >>> 0;
        this.uint32(len);
        if (len > 0) {
            this._push(writeBytesBuffer, len, value);
        }
        return this;
    };
    Uint8ArrayWriter.prototype.string = function (value) {
        const len = globalThis.Buffer.byteLength(value);
        this.uint32(len);
        if (len > 0) {
            this._push(writeStringBuffer, len, value);
        }
        return this;
    };
}
function writeBytesBuffer(val, buf, pos) {
    buf.set(val, pos); // faster than copy (requires node >= 4 where Buffers extend Uint8Array and set is properly inherited)
    // also works for plain array values
}
function writeStringBuffer(val, buf, pos) {
    if (val.length < 40) {
        // plain js is faster for short strings (probably due to redundant assertions)
        write(val, buf, pos);
        // @ts-expect-error buf isn't a Uint8Array?
    }
    else if (buf.utf8Write != null) {
        // @ts-expect-error buf isn't a Uint8Array?
        buf.utf8Write(val, pos);
    }
    else {
        buf.set((0,from_string_node/* fromString */.s)(val), pos);
    }
}
/**
 * Creates a new writer
 */
function createWriter() {
    return new Uint8ArrayWriter();
}
//# sourceMappingURL=writer.js.map
;// CONCATENATED MODULE: ./node_modules/protons-runtime/dist/src/encode.js

function encodeMessage(message, codec) {
    const w = createWriter();
    codec.encode(message, w, {
        lengthDelimited: false
    });
    return w.finish();
}
//# sourceMappingURL=encode.js.map
;// CONCATENATED MODULE: ./node_modules/protons-runtime/dist/src/stream.js

function* streamMessage(buf, codec, opts) {
    const reader = createReader(buf);
    yield* codec.stream(reader, undefined, '.', opts);
}
//# sourceMappingURL=stream.js.map
;// CONCATENATED MODULE: ./node_modules/protons-runtime/dist/src/codec.js
// https://developers.google.com/protocol-buffers/docs/encoding#structure
const CODEC_TYPES = {
    VARINT: 0,
    BIT64: 1,
    LENGTH_DELIMITED: 2,
    START_GROUP: 3,
    END_GROUP: 4,
    BIT32: 5
};
function createCodec(name, type, encode, decode, stream) {
    return {
        name,
        type,
        encode,
        decode,
        stream
    };
}
//# sourceMappingURL=codec.js.map
;// CONCATENATED MODULE: ./node_modules/protons-runtime/dist/src/codecs/enum.js

function enumeration(v) {
    function findValue(val) {
        // Use the reverse mapping to look up the enum key for the stored value
        // https://www.typescriptlang.org/docs/handbook/enums.html#reverse-mappings
        if (v[val.toString()] == null) {
            throw new Error('Invalid enum value');
        }
        return v[val];
    }
    const encode = function enumEncode(val, writer) {
        const enumValue = findValue(val);
        writer.int32(enumValue);
    };
    const decode = function enumDecode(reader) {
        const val = reader.int32();
        return findValue(val);
    };
    const stream = function* enumStream(reader, prefix) {
        // enums are simple values that are decoded inline so this is a no-op
    };
    return createCodec('enum', CODEC_TYPES.VARINT, encode, decode, stream);
}
//# sourceMappingURL=enum.js.map
;// CONCATENATED MODULE: ./node_modules/protons-runtime/dist/src/codecs/message.js

function message(encode, decode, stream) {
    return createCodec('message', CODEC_TYPES.LENGTH_DELIMITED, encode, decode, stream);
}
//# sourceMappingURL=message.js.map
;// CONCATENATED MODULE: ./node_modules/protons-runtime/dist/src/index.js
/**
 * @packageDocumentation
 *
 * This module contains serialization/deserialization code used when encoding/decoding protobufs.
 *
 * It should be declared as a dependency of your project:
 *
 * ```console
 * npm i protons-runtime
 * ```
 */







/**
 * This will be removed in a future release
 *
 * @deprecated
 */
class CodeError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
/**
 * Thrown when a repeated field has too many elements
 */
class MaxLengthError extends Error {
    /**
     * This will be removed in a future release
     *
     * @deprecated use the `.name` property instead
     */
    code = 'ERR_MAX_LENGTH';
    name = 'MaxLengthError';
}
/**
 * Thrown when a map has too many elements
 */
class MaxSizeError extends (/* unused pure expression or super */ null && (Error)) {
    /**
     * This will be removed in a future release
     *
     * @deprecated use the `.name` property instead
     */
    code = 'ERR_MAX_SIZE';
    name = 'MaxSizeError';
}
class ParseError extends (/* unused pure expression or super */ null && (Error)) {
    /**
     * This will be removed in a future release
     *
     * @deprecated use the `.name` property instead
     */
    code = 'ERR_PARSE_ERROR';
    name = 'ParseError';
}
class NoMessagesFoundError extends (/* unused pure expression or super */ null && (Error)) {
    /**
     * This will be removed in a future release
     *
     * @deprecated use the `.name` property instead
     */
    code = 'ERR_NO_MESSAGES_FOUND';
    name = 'NoMessagesFoundError';
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs/dist/src/unixfs.js

var unixfs_UnixFS;
(function (UnixFS) {
    let Type;
    (function (Type) {
        Type["RAW"] = "RAW";
        Type["DIRECTORY"] = "DIRECTORY";
        Type["FILE"] = "FILE";
        Type["METADATA"] = "METADATA";
        Type["SYMLINK"] = "SYMLINK";
        Type["HAMT_SHARD"] = "HAMT_SHARD";
    })(Type = UnixFS.Type || (UnixFS.Type = {}));
    let __TypeValues;
    (function (__TypeValues) {
        __TypeValues[__TypeValues["RAW"] = 0] = "RAW";
        __TypeValues[__TypeValues["DIRECTORY"] = 1] = "DIRECTORY";
        __TypeValues[__TypeValues["FILE"] = 2] = "FILE";
        __TypeValues[__TypeValues["METADATA"] = 3] = "METADATA";
        __TypeValues[__TypeValues["SYMLINK"] = 4] = "SYMLINK";
        __TypeValues[__TypeValues["HAMT_SHARD"] = 5] = "HAMT_SHARD";
    })(__TypeValues || (__TypeValues = {}));
    (function (Type) {
        Type.codec = () => {
            return enumeration(__TypeValues);
        };
    })(Type = UnixFS.Type || (UnixFS.Type = {}));
    let _codec;
    UnixFS.codec = () => {
        if (_codec == null) {
            _codec = message((obj, w, opts = {}) => {
                if (opts.lengthDelimited !== false) {
                    w.fork();
                }
                if (obj.type != null) {
                    w.uint32(8);
                    UnixFS.Type.codec().encode(obj.type, w);
                }
                if (obj.data != null) {
                    w.uint32(18);
                    w.bytes(obj.data);
                }
                if (obj.fileSize != null) {
                    w.uint32(24);
                    w.uint64(obj.fileSize);
                }
                if (obj.blockSizes != null && obj.blockSizes.length > 0) {
                    for (const value of obj.blockSizes) {
                        w.uint32(32);
                        w.uint64(value);
                    }
                }
                if (obj.hashType != null) {
                    w.uint32(40);
                    w.uint64(obj.hashType);
                }
                if (obj.fanOut != null) {
                    w.uint32(48);
                    w.uint64(obj.fanOut);
                }
                if (obj.mode != null) {
                    w.uint32(56);
                    w.uint32(obj.mode);
                }
                if (obj.mtime != null) {
                    w.uint32(66);
                    UnixTime.codec().encode(obj.mtime, w);
                }
                if (opts.lengthDelimited !== false) {
                    w.ldelim();
                }
            }, (reader, length, opts = {}) => {
                const obj = {
                    blockSizes: []
                };
                const end = length == null ? reader.len : reader.pos + length;
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            obj.type = UnixFS.Type.codec().decode(reader);
                            break;
                        }
                        case 2: {
                            obj.data = reader.bytes();
                            break;
                        }
                        case 3: {
                            obj.fileSize = reader.uint64();
                            break;
                        }
                        case 4: {
                            if (opts.limits?.blockSizes != null && obj.blockSizes.length === opts.limits.blockSizes) {
                                throw new MaxLengthError('Decode error - repeated field "blockSizes" had too many elements');
                            }
                            obj.blockSizes.push(reader.uint64());
                            break;
                        }
                        case 5: {
                            obj.hashType = reader.uint64();
                            break;
                        }
                        case 6: {
                            obj.fanOut = reader.uint64();
                            break;
                        }
                        case 7: {
                            obj.mode = reader.uint32();
                            break;
                        }
                        case 8: {
                            obj.mtime = UnixTime.codec().decode(reader, reader.uint32(), {
                                limits: opts.limits?.mtime
                            });
                            break;
                        }
                        default: {
                            reader.skipType(tag & 7);
                            break;
                        }
                    }
                }
                return obj;
            }, function* (reader, length, prefix, opts = {}) {
                const obj = {
                    blockSizes: 0
                };
                const end = length == null ? reader.len : reader.pos + length;
                if (prefix !== '.') {
                    yield {
                        field: prefix.endsWith('.') ? prefix.substring(0, prefix.length - 1) : prefix,
                        type: 'start',
                        message: 'UnixFS'
                    };
                }
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            yield {
                                field: `${prefix}type`,
                                value: UnixFS.Type.codec().decode(reader)
                            };
                            break;
                        }
                        case 2: {
                            yield {
                                field: `${prefix}data`,
                                value: reader.bytes()
                            };
                            break;
                        }
                        case 3: {
                            yield {
                                field: `${prefix}fileSize`,
                                value: reader.uint64()
                            };
                            break;
                        }
                        case 4: {
                            if (opts.limits?.blockSizes != null && obj.blockSizes === opts.limits.blockSizes) {
                                throw new MaxLengthError('Streaming decode error - repeated field "blockSizes" had too many elements');
                            }
                            yield {
                                field: `${prefix}blockSizes[]`,
                                index: obj.blockSizes,
                                value: reader.uint64()
                            };
                            obj.blockSizes++;
                            break;
                        }
                        case 5: {
                            yield {
                                field: `${prefix}hashType`,
                                value: reader.uint64()
                            };
                            break;
                        }
                        case 6: {
                            yield {
                                field: `${prefix}fanOut`,
                                value: reader.uint64()
                            };
                            break;
                        }
                        case 7: {
                            yield {
                                field: `${prefix}mode`,
                                value: reader.uint32()
                            };
                            break;
                        }
                        case 8: {
                            yield* UnixTime.codec().stream(reader, reader.uint32(), `${prefix}mtime.`, {
                                limits: opts.limits?.mtime
                            });
                            break;
                        }
                        default: {
                            reader.skipType(tag & 7);
                            break;
                        }
                    }
                }
                if (prefix !== '.') {
                    yield {
                        field: prefix.endsWith('.') ? prefix.substring(0, prefix.length - 1) : prefix,
                        type: 'end',
                        message: 'UnixFS'
                    };
                }
            });
        }
        return _codec;
    };
    function encode(obj) {
        return encodeMessage(obj, UnixFS.codec());
    }
    UnixFS.encode = encode;
    function decode(buf, opts) {
        return decodeMessage(buf, UnixFS.codec(), opts);
    }
    UnixFS.decode = decode;
    function stream(buf, opts) {
        return streamMessage(buf, UnixFS.codec(), opts);
    }
    UnixFS.stream = stream;
})(unixfs_UnixFS || (unixfs_UnixFS = {}));
var UnixTime;
(function (UnixTime) {
    let _codec;
    UnixTime.codec = () => {
        if (_codec == null) {
            _codec = message((obj, w, opts = {}) => {
                if (opts.lengthDelimited !== false) {
                    w.fork();
                }
                if (obj.seconds != null) {
                    w.uint32(8);
                    w.int64(obj.seconds);
                }
                if (obj.fractionalNanoseconds != null) {
                    w.uint32(21);
                    w.fixed32(obj.fractionalNanoseconds);
                }
                if (opts.lengthDelimited !== false) {
                    w.ldelim();
                }
            }, (reader, length, opts = {}) => {
                const obj = {};
                const end = length == null ? reader.len : reader.pos + length;
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            obj.seconds = reader.int64();
                            break;
                        }
                        case 2: {
                            obj.fractionalNanoseconds = reader.fixed32();
                            break;
                        }
                        default: {
                            reader.skipType(tag & 7);
                            break;
                        }
                    }
                }
                return obj;
            }, function* (reader, length, prefix, opts = {}) {
                const end = length == null ? reader.len : reader.pos + length;
                if (prefix !== '.') {
                    yield {
                        field: prefix.endsWith('.') ? prefix.substring(0, prefix.length - 1) : prefix,
                        type: 'start',
                        message: 'UnixTime'
                    };
                }
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            yield {
                                field: `${prefix}seconds`,
                                value: reader.int64()
                            };
                            break;
                        }
                        case 2: {
                            yield {
                                field: `${prefix}fractionalNanoseconds`,
                                value: reader.fixed32()
                            };
                            break;
                        }
                        default: {
                            reader.skipType(tag & 7);
                            break;
                        }
                    }
                }
                if (prefix !== '.') {
                    yield {
                        field: prefix.endsWith('.') ? prefix.substring(0, prefix.length - 1) : prefix,
                        type: 'end',
                        message: 'UnixTime'
                    };
                }
            });
        }
        return _codec;
    };
    function encode(obj) {
        return encodeMessage(obj, UnixTime.codec());
    }
    UnixTime.encode = encode;
    function decode(buf, opts) {
        return decodeMessage(buf, UnixTime.codec(), opts);
    }
    UnixTime.decode = decode;
    function stream(buf, opts) {
        return streamMessage(buf, UnixTime.codec(), opts);
    }
    UnixTime.stream = stream;
})(UnixTime || (UnixTime = {}));
var Metadata;
(function (Metadata) {
    let _codec;
    Metadata.codec = () => {
        if (_codec == null) {
            _codec = message((obj, w, opts = {}) => {
                if (opts.lengthDelimited !== false) {
                    w.fork();
                }
                if (obj.mimeType != null) {
                    w.uint32(10);
                    w.string(obj.mimeType);
                }
                if (opts.lengthDelimited !== false) {
                    w.ldelim();
                }
            }, (reader, length, opts = {}) => {
                const obj = {};
                const end = length == null ? reader.len : reader.pos + length;
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            obj.mimeType = reader.string();
                            break;
                        }
                        default: {
                            reader.skipType(tag & 7);
                            break;
                        }
                    }
                }
                return obj;
            }, function* (reader, length, prefix, opts = {}) {
                const end = length == null ? reader.len : reader.pos + length;
                if (prefix !== '.') {
                    yield {
                        field: prefix.endsWith('.') ? prefix.substring(0, prefix.length - 1) : prefix,
                        type: 'start',
                        message: 'Metadata'
                    };
                }
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            yield {
                                field: `${prefix}mimeType`,
                                value: reader.string()
                            };
                            break;
                        }
                        default: {
                            reader.skipType(tag & 7);
                            break;
                        }
                    }
                }
                if (prefix !== '.') {
                    yield {
                        field: prefix.endsWith('.') ? prefix.substring(0, prefix.length - 1) : prefix,
                        type: 'end',
                        message: 'Metadata'
                    };
                }
            });
        }
        return _codec;
    };
    function encode(obj) {
        return encodeMessage(obj, Metadata.codec());
    }
    Metadata.encode = encode;
    function decode(buf, opts) {
        return decodeMessage(buf, Metadata.codec(), opts);
    }
    Metadata.decode = decode;
    function stream(buf, opts) {
        return streamMessage(buf, Metadata.codec(), opts);
    }
    Metadata.stream = stream;
})(Metadata || (Metadata = {}));
var Link;
(function (Link) {
    let _codec;
    Link.codec = () => {
        if (_codec == null) {
            _codec = message((obj, w, opts = {}) => {
                if (opts.lengthDelimited !== false) {
                    w.fork();
                }
                if (obj.hash != null) {
                    w.uint32(10);
                    w.bytes(obj.hash);
                }
                if (obj.name != null) {
                    w.uint32(18);
                    w.string(obj.name);
                }
                if (obj.tSize != null) {
                    w.uint32(24);
                    w.uint64(obj.tSize);
                }
                if (opts.lengthDelimited !== false) {
                    w.ldelim();
                }
            }, (reader, length, opts = {}) => {
                const obj = {};
                const end = length == null ? reader.len : reader.pos + length;
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            obj.hash = reader.bytes();
                            break;
                        }
                        case 2: {
                            obj.name = reader.string();
                            break;
                        }
                        case 3: {
                            obj.tSize = reader.uint64();
                            break;
                        }
                        default: {
                            reader.skipType(tag & 7);
                            break;
                        }
                    }
                }
                return obj;
            }, function* (reader, length, prefix, opts = {}) {
                const end = length == null ? reader.len : reader.pos + length;
                if (prefix !== '.') {
                    yield {
                        field: prefix.endsWith('.') ? prefix.substring(0, prefix.length - 1) : prefix,
                        type: 'start',
                        message: 'Link'
                    };
                }
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            yield {
                                field: `${prefix}hash`,
                                value: reader.bytes()
                            };
                            break;
                        }
                        case 2: {
                            yield {
                                field: `${prefix}name`,
                                value: reader.string()
                            };
                            break;
                        }
                        case 3: {
                            yield {
                                field: `${prefix}tSize`,
                                value: reader.uint64()
                            };
                            break;
                        }
                        default: {
                            reader.skipType(tag & 7);
                            break;
                        }
                    }
                }
                if (prefix !== '.') {
                    yield {
                        field: prefix.endsWith('.') ? prefix.substring(0, prefix.length - 1) : prefix,
                        type: 'end',
                        message: 'Link'
                    };
                }
            });
        }
        return _codec;
    };
    function encode(obj) {
        return encodeMessage(obj, Link.codec());
    }
    Link.encode = encode;
    function decode(buf, opts) {
        return decodeMessage(buf, Link.codec(), opts);
    }
    Link.decode = decode;
    function stream(buf, opts) {
        return streamMessage(buf, Link.codec(), opts);
    }
    Link.stream = stream;
})(Link || (Link = {}));
var Node;
(function (Node) {
    let _codec;
    Node.codec = () => {
        if (_codec == null) {
            _codec = message((obj, w, opts = {}) => {
                if (opts.lengthDelimited !== false) {
                    w.fork();
                }
                if (obj.data != null) {
                    w.uint32(10);
                    unixfs_UnixFS.codec().encode(obj.data, w);
                }
                if (obj.links != null && obj.links.length > 0) {
                    for (const value of obj.links) {
                        w.uint32(18);
                        Link.codec().encode(value, w);
                    }
                }
                if (opts.lengthDelimited !== false) {
                    w.ldelim();
                }
            }, (reader, length, opts = {}) => {
                const obj = {
                    links: []
                };
                const end = length == null ? reader.len : reader.pos + length;
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            obj.data = unixfs_UnixFS.codec().decode(reader, reader.uint32(), {
                                limits: opts.limits?.data
                            });
                            break;
                        }
                        case 2: {
                            if (opts.limits?.links != null && obj.links.length === opts.limits.links) {
                                throw new MaxLengthError('Decode error - repeated field "links" had too many elements');
                            }
                            obj.links.push(Link.codec().decode(reader, reader.uint32(), {
                                limits: opts.limits?.links$
                            }));
                            break;
                        }
                        default: {
                            reader.skipType(tag & 7);
                            break;
                        }
                    }
                }
                return obj;
            }, function* (reader, length, prefix, opts = {}) {
                const obj = {
                    links: 0
                };
                const end = length == null ? reader.len : reader.pos + length;
                if (prefix !== '.') {
                    yield {
                        field: prefix.endsWith('.') ? prefix.substring(0, prefix.length - 1) : prefix,
                        type: 'start',
                        message: 'Node'
                    };
                }
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            yield* unixfs_UnixFS.codec().stream(reader, reader.uint32(), `${prefix}data.`, {
                                limits: opts.limits?.data
                            });
                            break;
                        }
                        case 2: {
                            if (opts.limits?.links != null && obj.links === opts.limits.links) {
                                throw new MaxLengthError('Streaming decode error - repeated field "links" had too many elements');
                            }
                            for (const evt of Link.codec().stream(reader, reader.uint32(), `${prefix}links[].`, {
                                limits: opts.limits?.links$
                            })) {
                                yield {
                                    ...evt,
                                    index: obj.links
                                };
                            }
                            obj.links++;
                            break;
                        }
                        default: {
                            reader.skipType(tag & 7);
                            break;
                        }
                    }
                }
                if (prefix !== '.') {
                    yield {
                        field: prefix.endsWith('.') ? prefix.substring(0, prefix.length - 1) : prefix,
                        type: 'end',
                        message: 'Node'
                    };
                }
            });
        }
        return _codec;
    };
    function encode(obj) {
        return encodeMessage(obj, Node.codec());
    }
    Node.encode = encode;
    function decode(buf, opts) {
        return decodeMessage(buf, Node.codec(), opts);
    }
    Node.decode = decode;
    function stream(buf, opts) {
        return streamMessage(buf, Node.codec(), opts);
    }
    Node.stream = stream;
})(Node || (Node = {}));
var LegacyNode;
(function (LegacyNode) {
    let _codec;
    LegacyNode.codec = () => {
        if (_codec == null) {
            _codec = message((obj, w, opts = {}) => {
                if (opts.lengthDelimited !== false) {
                    w.fork();
                }
                if (obj.links != null && obj.links.length > 0) {
                    for (const value of obj.links) {
                        w.uint32(18);
                        Link.codec().encode(value, w);
                    }
                }
                if (obj.data != null) {
                    w.uint32(10);
                    unixfs_UnixFS.codec().encode(obj.data, w);
                }
                if (opts.lengthDelimited !== false) {
                    w.ldelim();
                }
            }, (reader, length, opts = {}) => {
                const obj = {
                    links: []
                };
                const end = length == null ? reader.len : reader.pos + length;
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 2: {
                            if (opts.limits?.links != null && obj.links.length === opts.limits.links) {
                                throw new MaxLengthError('Decode error - repeated field "links" had too many elements');
                            }
                            obj.links.push(Link.codec().decode(reader, reader.uint32(), {
                                limits: opts.limits?.links$
                            }));
                            break;
                        }
                        case 1: {
                            obj.data = unixfs_UnixFS.codec().decode(reader, reader.uint32(), {
                                limits: opts.limits?.data
                            });
                            break;
                        }
                        default: {
                            reader.skipType(tag & 7);
                            break;
                        }
                    }
                }
                return obj;
            }, function* (reader, length, prefix, opts = {}) {
                const obj = {
                    links: 0
                };
                const end = length == null ? reader.len : reader.pos + length;
                if (prefix !== '.') {
                    yield {
                        field: prefix.endsWith('.') ? prefix.substring(0, prefix.length - 1) : prefix,
                        type: 'start',
                        message: 'LegacyNode'
                    };
                }
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 2: {
                            if (opts.limits?.links != null && obj.links === opts.limits.links) {
                                throw new MaxLengthError('Streaming decode error - repeated field "links" had too many elements');
                            }
                            for (const evt of Link.codec().stream(reader, reader.uint32(), `${prefix}links[].`, {
                                limits: opts.limits?.links$
                            })) {
                                yield {
                                    ...evt,
                                    index: obj.links
                                };
                            }
                            obj.links++;
                            break;
                        }
                        case 1: {
                            yield* unixfs_UnixFS.codec().stream(reader, reader.uint32(), `${prefix}data.`, {
                                limits: opts.limits?.data
                            });
                            break;
                        }
                        default: {
                            reader.skipType(tag & 7);
                            break;
                        }
                    }
                }
                if (prefix !== '.') {
                    yield {
                        field: prefix.endsWith('.') ? prefix.substring(0, prefix.length - 1) : prefix,
                        type: 'end',
                        message: 'LegacyNode'
                    };
                }
            });
        }
        return _codec;
    };
    function encode(obj) {
        return encodeMessage(obj, LegacyNode.codec());
    }
    LegacyNode.encode = encode;
    function decode(buf, opts) {
        return decodeMessage(buf, LegacyNode.codec(), opts);
    }
    LegacyNode.decode = decode;
    function stream(buf, opts) {
        return streamMessage(buf, LegacyNode.codec(), opts);
    }
    LegacyNode.stream = stream;
})(LegacyNode || (LegacyNode = {}));
//# sourceMappingURL=unixfs.js.map
;// CONCATENATED MODULE: ./node_modules/ipfs-unixfs/dist/src/index.js
/**
 * @packageDocumentation
 *
 * This module contains the protobuf definition of the UnixFS data structure found at the root of all UnixFS DAGs.
 *
 * The UnixFS spec can be found in the [ipfs/specs repository](http://github.com/ipfs/specs)
 *
 * @example Create a file composed of several blocks
 *
 * ```TypeScript
 * import { UnixFS } from 'ipfs-unixfs'
 *
 * const data = new UnixFS({ type: 'file' })
 * data.addBlockSize(256n) // add the size of each block
 * data.addBlockSize(256n)
 * // ...
 * ```
 *
 * @example Create a directory that contains several files
 *
 * Creating a directory that contains several files is achieve by creating a unixfs element that identifies a MerkleDAG node as a directory. The links of that MerkleDAG node are the files that are contained in this directory.
 *
 * ```TypeScript
 * import { UnixFS } from 'ipfs-unixfs'
 *
 * const data = new UnixFS({ type: 'directory' })
 * ```
 *
 * @example Create an unixfs Data element
 *
 * ```TypeScript
 * import { UnixFS } from 'ipfs-unixfs'
 *
 * const data = new UnixFS({
 *   // ...options
 * })
 * ```
 *
 * `options` is an optional object argument that might include the following keys:
 *
 * - type (string, default `file`): The type of UnixFS entry.  Can be:
 *   - `raw`
 *   - `directory`
 *   - `file`
 *   - `metadata`
 *   - `symlink`
 *   - `hamt-sharded-directory`
 * - data (Uint8Array): The optional data field for this node
 * - blockSizes (Array, default: `[]`): If this is a `file` node that is made up of multiple blocks, `blockSizes` is a list numbers that represent the size of the file chunks stored in each child node. It is used to calculate the total file size.
 * - mode (Number, default `0644` for files, `0755` for directories/hamt-sharded-directories) file mode
 * - mtime (`Date`, `{ secs, nsecs }`, `{ Seconds, FractionalNanoseconds }`, `[ secs, nsecs ]`): The modification time of this node
 *
 * @example Add and remove a block size to the block size list
 *
 * ```TypeScript
 * import { UnixFS } from 'ipfs-unixfs'
 *
 * const data = new UnixFS({ type: 'file' })
 * const sizeInBytes = 100n
 * data.addBlockSize(sizeInBytes)
 * ```
 *
 * ```TypeScript
 * import { UnixFS } from 'ipfs-unixfs'
 *
 * const data = new UnixFS({ type: 'file' })
 *
 * const index = 0
 * data.removeBlockSize(index)
 * ```
 *
 * @example Get total fileSize
 *
 * ```TypeScript
 * import { UnixFS } from 'ipfs-unixfs'
 *
 * const data = new UnixFS({ type: 'file' })
 * data.fileSize() // => size in bytes
 * ```
 *
 * @example Marshal and unmarshal
 *
 * ```TypeScript
 * import { UnixFS } from 'ipfs-unixfs'
 *
 * const data = new UnixFS({ type: 'file' })
 * const marshaled = data.marshal()
 * const unmarshaled = UnixFS.unmarshal(marshaled)
 * ```
 *
 * @example Is this UnixFS entry a directory?
 *
 * ```TypeScript
 * import { UnixFS } from 'ipfs-unixfs'
 *
 * const dir = new UnixFS({ type: 'directory' })
 * dir.isDirectory() // true
 *
 * const file = new UnixFS({ type: 'file' })
 * file.isDirectory() // false
 * ```
 *
 * @example Has an mtime been set?
 *
 * If no modification time has been set, no `mtime` property will be present on the `Data` instance:
 *
 * ```TypeScript
 * import { UnixFS } from 'ipfs-unixfs'
 *
 * const file = new UnixFS({ type: 'file' })
 * file.mtime // undefined
 *
 * Object.prototype.hasOwnProperty.call(file, 'mtime') // false
 *
 * const dir = new UnixFS({ type: 'directory', mtime: { secs: 5n } })
 * dir.mtime // { secs: Number, nsecs: Number }
 * ```
 */



const types = {
    RAW: 'raw',
    DIRECTORY: 'directory',
    FILE: 'file',
    METADATA: 'metadata',
    SYMLINK: 'symlink',
    HAMT_SHARD: 'hamt-sharded-directory'
};
const dirTypes = [
    'directory',
    'hamt-sharded-directory'
];
const DEFAULT_FILE_MODE = parseInt('0644', 8);
const DEFAULT_DIRECTORY_MODE = parseInt('0755', 8);
class UnixFS {
    /**
     * Decode from protobuf https://github.com/ipfs/specs/blob/master/UNIXFS.md
     */
    static unmarshal(marshaled) {
        const message = unixfs_UnixFS.decode(marshaled);
        const data = new UnixFS({
            type: types[message.type != null ? message.type.toString() : 'FILE'],
            data: message.data,
            blockSizes: message.blockSizes,
            mode: message.mode,
            mtime: message.mtime != null
                ? {
                    secs: message.mtime.seconds ?? 0n,
                    nsecs: message.mtime.fractionalNanoseconds
                }
                : undefined,
            fanout: message.fanOut
        });
        // make sure we honour the original mode
        data._originalMode = message.mode ?? 0;
        return data;
    }
    type;
    data;
    blockSizes;
    hashType;
    fanout;
    mtime;
    _mode;
    _originalMode;
    constructor(options = {
        type: 'file'
    }) {
        const { type, data, blockSizes, hashType, fanout, mtime, mode } = options;
        if (type != null && !Object.values(types).includes(type)) {
            throw new InvalidTypeError('Type: ' + type + ' is not valid');
        }
        this.type = type ?? 'file';
        this.hashType = hashType;
        this.fanout = fanout;
        this.blockSizes = blockSizes ?? [];
        this._originalMode = 0;
        this.mode = mode;
        this.mtime = mtime;
        if (data != null) {
            this.data = withArrayBuffer(data);
        }
    }
    set mode(mode) {
        if (mode == null) {
            this._mode = this.isDirectory() ? DEFAULT_DIRECTORY_MODE : DEFAULT_FILE_MODE;
        }
        else {
            this._mode = (mode & 0xFFF);
        }
    }
    get mode() {
        return this._mode;
    }
    isDirectory() {
        return dirTypes.includes(this.type);
    }
    addBlockSize(size) {
        this.blockSizes.push(size);
    }
    removeBlockSize(index) {
        this.blockSizes.splice(index, 1);
    }
    /**
     * Returns `0n` for directories or `data.length + sum(blockSizes)` for everything else
     */
    fileSize() {
        if (this.isDirectory()) {
            // dirs don't have file size
            return 0n;
        }
        let sum = 0n;
        this.blockSizes.forEach((size) => {
            sum += size;
        });
        if (this.data != null) {
            sum += BigInt(this.data.length);
        }
        return sum;
    }
    /**
     * encode to protobuf Uint8Array
     */
    marshal() {
        let type;
        switch (this.type) {
            case 'raw':
                type = unixfs_UnixFS.Type.RAW;
                break;
            case 'directory':
                type = unixfs_UnixFS.Type.DIRECTORY;
                break;
            case 'file':
                type = unixfs_UnixFS.Type.FILE;
                break;
            case 'metadata':
                type = unixfs_UnixFS.Type.METADATA;
                break;
            case 'symlink':
                type = unixfs_UnixFS.Type.SYMLINK;
                break;
            case 'hamt-sharded-directory':
                type = unixfs_UnixFS.Type.HAMT_SHARD;
                break;
            default:
                throw new InvalidTypeError(`Type: ${type} is not valid`);
        }
        let data = this.data;
        if (this.data == null || this.data.length === 0) {
            data = undefined;
        }
        let mode;
        if (this.mode != null) {
            mode = (this._originalMode & 0xFFFFF000) | (this.mode ?? 0);
            if (mode === DEFAULT_FILE_MODE && !this.isDirectory()) {
                mode = undefined;
            }
            if (mode === DEFAULT_DIRECTORY_MODE && this.isDirectory()) {
                mode = undefined;
            }
        }
        let mtime;
        if (this.mtime != null) {
            mtime = {
                seconds: this.mtime.secs,
                fractionalNanoseconds: this.mtime.nsecs
            };
        }
        return unixfs_UnixFS.encode({
            type,
            data,
            fileSize: this.type === 'file' || this.type === 'raw' ? this.fileSize() : undefined,
            blockSizes: this.blockSizes,
            hashType: this.hashType,
            fanOut: this.fanout,
            mode,
            mtime
        });
    }
}



//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/**
 * @packageDocumentation
 *
 * The final batch may be smaller than the max.
 *
 * @example
 *
 * ```javascript
 * import batch from 'it-batch'
 * import all from 'it-all'
 *
 * // This can also be an iterator, generator, etc
 * const values = [0, 1, 2, 3, 4]
 * const batchSize = 2
 *
 * const result = all(batch(values, batchSize))
 *
 * console.info(result) // [0, 1], [2, 3], [4]
 * ```
 *
 * Async sources must be awaited:
 *
 * ```javascript
 * import batch from 'it-batch'
 * import all from 'it-all'
 *
 * const values = async function * () {
 *   yield * [0, 1, 2, 3, 4]
 * }
 *
 * const batchSize = 2
 * const result = await all(batch(values(), batchSize))
 *
 * console.info(result) // [0, 1], [2, 3], [4]
 * ```
 */
function isAsyncIterable(thing) {
    return thing[Symbol.asyncIterator] != null;
}
function batch(source, size = 1) {
    size = Number(size);
    if (isAsyncIterable(source)) {
        return (async function* () {
            let things = [];
            if (size < 1) {
                size = 1;
            }
            if (size !== Math.round(size)) {
                throw new Error('Batch size must be an integer');
            }
            for await (const thing of source) {
                things.push(thing);
                while (things.length >= size) {
                    yield things.slice(0, size);
                    things = things.slice(size);
                }
            }
            while (things.length > 0) {
                yield things.slice(0, size);
                things = things.slice(size);
            }
        }());
    }
    return (function* () {
        let things = [];
        if (size < 1) {
            size = 1;
        }
        if (size !== Math.round(size)) {
            throw new Error('Batch size must be an integer');
        }
        for (const thing of source) {
            things.push(thing);
            while (things.length >= size) {
                yield things.slice(0, size);
                things = things.slice(size);
            }
        }
        while (things.length > 0) {
            yield things.slice(0, size);
            things = things.slice(size);
        }
    }());
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (batch);
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1456:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ allocUnsafe),
/* harmony export */   c: () => (/* binding */ alloc)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var _util_as_uint8array__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1724);


/**
 * Returns a `Uint8Array` of the requested size. Referenced memory will
 * be initialized to 0.
 */
function alloc(size = 0) {
    return (0,_util_as_uint8array__WEBPACK_IMPORTED_MODULE_1__/* .asUint8Array */ .o)(node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.alloc(size));
}
/**
 * Where possible returns a Uint8Array of the requested size that references
 * uninitialized memory. Only use if you are certain you will immediately
 * overwrite every value in the returned `Uint8Array`.
 */
function allocUnsafe(size = 0) {
    return (0,_util_as_uint8array__WEBPACK_IMPORTED_MODULE_1__/* .asUint8Array */ .o)(node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.allocUnsafe(size));
}
//# sourceMappingURL=alloc.node.js.map

/***/ }),

/***/ 6594:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ fromString)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./node_modules/multiformats/dist/src/basics.js + 9 modules
var basics = __webpack_require__(2509);
// EXTERNAL MODULE: ./node_modules/uint8arrays/dist/src/alloc.node.js
var alloc_node = __webpack_require__(1456);
;// CONCATENATED MODULE: ./node_modules/uint8arrays/dist/src/util/bases.js


function createCodec(name, prefix, encode, decode) {
    return {
        name,
        prefix,
        encoder: {
            name,
            prefix,
            encode
        },
        decoder: {
            decode
        }
    };
}
const string = createCodec('utf8', 'u', (buf) => {
    const decoder = new TextDecoder('utf8');
    return 'u' + decoder.decode(buf);
}, (str) => {
    const encoder = new TextEncoder();
    return encoder.encode(str.substring(1));
});
const ascii = createCodec('ascii', 'a', (buf) => {
    let string = 'a';
    for (let i = 0; i < buf.length; i++) {
        string += String.fromCharCode(buf[i]);
    }
    return string;
}, (str) => {
    str = str.substring(1);
    const buf = (0,alloc_node/* allocUnsafe */.K)(str.length);
    for (let i = 0; i < str.length; i++) {
        buf[i] = str.charCodeAt(i);
    }
    return buf;
});
const BASES = {
    utf8: string,
    'utf-8': string,
    hex: basics/* bases */.Fo.base16,
    latin1: ascii,
    ascii,
    binary: ascii,
    ...basics/* bases */.Fo
};
/* harmony default export */ const bases = (BASES);
//# sourceMappingURL=bases.js.map
// EXTERNAL MODULE: ./node_modules/uint8arrays/dist/src/util/as-uint8array.node.js
var as_uint8array_node = __webpack_require__(1724);
;// CONCATENATED MODULE: ./node_modules/uint8arrays/dist/src/from-string.node.js



/**
 * Create a `Uint8Array` from the passed string
 *
 * Supports `utf8`, `utf-8`, `hex`, and any encoding supported by the multiformats module.
 *
 * Also `ascii` which is similar to node's 'binary' encoding.
 */
function fromString(string, encoding = 'utf8') {
    const base = bases[encoding];
    if (base == null) {
        throw new Error(`Unsupported encoding "${encoding}"`);
    }
    if (encoding === 'utf8' || encoding === 'utf-8') {
        return (0,as_uint8array_node/* asUint8Array */.o)(external_node_buffer_.Buffer.from(string, 'utf-8'));
    }
    // add multibase prefix
    return base.decoder.decode(`${base.prefix}${string}`);
}
//# sourceMappingURL=from-string.node.js.map

/***/ }),

/***/ 1724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ asUint8Array)
/* harmony export */ });
/**
 * To guarantee Uint8Array semantics, convert nodejs Buffers
 * into vanilla Uint8Arrays
 */
function asUint8Array(buf) {
    if (buf.buffer instanceof ArrayBuffer) {
        return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    const b = buf.slice();
    return new Uint8Array(b.buffer, 0, b.byteLength);
}
//# sourceMappingURL=as-uint8array.node.js.map

/***/ })

};
