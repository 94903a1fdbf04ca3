// @ts-check
/**
 * Rebuilds the inputs of `__tests__/fixtures/cid-vectors/vectors.json` on disk, so that the
 * published CIDs can be checked against what we compute from files. The recipe format is
 * described in `PROVENANCE.md` §2 next to the vectors; this is its interpreter.
 */
import { createCipheriv, createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { goRandomData, goRandomFiles } from './go-math-rand.mjs'

/**
 * @typedef {{ bytes: string }
 *   | { utf8: string }
 *   | { repeat: { byte: number, length: number } }
 *   | { chacha20: { seed: string, length: number } }
 *   | { gomathrand: { seed: number, length: number } }} FileRecipe
 *
 * @typedef {object} SeqGenerator
 * @property {number} from
 * @property {number} to inclusive
 * @property {string} name `{i}`, or `{i:06}` zero-padded to 6 digits
 * @property {string} content same placeholders, UTF-8
 *
 * @typedef {object} KuboNamesGenerator
 * @property {number} count
 * @property {number} nameLen
 * @property {number} lastNameLen
 * @property {string} seed
 * @property {FileRecipe} content
 *
 * @typedef {object} RandomFilesGenerator
 * @property {number} seed
 * @property {number} files
 * @property {number} dirs
 * @property {number} depth
 * @property {string} [select] keep only this sub-directory, re-rooted at `as`
 * @property {string} [as] where `select` goes, `''` = the top directory
 *
 * @typedef {{ seq: SeqGenerator }
 *   | { kuboDeterministicNames: KuboNamesGenerator }
 *   | { goRandomFiles: RandomFilesGenerator }} Generator
 *
 * @typedef {object} TreeRecipe
 * @property {Record<string, FileRecipe | { symlink: string } | {}>} [entries] `dir/` = directory
 * @property {Generator[]} [generate]
 *
 * @typedef {object} CidVector
 * @property {string} id
 * @property {'unixfs-v0-2015' | 'unixfs-v1-2025'} profile
 * @property {'file' | 'directory'} kind
 * @property {FileRecipe | TreeRecipe} input
 * @property {string} cid
 * @property {string} source
 * @property {string} [note]
 * @property {Record<string, unknown>} [overrides] importer options on top of the profile
 *
 * @typedef {{ path: string, recipe: FileRecipe }
 *   | { path: string, data: Uint8Array }
 *   | { path: string, dir: true }
 *   | { path: string, symlink: string }} TreeEntry
 *   paths relative to the top directory, `/`-separated
 */

const BLOCK = 1 << 20

/**
 * Kubo's `DeterministicRandomReaderBytes`: the ChaCha20 keystream under key sha256(seed), with a
 * zero nonce and counter. OpenSSL's 16-byte IV is the counter (LE) followed by the nonce.
 * @param {string} seed
 */
function chacha20(seed) {
  const key = createHash('sha256').update(seed, 'utf8').digest()
  return createCipheriv('chacha20', key, Buffer.alloc(16))
}

/**
 * @param {string} seed
 * @param {number} length
 * @returns {AsyncGenerator<Uint8Array>}
 */
async function* chacha20Stream(seed, length) {
  const cipher = chacha20(seed)
  for (let remaining = length; remaining > 0; remaining -= BLOCK) {
    yield cipher.update(Buffer.alloc(Math.min(BLOCK, remaining)))
  }
}

/**
 * The bytes of a file recipe, streamed.
 * @param {FileRecipe} recipe
 * @returns {AsyncGenerator<Uint8Array>}
 */
export async function* recipeBytes(recipe) {
  if ('bytes' in recipe) yield Buffer.from(recipe.bytes, 'hex')
  else if ('utf8' in recipe) yield Buffer.from(recipe.utf8, 'utf8')
  else if ('repeat' in recipe) {
    const { byte, length } = recipe.repeat
    for (let remaining = length; remaining > 0; remaining -= BLOCK) {
      yield Buffer.alloc(Math.min(BLOCK, remaining), byte)
    }
  } else if ('chacha20' in recipe)
    yield* chacha20Stream(recipe.chacha20.seed, recipe.chacha20.length)
  else if ('gomathrand' in recipe)
    yield* goRandomData(recipe.gomathrand.seed, recipe.gomathrand.length)
  else throw new Error(`Unknown file recipe ${JSON.stringify(recipe)}`)
}

/**
 * @param {FileRecipe} recipe
 * @returns {number} bytes
 */
export function recipeSize(recipe) {
  if ('bytes' in recipe) return recipe.bytes.length / 2
  if ('utf8' in recipe) return Buffer.byteLength(recipe.utf8)
  if ('repeat' in recipe) return recipe.repeat.length
  if ('chacha20' in recipe) return recipe.chacha20.length
  if ('gomathrand' in recipe) return recipe.gomathrand.length
  throw new Error(`Unknown file recipe ${JSON.stringify(recipe)}`)
}

/**
 * Total bytes of the vector's files.
 * @param {CidVector} vector
 */
export function vectorSize(vector) {
  if (vector.kind === 'file') return recipeSize(/** @type {FileRecipe} */ (vector.input))
  let total = 0
  for (const entry of expandTree(/** @type {TreeRecipe} */ (vector.input))) {
    if ('recipe' in entry) total += recipeSize(entry.recipe)
    else if ('data' in entry) total += entry.data.length
  }
  return total
}

/**
 * Writes the bytes of a file recipe to `file`.
 * @param {FileRecipe} recipe
 * @param {string} file
 */
export async function writeRecipe(recipe, file) {
  await pipeline(Readable.from(recipeBytes(recipe)), createWriteStream(file))
}

/**
 * Writes a tree recipe under `dir` (which must exist) and returns its entries. Symlinks are
 * not written: callers skip those vectors. Small files are written 32 at a time, as thousands
 * of them one by one take seconds.
 * @param {TreeRecipe} recipe
 * @param {string} dir
 * @returns {Promise<TreeEntry[]>}
 */
export async function writeTree(recipe, dir) {
  const entries = expandTree(recipe)
  const parents = new Set([dir])
  for (const entry of entries) {
    const target = path.join(dir, ...entry.path.split('/'))
    parents.add('dir' in entry ? target : path.dirname(target))
  }
  // Shortest first, so that each mkdir finds its parent.
  for (const parent of [...parents].sort((a, b) => a.length - b.length)) {
    await mkdir(parent, { recursive: true })
  }
  let next = 0
  const lane = async () => {
    while (next < entries.length) {
      const entry = entries[next++]
      const target = path.join(dir, ...entry.path.split('/'))
      if ('dir' in entry) continue
      if ('data' in entry) await writeFile(target, entry.data)
      else if (!('recipe' in entry)) throw new Error(`Symlinks are not written: ${entry.path}`)
      else if (recipeSize(entry.recipe) <= BLOCK)
        await writeFile(target, await recipeBuffer(entry.recipe))
      else await writeRecipe(entry.recipe, target)
    }
  }
  await Promise.all(Array.from({ length: 32 }, lane))
  return entries
}

/**
 * @param {FileRecipe} recipe
 * @returns {Promise<Buffer>}
 */
async function recipeBuffer(recipe) {
  const parts = []
  for await (const part of recipeBytes(recipe)) parts.push(part)
  return Buffer.concat(parts)
}

const ALPHABET_EASY = 'abcdefghijklmnopqrstuvwxyz01234567890-_' // 39 runes, '0' twice, as Kubo's

/**
 * Kubo's `createDeterministicFiles` names: one ChaCha20 stream read in turn, byte b → letter
 * b % 39.
 * @param {KuboNamesGenerator} config
 */
function kuboDeterministicNames({ count, nameLen, lastNameLen, seed }) {
  const total = (count - 1) * nameLen + lastNameLen
  const stream = chacha20(seed).update(Buffer.alloc(total))
  const names = []
  let offset = 0
  for (let i = 0; i < count; i++) {
    const length = i === count - 1 ? lastNameLen : nameLen
    let name = ''
    for (let j = 0; j < length; j++)
      name += ALPHABET_EASY[stream[offset + j] % ALPHABET_EASY.length]
    names.push(name)
    offset += length
  }
  if (new Set(names).size !== names.length) throw new Error('Generated names repeat')
  return names
}

/**
 * @param {string} template
 * @param {number} i
 */
function fill(template, i) {
  return template.replace(/\{i(?::0(\d+))?\}/g, (_, pad) =>
    pad ? String(i).padStart(Number(pad), '0') : String(i)
  )
}

/**
 * The entries of a tree recipe, files and directories, paths relative to the top directory.
 * @param {TreeRecipe} recipe
 * @returns {TreeEntry[]}
 */
export function expandTree(recipe) {
  /** @type {TreeEntry[]} */
  const out = []
  for (const [name, value] of Object.entries(recipe.entries ?? {})) {
    if (name.endsWith('/')) out.push({ path: name.slice(0, -1), dir: true })
    else if ('symlink' in value) out.push({ path: name, symlink: value.symlink })
    else out.push({ path: name, recipe: /** @type {FileRecipe} */ (value) })
  }
  for (const generator of recipe.generate ?? []) {
    if ('seq' in generator) {
      const { from, to, name, content } = generator.seq
      for (let i = from; i <= to; i++) {
        out.push({ path: fill(name, i), recipe: { utf8: fill(content, i) } })
      }
    } else if ('kuboDeterministicNames' in generator) {
      const config = generator.kuboDeterministicNames
      for (const name of kuboDeterministicNames(config)) {
        out.push({ path: name, recipe: config.content })
      }
    } else if ('goRandomFiles' in generator) {
      const { select = '', as = '', ...config } = generator.goRandomFiles
      const tree = goRandomFiles(config)
      /** @param {string} p */
      const reroot = p => {
        if (select !== '' && p !== select && !p.startsWith(`${select}/`)) return undefined
        const rest = select === '' ? p : p.slice(select.length + 1)
        return [as, rest].filter(Boolean).join('/')
      }
      for (const [p, data] of tree.files) {
        const moved = reroot(p)
        if (moved) out.push({ path: moved, data })
      }
      for (const p of tree.dirs) {
        const moved = reroot(p)
        if (moved) out.push({ path: moved, dir: true })
      }
    } else {
      throw new Error(`Unknown generator ${JSON.stringify(generator)}`)
    }
  }
  return out
}
