export const id = 806;
export const ids = [806];
export const modules = {

/***/ 6806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/action-log.ts
/** The runner's log behind the `Log` interface. */

/**
 * Plain lines, `::warning::` annotations, `::debug::` lines. A runner shows debug lines only with
 * step debugging on (`RUNNER_DEBUG=1`), so they are not written otherwise: one per matched file
 * was 1 MB of log, and its memory, for a 20,000-file site.
 */
const actionLog = {
    info: line => core/* info */.pq(line),
    warning: line => core/* warning */.$e(line),
    debug: line => {
        if (core/* isDebug */._o())
            core/* debug */.Yz(line);
    }
};

// EXTERNAL MODULE: ./node_modules/multiformats/dist/src/cid.js
var cid = __webpack_require__(3656);
// EXTERNAL MODULE: ./node_modules/multiformats/dist/src/basics.js + 10 modules
var basics = __webpack_require__(2270);
;// CONCATENATED MODULE: ./src/shared/cid.ts
/** CID validation, delegated to `multiformats` so every multibase a user may paste is understood. */


// CID.parse only knows base32 and base58btc unless given a decoder; users paste base36 (k51…)
// and base16 CIDs too, so accept every base multiformats ships.
const anyBase = Object.values(basics/* bases */.Fo)
    .map(base => base.decoder)
    .reduce((all, decoder) => all.or(decoder));
/** Parses a CID string; throws with the library's reason when it is not one. */
function parseCid(value) {
    // CIDv0 (Qm…) has no multibase prefix, so it must not go through the multibase decoder.
    return value.startsWith('Qm') ? cid/* CID */.TO.parse(value) : cid/* CID */.TO.parse(value, anyBase);
}
/** Multicodec of libp2p public keys: a k51… string names an IPNS record, not pinnable content. */
const LIBP2P_KEY = 0x72;
/**
 * Splits user input into valid and invalid CIDs. Valid ones come back in their canonical form
 * (CIDv1 in base32, CIDv0 as is), the form every IPFS service understands.
 */
function checkCids(values) {
    const result = { valid: [], invalid: [] };
    for (const value of values) {
        let cid;
        try {
            cid = parseCid(value);
        }
        catch (error) {
            result.invalid.push({ value, reason: error instanceof Error ? error.message : String(error) });
            continue;
        }
        if (cid.code === LIBP2P_KEY) {
            result.invalid.push({ value, reason: 'this is an IPNS name (libp2p-key), not content' });
        }
        else {
            result.valid.push(cid.toString());
        }
    }
    return result;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/shared/pool.ts
/** Runs tasks with bounded parallelism, keeping results in task order. */
/**
 * Calls `worker` for every task, at most `concurrency` at a time. Stops starting new tasks once
 * `stop()` returns true; returns the indexes of tasks never started.
 */
async function runPool(tasks, concurrency, worker, stop = () => false) {
    let next = 0;
    const skipped = [];
    async function lane() {
        while (next < tasks.length) {
            const index = next++;
            if (stop()) {
                skipped.push(index);
                continue;
            }
            await worker(tasks[index], index);
        }
    }
    const lanes = Array.from({ length: Math.min(concurrency, tasks.length) }, lane);
    await Promise.all(lanes);
    return skipped.sort((a, b) => a - b);
}

;// CONCATENATED MODULE: ./src/content/local-cid.ts
/**
 * Computes, without uploading anything, the CIDs Kubo's `ipfs add` gives the same bytes under
 * the IPIP-499 import profiles. Blocks are hashed and dropped: nothing is stored, files are
 * streamed from disk, and memory stays bounded whatever the file or directory size.
 *
 * The importer is loaded on first use (dynamic `import()`), so runs that never compute a CID
 * do not pay for loading it at start-up.
 */


const CID_PROFILES = ['unixfs-v1-2025', 'unixfs-v0-2015'];
const DEFAULT_CONCURRENCY = 8;
/**
 * The importer options that reproduce Kubo for each profile, checked against 51 published
 * Kubo, boxo and go-unixfsnode vectors (`__tests__/fixtures/cid-vectors/`). They are spelt out
 * rather than passed as the importer's own `{ profile }` option: that option mutates the options
 * object it is given, and this way the code states what each profile means.
 */
const PROFILES = {
    'unixfs-v0-2015': {
        cidVersion: 0,
        rawLeaves: false,
        leafType: 'file',
        chunkSize: 262144,
        maxChildrenPerNode: 174,
        // Kubo's `links` estimate: Σ (name bytes + CID bytes) of the flat directory's links.
        shardSplitStrategy: 'links-bytes'
    },
    'unixfs-v1-2025': {
        cidVersion: 1,
        rawLeaves: true,
        leafType: 'file',
        chunkSize: 1048576,
        maxChildrenPerNode: 1024,
        // Kubo's `block` estimate: the exact serialized size of the flat directory node.
        shardSplitStrategy: 'block-bytes'
    }
};
/** CID of one file's bytes, streamed from disk in bounded memory. */
async function fileCid(absPath, profile, options = {}) {
    const [cid] = await fileCids([absPath], profile, { ...options, concurrency: 1 });
    return cid;
}
/** CIDs of many files, in the order given, hashing `concurrency` files at a time. */
async function fileCids(absPaths, profile, options = {}) {
    const results = await importFiles(absPaths, profile, options);
    return results.map(result => cidText(result.cid));
}
/**
 * Root CID of a directory made of these files at these relative paths (the same paths that are
 * uploaded), plus each file's CID. Only files: directories exist through the files inside them,
 * so an empty directory cannot be expressed, and neither can an empty list (that throws, as
 * there would be nothing to upload). No mode or mtime is recorded, as in both profiles.
 */
async function directoryCid(entries, profile, options = {}) {
    if (entries.length === 0)
        throw new Error('Cannot compute the CID of a directory with no files');
    checkPaths(entries.map(entry => entry.path));
    const results = await importFiles(entries.map(entry => entry.absPath), profile, options);
    const files = new Map(entries.map((entry, i) => [entry.path, cidText(results[i].cid)]));
    const root = await buildDirectory(entries.map((entry, i) => ({ path: entry.path, result: results[i] })), profile, options.signal);
    return { root: cidText(root), files };
}
let modules;
/** Loaded once, on first use; see the module comment. */
function loadModules() {
    modules ??= Promise.all(/* import() */[__webpack_require__.e(743), __webpack_require__.e(588)]).then(__webpack_require__.bind(__webpack_require__, 5588));
    // A failed load (a broken install) is not cached: the next call tries again.
    modules.catch(() => (modules = undefined));
    return modules;
}
/**
 * The CID as text, copied into a flat string: `toString()` builds it a character at a time,
 * a rope of about 1.7 KB that would be kept for each of 20,000 files.
 */
function cidText(cid) {
    return Buffer.from(cid.toString(), 'latin1').toString('latin1');
}
/**
 * Hashes the files with a sliding window of `concurrency` at a time. The first failure stops
 * the files still being read, so an error does not leave streams running behind it.
 */
async function importFiles(absPaths, profile, options) {
    options.signal?.throwIfAborted();
    const loaded = await loadModules();
    const stop = new AbortController();
    const onAbort = () => stop.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const results = new Array(absPaths.length);
    let failure;
    try {
        await runPool(absPaths, Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY), async (absPath, index) => {
            try {
                results[index] = await importFile(absPath, profile, stop.signal, loaded);
            }
            catch (error) {
                failure ??= { error };
                stop.abort(error);
            }
        }, () => stop.signal.aborted);
    }
    finally {
        options.signal?.removeEventListener('abort', onAbort);
    }
    options.signal?.throwIfAborted();
    if (failure)
        throw failure.error;
    return results;
}
/**
 * CID of bytes already in memory (files mode reads small files whole, to send them): the same
 * CID `fileCid` gives the file they were read from.
 */
async function bytesCid(bytes, profile) {
    const settings = PROFILES[profile];
    const loaded = await loadModules();
    const result = bytes.length <= settings.chunkSize
        ? await hashLeaf(bytes, settings, loaded)
        : await importContent(bytes, settings, new AbortController().signal, loaded);
    return cidText(result.cid);
}
async function importFile(absPath, profile, signal, loaded) {
    const settings = PROFILES[profile];
    const small = await hashIfOneChunk(absPath, settings, signal, loaded);
    if (small)
        return small;
    const content = readChunks(absPath, settings.chunkSize, signal);
    return importContent(content, settings, signal, loaded);
}
async function importContent(content, settings, signal, loaded) {
    const options = {
        ...importerOptions(settings, loaded),
        // One file per import; within it, hash a chunk while the next one is read. Hashing runs on
        // the main thread, so more parallelism would only hold more chunks in memory.
        fileImportConcurrency: 1,
        blockWriteConcurrency: 2,
        bufferImporter: leafImporter(settings, loaded)
    };
    let result;
    for await (const entry of loaded.importer([{ content }], discardBlocks(signal), options)) {
        result = entry;
    }
    if (!result)
        throw new Error('The importer returned nothing');
    return { cid: result.cid, size: result.size };
}
/**
 * A leaf's CID and the size its parent records, from its bytes, keeping no reference to them
 * (the caller reuses them). Built as the importer's default buffer importer builds it: a raw
 * block under unixfs-v1-2025, a dag-pb node holding a UnixFS file under unixfs-v0-2015.
 */
async function hashLeaf(bytes, settings, loaded) {
    const { CID, sha256, dagPb } = loaded;
    if (settings.rawLeaves) {
        return { cid: CID.createV1(RAW_CODE, await sha256.digest(bytes)), size: BigInt(bytes.length) };
    }
    const block = leafNode(bytes);
    try {
        const digest = await sha256.digest(block);
        const cid = settings.cidVersion === 0 ? CID.createV0(digest) : CID.createV1(dagPb.code, digest);
        return { cid, size: BigInt(block.length) };
    }
    finally {
        giveBuffer(block);
    }
}
/**
 * `dagPb.encode({ Data: new UnixFS({ type: 'file', data }).marshal(), Links: [] })`, written
 * into one pooled buffer instead of two fresh ones of the chunk's size: PBNode { Data (1):
 * PBData { Type (1) = File, Data (2) unless empty, filesize (3) } }. Checked against the
 * libraries' encoding in the tests, and by the v0 vectors.
 */
function leafNode(data) {
    const length = BigInt(data.length);
    const dataField = data.length > 0 ? [0x12, ...varint(length)] : [];
    const unixfsLength = 2 + dataField.length + data.length + 1 + varint(length).length;
    const head = [0x0a, ...varint(BigInt(unixfsLength)), 0x08, 0x02, ...dataField];
    const tail = [0x18, ...varint(length)];
    const total = head.length + data.length + tail.length;
    const block = takeBuffer(total).subarray(0, total);
    block.set(head, 0);
    block.set(data, head.length);
    block.set(tail, head.length + data.length);
    return block;
}
/**
 * The importer's leaves, hashed by `hashLeaf`, each chunk handed back to the read-buffer pool
 * once hashed: a 2 GiB file then reuses a few buffers instead of leaving 2 GiB of them to the
 * garbage collector, tens of MB at a time. A leaf's `block` is not kept (only a single-leaf file
 * with metadata would need it, and those never come here), and its UnixFS is only read for its
 * size, so it records the size rather than holding the bytes.
 */
function leafImporter(settings, loaded) {
    const { UnixFS } = loaded;
    return async function* (file) {
        for await (const chunk of file.content) {
            yield async () => {
                const leaf = await hashLeaf(chunk, settings, loaded);
                const length = BigInt(chunk.length);
                giveBuffer(chunk);
                return {
                    ...leaf,
                    unixfs: settings.rawLeaves
                        ? undefined
                        : new UnixFS({ type: 'file', blockSizes: [length] }),
                    block: NO_BLOCK
                };
            };
        }
    };
}
const NO_BLOCK = new Uint8Array(0);
const RAW_CODE = 0x55;
/**
 * The leaf of a file that fits in one chunk, read into a pooled buffer and hashed before the
 * buffer is reused: thousands of small files then cost no garbage for their bytes. Undefined
 * when the file is bigger (the importer then streams it).
 */
async function hashIfOneChunk(absPath, settings, signal, loaded) {
    signal.throwIfAborted();
    const handle = await (0,promises_.open)(absPath, 'r');
    let buffer;
    try {
        const size = (await handle.stat()).size;
        if (size > settings.chunkSize)
            return undefined;
        // One byte more than expected tells a file that grew since stat(): it goes the long way.
        buffer = takeBuffer(size + 1);
        let length = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length === buffer.length)
                return undefined;
        }
        return await hashLeaf(buffer.subarray(0, length), settings, loaded);
    }
    finally {
        if (buffer)
            giveBuffer(buffer);
        await handle.close();
    }
}
/**
 * Spare read buffers, by size class; a handful is enough for the files and chunks hashed at
 * once. Only buffers taken here are ever put back (a chunk the chunker had to copy together is
 * not), tracked by their memory, so a view of one returns the whole buffer.
 */
const spareBuffers = new Map();
const pooled = new WeakSet();
const SMALLEST_BUFFER = 64 * 1024;
function takeBuffer(minimum) {
    let size = SMALLEST_BUFFER;
    while (size < minimum)
        size *= 2;
    const buffer = spareBuffers.get(size)?.pop() ?? Buffer.allocUnsafeSlow(size);
    pooled.add(buffer.buffer);
    return buffer;
}
/** Puts back the buffer `bytes` (a view of it, or the buffer itself) was taken as. */
function giveBuffer(bytes) {
    if (!pooled.delete(bytes.buffer))
        return;
    const buffer = Buffer.from(bytes.buffer);
    const spares = spareBuffers.get(buffer.length) ?? [];
    if (spares.length < DEFAULT_CONCURRENCY)
        spares.push(buffer);
    spareBuffers.set(buffer.length, spares);
}
/**
 * Builds the directory from files already hashed: the importer's own tree builder (flat
 * directories, HAMT sharding past the threshold) gets each file's CID and size through a
 * `dagBuilder` that replays them instead of reading content. The tree builder reads only
 * `cid` and `size` of a file, so the result is the one a single pass over the bytes gives.
 */
async function buildDirectory(files, profile, signal) {
    const loaded = await loadModules();
    const byPath = new Map(files.map(file => [`${TOP}/${file.path}`, file.result]));
    // Every path sits under one top directory, whose entry is the root; its own name does not
    // enter any CID. Only files are passed: a directory candidate arriving after files inside it
    // would replace the filled directory with an empty one.
    const candidates = files.map(file => ({ path: `${TOP}/${file.path}` }));
    const options = {
        ...importerOptions(PROFILES[profile], loaded),
        dagBuilder: async function* (source) {
            for await (const candidate of source) {
                const path = candidate.path ?? '';
                const { cid, size } = byPath.get(path);
                yield async () => ({ cid, size, path, originalPath: path });
            }
        }
    };
    let root;
    for await (const entry of loaded.importer(candidates, discardBlocks(signal), options)) {
        if (entry.path === TOP)
            root = entry;
    }
    if (!root)
        throw new Error('The importer did not return the directory');
    return root.cid;
}
const TOP = 'root';
/**
 * The file's bytes, read into buffers of one chunk, or of what is left when less, so that the
 * chunker passes them on without copying and a small file does not cost a chunk-sized buffer
 * (`createReadStream` allocates `highWaterMark` bytes per read: 2 MiB per file at 1 MiB).
 * Reads until end of file, whatever the size was at open. The file is opened only when the
 * importer starts reading.
 */
async function* readChunks(absPath, chunkSize, signal) {
    signal.throwIfAborted();
    const handle = await (0,promises_.open)(absPath, 'r');
    try {
        let expected = (await handle.stat()).size;
        let grown = false;
        for (;;) {
            signal.throwIfAborted();
            // Past the size seen at open, one byte tells the end of the file from bytes appended since.
            const size = expected > 0 ? Math.min(chunkSize, expected) : grown ? chunkSize : 1;
            const buffer = takeBuffer(size);
            const { bytesRead } = await handle.read(buffer, 0, size, null);
            if (bytesRead === 0)
                return;
            if (expected <= 0)
                grown = true;
            expected -= bytesRead;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}
/** A fresh options object per call: the importer may write to the one it is given. */
function importerOptions(settings, loaded) {
    return {
        cidVersion: settings.cidVersion,
        rawLeaves: settings.rawLeaves,
        leafType: settings.leafType,
        reduceSingleLeafToSelf: true,
        chunker: fixedSize(settings.chunkSize),
        layout: fileLayout(settings, loaded),
        shardSplitThresholdBytes: 262144,
        shardSplitStrategy: settings.shardSplitStrategy,
        shardFanoutBits: 8,
        wrapWithDirectory: false
    };
}
/**
 * The blockstore the importer writes to. It never reads blocks back (its type is `put` only:
 * the balanced layout and HAMT sharding work from CIDs and sizes it keeps), so dropping every
 * block is enough.
 */
function discardBlocks(signal) {
    return {
        put(cid) {
            signal?.throwIfAborted();
            return cid;
        }
    };
}
/**
 * Fixed-size chunks, as the importer's `fixedSize` cuts them (an empty file is one empty chunk).
 * Written here because `ipfs-unixfs-importer/chunker` also exports the Rabin chunker, which
 * would bundle `rabin-wasm` and its `.wasm` file for nothing (ncc copes with them, but they
 * are dead weight).
 */
function fixedSize(chunkSize) {
    return async function* (source) {
        let pending = [];
        let pendingBytes = 0;
        let emitted = false;
        for await (const buffer of source) {
            let offset = 0;
            while (offset < buffer.length) {
                if (pendingBytes === 0 && buffer.length - offset >= chunkSize) {
                    yield buffer.subarray(offset, offset + chunkSize);
                    offset += chunkSize;
                    emitted = true;
                    continue;
                }
                const take = Math.min(chunkSize - pendingBytes, buffer.length - offset);
                pending.push(buffer.subarray(offset, offset + take));
                pendingBytes += take;
                offset += take;
                if (pendingBytes === chunkSize) {
                    yield concat(pending, pendingBytes);
                    pending = [];
                    pendingBytes = 0;
                    emitted = true;
                }
            }
        }
        if (pendingBytes > 0 || !emitted)
            yield concat(pending, pendingBytes);
    };
}
function concat(parts, length) {
    if (parts.length === 1)
        return parts[0];
    const out = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
        out.set(part, offset);
        offset += part.length;
    }
    return out;
}
/**
 * The balanced layout, with two changes that leave every CID as Kubo computes it:
 *
 * - It holds the leaves of a node until it has `maxChildrenPerNode` of them, and with dag-pb
 *   leaves (v0) each leaf's UnixFS object still holds its chunk: 174 × 256 KiB, about 44 MiB
 *   per file being hashed. Only the length of those bytes is read afterwards (for the parent's
 *   `blocksizes`), so they are swapped for a view of a shared zero buffer of the same length.
 * - Sizes from 2 GiB to 4 GiB are encoded wrongly in file nodes (see `fixLargeSizes`).
 */
function fileLayout(settings, loaded) {
    const layout = loaded.balanced({ maxChildrenPerNode: settings.maxChildrenPerNode });
    return (source, reduce) => layout((async function* () {
        for await (const leaf of source) {
            const data = leaf.unixfs?.data;
            if (leaf.unixfs && data && data.length > 0)
                leaf.unixfs.data = zeros(data.length);
            yield leaf;
        }
    })(), async (leaves) => fixLargeSizes(await reduce(leaves), settings.cidVersion, loaded));
}
/**
 * protons-runtime (7.1.2, and 8.0.1 too), which encodes UnixFS, writes a uint64 from 2^31 to
 * 2^32 - 1 as one byte and leaves the other four of its varint as they were in a fresh
 * `allocUnsafe` buffer: usually zeros, sometimes not. A file of 2 to 4 GiB therefore gets a
 * root node with a wrong `filesize` (as does a bigger v0 file with 2 to 4 GiB under one node),
 * and a CID that is neither Kubo's nor the same from one run to the next. Such a node is
 * re-encoded here with correct varints. Its length does not change, so neither does the size
 * recorded by its parent. Not reported upstream as far as we found.
 */
async function fixLargeSizes(node, cidVersion, loaded) {
    const unixfs = node.unixfs;
    if (unixfs?.type !== 'file' || unixfs.data !== undefined)
        return node;
    const sizes = [unixfs.fileSize(), ...unixfs.blockSizes];
    if (!sizes.some(size => size >= 2n ** 31n && size < 2n ** 32n))
        return node;
    const block = node.block;
    if (!block || unixfs.mtime !== undefined || unixfs.mode !== 0o644) {
        throw new Error('Cannot re-encode a file node of 2 GiB or more: unexpected importer output');
    }
    const { dagPb, sha256, CID } = loaded;
    const decoded = dagPb.decode(block);
    // Type = File, filesize, then each blocksize, as ipfs-unixfs lays the fields out.
    const data = [0x08, 0x02, 0x18, ...varint(unixfs.fileSize())];
    for (const size of unixfs.blockSizes)
        data.push(0x20, ...varint(size));
    if (decoded.Data?.length !== data.length) {
        throw new Error('Cannot re-encode a file node of 2 GiB or more: unexpected node layout');
    }
    const bytes = dagPb.encode({ Data: Uint8Array.from(data), Links: decoded.Links });
    const cid = CID.create(cidVersion, dagPb.code, await sha256.digest(bytes));
    return { ...node, cid, block: bytes };
}
/** Protobuf's unsigned varint: 7 bits a byte, least significant first. */
function varint(value) {
    const out = [];
    while (value >= 0x80n) {
        out.push(Number(value & 0x7fn) | 0x80);
        value >>= 7n;
    }
    out.push(Number(value));
    return out;
}
let sharedZeros = new Uint8Array(0);
function zeros(length) {
    if (sharedZeros.length < length)
        sharedZeros = new Uint8Array(length);
    return sharedZeros.subarray(0, length);
}
/** Refuses paths the importer would read differently from the upload, or silently merge. */
function checkPaths(paths) {
    const files = new Set();
    const directories = new Set();
    for (const path of paths) {
        const segments = path.split('/');
        if (segments.some(segment => segment === '' || segment === '.' || segment === '..')) {
            throw new Error(`Invalid path in directory: ${JSON.stringify(path)}`);
        }
        // The importer reads `\/` as an escaped slash, not as a separator.
        if (segments.slice(0, -1).some(segment => segment.endsWith('\\'))) {
            throw new Error(`Cannot compute the CID of a directory whose name ends with a backslash: ${JSON.stringify(path)}`);
        }
        if (files.has(path))
            throw new Error(`Duplicate path in directory: ${JSON.stringify(path)}`);
        files.add(path);
        for (let i = 1; i < segments.length; i++)
            directories.add(segments.slice(0, i).join('/'));
    }
    const clash = [...files].find(path => directories.has(path));
    if (clash !== undefined) {
        throw new Error(`Path is both a file and a directory: ${JSON.stringify(clash)}`);
    }
}

;// CONCATENATED MODULE: ./src/content/local-cids.ts
/**
 * Local CIDs of a plan: what the content's CID is under the chosen profile, computed from the
 * files themselves, before anything is sent.
 */


/** Nothing computed yet: files mode fills `files` as it uploads. */
function noLocalCids() {
    return { directory: undefined, files: new Map() };
}
/**
 * Computes the CIDs of everything the plan uploads, before anything is sent, streaming each
 * file once. Hashing runs before the upload rather than beside it, so the two never hold
 * memory at the same time.
 */
async function computeLocalCids(plan, profile, signal) {
    const local = noLocalCids();
    if (plan.directory) {
        const entries = plan.directory.entries.map(e => ({ absPath: e.file.absPath, path: e.path }));
        local.directory = (await directoryCid(entries, profile, { signal })).root;
    }
    const cids = await fileCids(plan.files.map(f => f.absPath), profile, { signal, concurrency: 4 });
    plan.files.forEach((file, i) => local.files.set(file.relPath, cids[i]));
    return local;
}
/**
 * Two CIDs name the same content when their codec and multihash agree, whatever their version
 * or base: a server may answer bafy… for what Kubo prints as Qm….
 */
function sameContent(a, b) {
    if (a === b)
        return true;
    try {
        return parseCid(a).toV1().equals(parseCid(b).toV1());
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/shared/format.ts
/** Human-readable formatting shared by logs, the summary and the PR comment. */
const UNITS = ['KiB', 'MiB', 'GiB', 'TiB'];
/** `1536` → `1.5 KiB`; binary units, because that is what file managers and `du -h` show. */
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    let value = bytes;
    let unit = -1;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${UNITS[unit]}`;
}
/** `1234` → `1.2 s`, `95000` → `1 min 35 s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
    const minutes = Math.floor(seconds / 60);
    const rest = Math.round(seconds - minutes * 60);
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
/** Lists a few items and says how many more there are: `a, b, c and 4 more`. */
function listSome(items, max = 5) {
    if (items.length <= max)
        return items.join(', ');
    return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
/** `1` → `1 file`, `2` → `2 files`. */
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(2377);
;// CONCATENATED MODULE: ./src/content/files.ts
/**
 * Finds the files to publish: globs in the workspace, hidden files, symlinks, sizes, and the
 * relative paths a directory upload uses. No network here.
 */




/** Thrown for problems with the matched files, with the fix in the message. */
class FileSelectionError extends Error {
    name = 'FileSelectionError';
}
const GLOB_MAGIC = /[*?[]/;
function toPosix(relative) {
    return relative.split(external_node_path_.sep).join('/');
}
/** True when `child` is `parent` or lies below it (both absolute and normalized). */
function isInside(parent, child) {
    const relative = external_node_path_.relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_.isAbsolute(relative));
}
/** The part of a pattern before its first glob segment: where the user pointed. */
function literalPrefix(absPattern) {
    const segments = absPattern.split(/[\\/]/);
    const magic = segments.findIndex(segment => GLOB_MAGIC.test(segment));
    const literal = magic === -1 ? segments : segments.slice(0, magic);
    return external_node_path_.resolve(literal.join(external_node_path_.sep) || external_node_path_.sep);
}
/**
 * A file is hidden when a segment of its path *below where the user pointed* starts with a dot,
 * so `path: .vitepress/dist` publishes that folder while `.well-known/` inside it is hidden.
 */
function isHidden(file, searchRoots) {
    const roots = searchRoots.filter(root => isInside(root, file));
    const root = roots.sort((a, b) => b.length - a.length)[0] ?? external_node_path_.dirname(file);
    return external_node_path_.relative(root, file)
        .split(external_node_path_.sep)
        .some(segment => segment.startsWith('.') && segment !== '.' && segment !== '..');
}
/**
 * Resolves `path` lines (globs relative to the workspace, `!` lines exclude) to files.
 * Refuses, before anything is uploaded, files whose real path is outside the workspace.
 */
async function resolveFiles(patterns, options) {
    const workspace = external_node_path_.resolve(options.workspace);
    const absolute = patterns.map(line => {
        const exclude = line.startsWith('!');
        const pattern = exclude ? line.slice(1).trim() : line;
        const abs = external_node_path_.isAbsolute(pattern) ? pattern : external_node_path_.join(workspace, pattern);
        return { exclude, abs };
    });
    const includes = absolute.filter(p => !p.exclude);
    const matched = await globFiles(absolute.map(p => (p.exclude ? `!${p.abs}` : p.abs)));
    const searchRoots = includes.map(p => literalPrefix(p.abs));
    const hidden = [];
    const visible = [];
    for (const file of matched) {
        if (!options.includeHidden && isHidden(file, searchRoots))
            hidden.push(file);
        else
            visible.push(file);
    }
    return {
        files: insideWorkspace(visible, workspace),
        hiddenSkipped: hidden.map(file => relativeOrAbsolute(workspace, file)).sort(compareStrings),
        singleDirectory: await singleDirectory(includes.map(p => p.abs))
    };
}
/** Every file the patterns match, following symbolic links, hidden files included. */
async function globFiles(patterns) {
    const globber = await glob/* create */.v(patterns.join('\n'), {
        followSymbolicLinks: true,
        implicitDescendants: true,
        matchDirectories: false,
        omitBrokenSymbolicLinks: true,
        excludeHiddenFiles: false
    });
    return globber.glob();
}
/**
 * The files with their sizes and workspace-relative paths, sorted; throws, naming them, when
 * any lies outside the workspace once symbolic links are followed.
 */
function insideWorkspace(files, workspace) {
    // Synchronous calls: nothing else runs yet, and for thousands of files they cost a tenth of
    // the thread-pool round trips of their promise versions.
    const realWorkspace = external_node_fs_.realpathSync.native(workspace);
    const checked = files.map(absPath => ({
        absPath,
        real: external_node_fs_.realpathSync.native(absPath),
        stat: (0,external_node_fs_.statSync)(absPath)
    }));
    const outside = checked.filter(({ real }) => !isInside(realWorkspace, real));
    if (outside.length > 0) {
        const names = outside.map(({ absPath, real }) => absPath === real ? absPath : `${relativeOrAbsolute(workspace, absPath)} -> ${real}`);
        throw new FileSelectionError(`Refusing to publish ${plural(outside.length, 'file')} outside the workspace (IPFS content is public and permanent): ${listSome(names)}. ` +
            'Remove the symlinks, or exclude these files with `!` lines in `path`.');
    }
    return checked
        .filter(({ stat }) => stat.isFile())
        .map(({ absPath, stat }) => ({
        absPath,
        relPath: toPosix(external_node_path_.relative(workspace, absPath)),
        size: stat.size
    }))
        .sort((a, b) => compareStrings(a.relPath, b.relPath));
}
/** The directory `path` names, when it names exactly one directory and nothing else. */
async function singleDirectory(includes) {
    if (includes.length !== 1 || GLOB_MAGIC.test(includes[0]))
        return undefined;
    const stat = await external_node_fs_.promises.stat(includes[0]).catch(() => undefined);
    return stat?.isDirectory() ? external_node_path_.resolve(includes[0]) : undefined;
}
function relativeOrAbsolute(workspace, file) {
    return isInside(workspace, file) ? toPosix(external_node_path_.relative(workspace, file)) : file;
}
/** Code-point order, so the order of files is the same on every OS and locale. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The deepest directory containing every file. */
function commonAncestor(files) {
    const split = files.map(file => external_node_path_.dirname(external_node_path_.resolve(file)).split(external_node_path_.sep));
    const first = split[0] ?? [];
    let depth = first.length;
    for (const segments of split) {
        let i = 0;
        while (i < depth && i < segments.length && segments[i] === first[i])
            i++;
        depth = i;
    }
    return first.slice(0, depth).join(external_node_path_.sep) || external_node_path_.sep;
}
/** Checks a path that will travel in a multipart filename, as the Pinarkive SDKs do. */
function isSafeRelativePath(relative) {
    return (relative !== '' &&
        !relative.startsWith('/') &&
        !/^[A-Za-z]:/.test(relative) &&
        !relative.split('/').some(segment => segment === '..' || segment === ''));
}
/**
 * Lays out a directory upload: picks the root (the `root` input, else the one directory named,
 * else the deepest common ancestor) and computes each file's path inside it.
 */
function planDirectory(selection, options) {
    const workspace = external_node_path_.resolve(options.workspace);
    const root = options.root
        ? external_node_path_.resolve(workspace, options.root)
        : (selection.singleDirectory ?? commonAncestor(selection.files.map(f => f.absPath)));
    if (!isInside(workspace, root)) {
        throw new FileSelectionError(`Input \`root\` is \`${options.root}\`: it lies outside the workspace (${workspace}). Use a folder inside the repository checkout.`);
    }
    const entries = [];
    const outsideRoot = [];
    for (const file of selection.files) {
        const inside = toPosix(external_node_path_.relative(root, file.absPath));
        if (isInside(root, file.absPath) && isSafeRelativePath(inside)) {
            entries.push({ file, path: inside });
        }
        else {
            outsideRoot.push(file.relPath);
        }
    }
    if (outsideRoot.length > 0) {
        throw new FileSelectionError(`${plural(outsideRoot.length, 'matched file')} ${outsideRoot.length === 1 ? 'is' : 'are'} outside \`root\` (${relativeOrAbsolute(workspace, root)}): ${listSome(outsideRoot)}. ` +
            'Set `root` to a folder that contains every file, or narrow `path`.');
    }
    return { root, rootRelPath: toPosix(external_node_path_.relative(workspace, root)) || '.', entries };
}

;// CONCATENATED MODULE: ./src/content/plan.ts
/** From inputs to a publish plan: which files, in which mode, and what to pin. No network. */


class NoFilesError extends Error {
    name = 'NoFilesError';
}
function noFilesMessage(inputs, hidden) {
    const hiddenNote = hidden.length > 0
        ? ` ${plural(hidden.length, 'hidden file')} matched but ${hidden.length === 1 ? 'was' : 'were'} left out (${listSome(hidden, 3)}); set \`include-hidden-files: true\` to publish them.`
        : '';
    return (`No files matched \`path\` (${inputs.paths.join(', ')}). Paths are relative to the workspace; check that the build step ran and wrote its output there.` +
        hiddenNote);
}
async function buildPlan(inputs, workspace, log) {
    const plan = { files: [], pins: inputs.cids };
    if (inputs.paths.length === 0)
        return { plan, hiddenSkipped: [], noFilesMatched: false };
    const selection = await resolveFiles(inputs.paths, {
        workspace,
        includeHidden: inputs.includeHiddenFiles
    });
    const { files, hiddenSkipped } = selection;
    for (const file of files)
        log.debug(`matched ${file.relPath} (${file.size} B)`);
    if (hiddenSkipped.length > 0) {
        log.info(`Left out ${plural(hiddenSkipped.length, 'hidden file')}: ${listSome(hiddenSkipped)}. Set include-hidden-files: true to publish them.`);
    }
    if (files.length === 0) {
        const message = noFilesMessage(inputs, hiddenSkipped);
        if (inputs.ifNoFilesFound === 'error')
            throw new NoFilesError(message);
        if (inputs.ifNoFilesFound === 'warn')
            log.warning(message);
        else
            log.info(message);
        return { plan, hiddenSkipped, noFilesMatched: true };
    }
    const asDirectory = inputs.uploadAs === 'directory' ||
        (inputs.uploadAs === 'auto' && selection.singleDirectory !== undefined);
    if (asDirectory) {
        const directory = planDirectory(selection, { workspace, root: inputs.root });
        log.info(`Directory mode: ${plural(files.length, 'file')} under ${directory.rootRelPath}/ will be uploaded as one directory.`);
        plan.directory = { rootRelPath: directory.rootRelPath, entries: directory.entries };
    }
    else {
        if (inputs.root !== '') {
            log.warning('Input `root` only applies when uploading a directory (upload-as: directory); it was ignored.');
        }
        plan.files = files;
        log.info(`Files mode: ${plural(files.length, 'file')} will be uploaded one by one.`);
    }
    return { plan, hiddenSkipped, noFilesMatched: false };
}

;// CONCATENATED MODULE: ./src/github/event.ts
/**
 * What the triggering event says about where results should go: the repository, the commit the
 * content was built from, and the pull request, if any. Pure: reads a payload, calls nothing.
 */
function obj(value) {
    return typeof value === 'object' && value !== null ? value : {};
}
function str(value) {
    return typeof value === 'string' ? value : '';
}
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
function readEvent(env, payload) {
    const data = obj(payload);
    const name = env.GITHUB_EVENT_NAME ?? '';
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const info = {
        name,
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        pullRequest: undefined,
        forkPullRequest: false,
        workflowRun: undefined
    };
    if (PULL_REQUEST_EVENTS.includes(name)) {
        const pr = obj(data.pull_request);
        const head = obj(pr.head);
        const headSha = str(head.sha);
        if (typeof pr.number === 'number' && headSha) {
            // GITHUB_SHA is the merge commit here; reviewers care about the PR's head.
            info.pullRequest = { number: pr.number, headSha };
            info.sha = headSha;
        }
        const headRepo = str(obj(head.repo).full_name);
        const baseRepo = str(obj(obj(pr.base).repo).full_name) || `${owner}/${repo}`;
        info.forkPullRequest = name === 'pull_request' && headRepo !== '' && headRepo !== baseRepo;
    }
    if (name === 'workflow_run') {
        const run = obj(data.workflow_run);
        const headSha = str(run.head_sha);
        const headRepository = obj(run.head_repository);
        info.workflowRun = {
            event: str(run.event),
            headSha,
            headBranch: str(run.head_branch),
            headOwner: str(obj(headRepository.owner).login) || str(headRepository.full_name).split('/')[0],
            pullRequests: (Array.isArray(run.pull_requests) ? run.pull_requests : []).flatMap(item => {
                const pr = obj(item);
                return typeof pr.number === 'number'
                    ? [{ number: pr.number, headSha: str(obj(pr.head).sha) }]
                    : [];
            })
        };
        if (headSha)
            info.sha = headSha;
    }
    return info;
}

;// CONCATENATED MODULE: ./src/github/api.ts
/**
 * The few GitHub REST calls the action makes, over @actions/github's Octokit (which honours
 * GITHUB_API_URL, so GitHub Enterprise Server works too). Loaded only when a comment or a
 * commit status is asked for, so other runs do not pay for Octokit at start-up.
 */
function comment(raw) {
    return { id: raw.id, body: raw.body ?? '', login: raw.user?.login ?? '', htmlUrl: raw.html_url };
}
/** An HTTP status from an Octokit error, when it has one. */
function statusOf(error) {
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}
async function createGitHubApi(token) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(token);
    return {
        async viewerLogin() {
            // GraphQL `viewer` works for the GITHUB_TOKEN, whose REST GET /user answers 403.
            try {
                const result = await octokit.graphql('query { viewer { login } }');
                return result.viewer.login;
            }
            catch {
                try {
                    return (await octokit.rest.users.getAuthenticated()).data.login;
                }
                catch {
                    return undefined;
                }
            }
        },
        async *comments(owner, repo, number) {
            const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
                owner,
                repo,
                issue_number: number,
                per_page: 100
            });
            for await (const page of pages)
                yield page.data.map(comment);
        },
        async createComment(owner, repo, number, body) {
            const { data } = await octokit.rest.issues.createComment({
                owner,
                repo,
                issue_number: number,
                body
            });
            return comment(data);
        },
        async updateComment(owner, repo, id, body) {
            const { data } = await octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: id,
                body
            });
            return comment(data);
        },
        async openPulls(owner, repo, head) {
            const pulls = await octokit.paginate(octokit.rest.pulls.list, {
                owner,
                repo,
                state: 'open',
                head,
                per_page: 100
            });
            return pulls.map(pull => ({ number: pull.number, headSha: pull.head.sha }));
        },
        async createStatus(owner, repo, sha, status) {
            await octokit.rest.repos.createCommitStatus({ owner, repo, sha, ...status });
        }
    };
}

;// CONCATENATED MODULE: ./src/report/report.ts
/** What a run published and what failed: the data behind outputs, summary and comment. */
function emptyReport(cluster, timelock, options = {}) {
    return {
        dryRun: options.dryRun ?? false,
        profile: options.profile ?? 'unixfs-v1-2025',
        items: [],
        failures: [],
        notAttempted: undefined,
        directoryFiles: [],
        hiddenSkipped: [],
        warnings: [],
        error: undefined,
        cluster,
        timelock: timelock?.toISOString()
    };
}
/** The item a reader wants first: the directory, else the first file, else the first pin. */
function mainItem(report) {
    return (report.items.find(i => i.type === 'directory') ??
        report.items.find(i => i.type === 'file') ??
        report.items[0]);
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Renders a report as Markdown, for the job summary and the PR comment alike. Pure: the report
 * in, a string out, trimmed to the destination's size limit with a visible note.
 */

const TYPE_LABEL = { directory: '📁 directory', file: '📄 file', pin: '📌 pin' };
/** Makes text safe inside a Markdown table cell. */
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** Inline code that survives backticks in the text. */
function code(text) {
    const fence = text.includes('`') ? '``' : '`';
    return `${fence}${fence === '``' ? ' ' : ''}${cell(text)}${fence === '``' ? ' ' : ''}${fence}`;
}
/** Text inside `[…](url)` of a table cell. */
function linkText(text) {
    return cell(text).replace(/[[\]]/g, m => `\\${m}`);
}
/** Text inside HTML such as `<summary>`. */
function html(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}
const utf8Bytes = text => Buffer.byteLength(text, 'utf8');
/** GitHub counts comment length in characters; code points never exceed UTF-16 units. */
const characters = text => text.length;
/**
 * Adds rows to a table while the total stays within `budget`; returns the lines and how many
 * rows did not fit.
 */
function fitRows(rows, budget, measure = utf8Bytes) {
    const lines = [];
    let used = 0;
    for (const row of rows) {
        const size = measure(row) + 1;
        if (used + size > budget)
            break;
        lines.push(row);
        used += size;
    }
    return { lines, left: rows.length - lines.length };
}
function renderReport(report, layout) {
    const head = headSection(report, layout);
    const tail = [
        ...warningsSection(report),
        ...failuresSection(report),
        ...notAttemptedSection(report),
        ...hiddenSection(report)
    ];
    // The tables of items and directory files take what is left of the budget, in that order.
    const { measure } = layout;
    let budget = layout.limit - measure(head.join('\n')) - measure(tail.join('\n')) - 1024;
    const items = itemsTable(report, budget, layout);
    budget -= measure(items.join('\n'));
    const files = directoryTable(report, budget, layout);
    return [...head, ...items, ...files, ...tail].join('\n');
}
const TRIM_NOTE = (left, what, layout) => `\n> … ${plural(left, what)} not shown: trimmed to fit ${layout.limitName}. The \`results\` output has everything.\n`;
/** Title, dry-run note, preamble, the error or "nothing published", cluster and expiry. */
function headSection(report, layout) {
    const head = [`## ${layout.title}`, ''];
    if (report.dryRun) {
        head.push(`> **Dry run.** CIDs were computed locally with the \`${report.profile}\` profile. Nothing was sent to Pinarkive: the links work once the same content is published.`, '');
    }
    head.push(...(layout.preamble ?? []));
    if (report.error) {
        head.push('### ❌ The step failed', '', report.error.replace(/\n/g, '\n\n'), '');
    }
    else if (report.items.length === 0 && report.failures.length === 0 && !report.notAttempted) {
        head.push('Nothing was published: no files matched `path` and no `cids` were given.', '');
    }
    if (report.items.length > 0) {
        const cluster = report.items.find(i => i.cluster)?.cluster ?? (report.cluster || 'account default');
        const expiry = report.items.find(i => i.expiresAt)?.expiresAt ?? report.timelock;
        head.push(`**Cluster:** ${code(cluster)} · **Expires:** ${expiry ? code(expiry) : 'never'}`, '');
    }
    return head;
}
function warningsSection(report) {
    if (report.warnings.length === 0)
        return [];
    return ['### ⚠️ Warnings', '', ...report.warnings.map(w => `- ${w}`), ''];
}
function failuresSection(report) {
    if (report.failures.length === 0)
        return [];
    const rows = report.failures.map(failure => `| ${code(failure.path ?? failure.cid ?? failure.name)} | ${cell(failure.error)} |`);
    return [
        `### ❌ Failed (${report.failures.length})`,
        '',
        '| Item | Error |',
        '| --- | --- |',
        ...rows,
        ''
    ];
}
function notAttemptedSection(report) {
    if (!report.notAttempted)
        return [];
    const { items, reason } = report.notAttempted;
    return [
        `### ⏹️ Not attempted (${items.length})`,
        '',
        `The run stopped before these: ${cell(reason)}`,
        '',
        listSome(items.map(code), 20),
        ''
    ];
}
function hiddenSection(report) {
    if (report.hiddenSkipped.length === 0)
        return [];
    return [
        `> ${plural(report.hiddenSkipped.length, 'hidden file')} left out: ${listSome(report.hiddenSkipped.map(code))}. Set \`include-hidden-files: true\` to publish them.`,
        ''
    ];
}
/** One row per published item, as many as fit in `budget`. */
function itemsTable(report, budget, layout) {
    if (report.items.length === 0)
        return [];
    const rows = report.items.map(item => {
        const label = item.type === 'directory'
            ? `${code(item.path ?? item.name)} (${plural(item.files ?? 0, 'file')})`
            : item.type === 'file'
                ? code(item.path ?? item.name) +
                    (item.duplicateOf ? ` (same bytes as ${code(item.duplicateOf)})` : '')
                : code(item.name);
        const size = item.size === undefined ? '—' : formatBytes(item.size);
        const check = item.verified === true ? ' ✓' : item.verified === false ? ' ⚠️ mismatch' : '';
        return `| ${TYPE_LABEL[item.type]} | ${label} | ${code(item.cid)}${check} | ${size} | [open](${item.gatewayUrl}) |`;
    });
    const table = ['| | Item | CID | Size | Link |', '| --- | --- | --- | --- | --- |'];
    const fitted = fitRows(rows, budget - layout.measure(table.join('\n')), layout.measure);
    table.push(...fitted.lines, '');
    if (fitted.left > 0)
        table.push(TRIM_NOTE(fitted.left, 'item', layout));
    return table;
}
/** The files of an uploaded directory, collapsed, as many as fit in `budget`. */
function directoryTable(report, budget, layout) {
    if (report.directoryFiles.length === 0)
        return [];
    const directory = report.items.find(i => i.type === 'directory');
    const rows = report.directoryFiles.map(f => `| [${linkText(f.path)}](${f.url}) | ${formatBytes(f.size)} |`);
    const fitted = fitRows(rows, budget - 300, layout.measure);
    return [
        `<details><summary>${plural(report.directoryFiles.length, 'file')} in <code>${html(directory?.path ?? '.')}</code></summary>`,
        '',
        '| File | Size |',
        '| --- | --- |',
        ...fitted.lines,
        fitted.left > 0 ? TRIM_NOTE(fitted.left, 'file', layout) : '',
        '</details>',
        ''
    ];
}

;// CONCATENATED MODULE: ./src/report/comment.ts
/** The pull-request comment, rendered from a report. Pure. */


/** GitHub's limit on a comment body, in characters. */
const COMMENT_LIMIT = 65_536;
function renderComment(report, context) {
    const main = mainItem(report);
    const preamble = [`Built from [\`${context.sha.slice(0, 7)}\`](${context.commitUrl})`, ''];
    if (main) {
        preamble.push(`**[Open on IPFS](${main.gatewayUrl})** · root CID ${code(main.cid)}`, '');
    }
    const body = renderReport(report, {
        title: context.title ??
            (report.dryRun ? 'IPFS preview (dry run: nothing published)' : 'IPFS preview'),
        preamble,
        limit: COMMENT_LIMIT - context.marker.length - 1,
        measure: characters,
        limitName: "GitHub's 65,536-character comment limit"
    });
    return `${context.marker}\n${body}`;
}

;// CONCATENATED MODULE: ./src/report/status.ts
/** The commit status, rendered from a report. Pure. */


/** GitHub rejects a status description over 140 characters. */
function clip(text, max = 140) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
/** A status that tells the truth: success only when everything asked for was published. */
function commitStatusFor(report, context) {
    const main = mainItem(report);
    const failed = report.failures.length + (report.notAttempted?.items.length ?? 0);
    if (report.error || failed > 0) {
        const reason = report.error ??
            `${failed} of ${plural(failed + report.items.length, 'item')} failed: ${report.failures[0]?.error ?? report.notAttempted?.reason ?? ''}`;
        return {
            state: 'failure',
            target_url: context.runUrl,
            description: clip(reason),
            context: context.name
        };
    }
    if (!main) {
        return {
            state: 'success',
            target_url: context.runUrl,
            description: 'Nothing to publish',
            context: context.name
        };
    }
    const what = main.type === 'directory' ? `${plural(main.files ?? 0, 'file')} as ${main.cid}` : main.cid;
    const more = report.items.length > 1 ? ` (+${report.items.length - 1} more)` : '';
    return {
        state: 'success',
        target_url: main.gatewayUrl,
        description: clip(`Published ${what}${more}`),
        context: context.name
    };
}

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
/** The hidden marker. `key` is the comment header, else the workflow's name. */
function commentMarker(key) {
    // `--` would end the HTML comment early.
    return `<!-- pinarkive/pin-action: ${key.replace(/-{2,}/g, '-').replace(/>/g, '')} -->`;
}
/** `github-actions[bot]` and `github-actions` are the same identity in GitHub's APIs. */
function sameLogin(a, b) {
    const normal = (login) => login.toLowerCase().replace(/\[bot\]$/, '');
    return normal(a) === normal(b);
}
/** The pull request the results belong to, asking GitHub when the event does not say. */
async function findPullRequest(api, event) {
    if (event.pullRequest)
        return event.pullRequest;
    const run = event.workflowRun;
    if (!run || !['pull_request', 'pull_request_target'].includes(run.event))
        return undefined;
    const listed = run.pullRequests.find(pr => pr.headSha === run.headSha) ?? run.pullRequests[0];
    if (listed)
        return { number: listed.number, headSha: run.headSha };
    // A fork's run lists no pull requests; find the open one whose head is that branch and commit.
    if (!run.headOwner || !run.headBranch)
        return undefined;
    const pulls = await api.openPulls(event.owner, event.repo, `${run.headOwner}:${run.headBranch}`);
    const match = pulls.find(pr => pr.headSha === run.headSha);
    return match ? { number: match.number, headSha: run.headSha } : undefined;
}
/**
 * Updates our comment carrying `marker`, or creates it. Every page of comments is searched, and
 * only comments by the token's identity count, so another user quoting the marker is left alone.
 */
async function upsertComment(api, target, marker, body) {
    const { owner, repo, number } = target;
    const me = (await api.viewerLogin()) ?? 'github-actions[bot]';
    for await (const page of api.comments(owner, repo, number)) {
        const ours = page.find(c => c.body.includes(marker) && sameLogin(c.login, me));
        if (!ours)
            continue;
        if (ours.body === body)
            return { id: ours.id, url: ours.htmlUrl, action: 'unchanged' };
        const updated = await api.updateComment(owner, repo, ours.id, body);
        return { id: updated.id, url: updated.htmlUrl, action: 'updated' };
    }
    const created = await api.createComment(owner, repo, number, body);
    return { id: created.id, url: created.htmlUrl, action: 'created' };
}

;// CONCATENATED MODULE: ./src/github/reporter.ts
/**
 * Reports a run where reviewers look: the sticky PR comment and the commit status. Failures
 * here warn instead of failing the step, since the content is published either way.
 */




const FORK_HELP = 'Pull requests from forks get a read-only GITHUB_TOKEN. To comment on them, publish from a second workflow triggered by `workflow_run` (see "PR previews from forks" in the README).';
function explain(action, error, permission) {
    const status = statusOf(error);
    const message = error instanceof Error ? error.message : String(error);
    if (status === 403) {
        return `Could not ${action}: the token may not do it (HTTP 403: ${message}). Give the job \`permissions: ${permission}: write\`. ${FORK_HELP}`;
    }
    if (status === 401) {
        return `Could not ${action}: GitHub rejected \`github-token\` (HTTP 401: ${message}).`;
    }
    return `Could not ${action}: ${status ? `HTTP ${status}: ` : ''}${message}`;
}
async function reportToGitHub(report, event, settings, log, connect = createGitHubApi) {
    const result = { commentUrl: '', commentId: '' };
    if (!settings.comment && !settings.commitStatus)
        return result;
    if (settings.token === '') {
        log.warning('Input `github-token` is empty, so no comment or commit status can be written. Leave it unset to use the job token.');
        return result;
    }
    const api = await connect(settings.token);
    let pullRequest;
    try {
        pullRequest = await findPullRequest(api, event);
    }
    catch (error) {
        log.warning(explain('find the pull request of this workflow run', error, 'pull-requests'));
    }
    if (settings.comment)
        Object.assign(result, await reporter_comment(api, report, event, pullRequest, settings, log));
    if (settings.commitStatus)
        await setStatus(api, report, event, pullRequest, settings, log);
    return result;
}
/** The sticky comment on the pull request, when there is one. */
async function reporter_comment(api, report, event, pullRequest, settings, log) {
    if (!pullRequest) {
        log.info(`comment: true, but this run (${event.name}) is not for a pull request; no comment written.`);
        return {};
    }
    const { owner, repo } = event;
    const sha = pullRequest.headSha || event.sha;
    const marker = commentMarker(settings.commentHeader || settings.workflow || 'default');
    const body = renderComment(report, {
        marker,
        sha,
        commitUrl: `${settings.serverUrl}/${owner}/${repo}/commit/${sha}`,
        title: settings.title
    });
    try {
        const upserted = await upsertComment(api, { owner, repo, number: pullRequest.number }, marker, body);
        log.info(`PR #${pullRequest.number}: comment ${upserted.action}: ${upserted.url}`);
        return { commentUrl: upserted.url, commentId: String(upserted.id) };
    }
    catch (error) {
        log.warning(explain(`comment on pull request #${pullRequest.number}`, error, 'pull-requests'));
        return {};
    }
}
/** The commit status on the commit the content was built from. */
async function setStatus(api, report, event, pullRequest, settings, log) {
    const sha = pullRequest?.headSha || event.sha;
    const context = `pinarkive${settings.commentHeader ? `/${settings.commentHeader}` : ''}`;
    const status = commitStatusFor(report, { name: context, runUrl: settings.runUrl });
    try {
        await api.createStatus(event.owner, event.repo, sha, status);
        log.info(`Commit status ${context} on ${sha.slice(0, 7)}: ${status.state} (${status.description})`);
    }
    catch (error) {
        log.warning(explain(`set the commit status on ${sha.slice(0, 7)}`, error, 'statuses'));
    }
}

;// CONCATENATED MODULE: ./src/shared/duration.ts
/** Parses the `timelock` input: an absolute ISO 8601 date-time or a relative duration. */
const UNIT_MS = {
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 7 * 86_400_000
};
/** `30d`, `12h`, `90m`, `2w`, `45s`, or combinations such as `1d12h`. */
const RELATIVE = /^(?:\d+[smhdw])+$/;
const RELATIVE_PART = /(\d+)([smhdw])/g;
/** A date-time must carry a zone: a runner's clock is UTC, a developer's laptop may not be. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Date rolls 2030-02-30 over to March; a user who typed it made a mistake worth naming. */
function isCalendarDate(value) {
    const [year, month, day] = value.slice(0, 10).split('-').map(Number);
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}
/** Milliseconds in a relative duration such as `1d12h`, or undefined when `text` is not one. */
function parseRelativeDuration(text) {
    const compact = text.trim().toLowerCase();
    if (!RELATIVE.test(compact))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of compact.matchAll(RELATIVE_PART)) {
        total += Number(amount) * UNIT_MS[unit];
    }
    return total;
}
/**
 * Resolves a timelock to an absolute instant. Throws a message meant to be prefixed with the
 * input's name, so the caller can name the input and the value.
 */
function parseTimelock(text, now) {
    const value = text.trim();
    const relative = parseRelativeDuration(value);
    let at;
    if (relative !== undefined) {
        at = new Date(now.getTime() + relative);
    }
    else if (ISO_DATE_TIME.test(value) || ISO_DATE.test(value)) {
        // A bare date means midnight UTC, which is how Date parses the date-only ISO form.
        at = new Date(value);
        if (Number.isNaN(at.getTime()) || !isCalendarDate(value)) {
            throw new Error('is not a valid date. Use an ISO 8601 date-time such as 2030-12-31T23:59:59Z');
        }
    }
    else if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
        throw new Error('has no time zone. Add Z for UTC or an offset, as in 2030-12-31T23:59:59Z');
    }
    else {
        throw new Error('is neither an ISO 8601 date-time (2030-12-31T23:59:59Z) nor a duration such as 30d, 12h or 90m');
    }
    if (at.getTime() <= now.getTime()) {
        throw new Error(`lies in the past (${at.toISOString()}; now is ${now.toISOString()}). Pick a later date or a duration such as 30d`);
    }
    return at;
}

;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * The action's inputs, parsed and validated once into a typed object. `parseInputs` is pure (it
 * reads through a function), so tests need no environment; `getInputs` wires it to the runner.
 */




const DEFAULT_API_URL = 'https://api.pinarkive.com/api/v3';
/** Every problem with the inputs, reported together so one edit fixes them all. */
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1
            ? problems[0]
            : `${problems.length} inputs need fixing:\n${problems.map(p => `- ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'InputError';
    }
}
/** Hosts where plain http cannot expose the key to anyone but this machine. */
function isLoopback(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
function lines(value) {
    return value
        .split(/\r?\n/)
        .map(line => line.trim())
        .filter(line => line !== '');
}
/**
 * Reads inputs one by one, collecting every problem instead of stopping at the first, so one
 * edit of the workflow fixes them all.
 */
class InputParser {
    read;
    problems = [];
    constructor(read) {
        this.read = read;
    }
    problem(name, value, text) {
        this.problems.push(`Input \`${name}\` is \`${value}\`: ${text}`);
    }
    oneOf(name, allowed, fallback) {
        const value = this.read(name);
        if (value === '')
            return fallback;
        const match = allowed.find(option => option === value.toLowerCase());
        if (match === undefined)
            this.problem(name, value, `expected one of ${allowed.join(', ')}.`);
        return match ?? fallback;
    }
    /** The YAML 1.2 core booleans, as core.getBooleanInput accepts. */
    bool(name, fallback) {
        const value = this.read(name);
        if (value === '')
            return fallback;
        if (['true', 'True', 'TRUE'].includes(value))
            return true;
        if (['false', 'False', 'FALSE'].includes(value))
            return false;
        this.problem(name, value, 'expected true or false.');
        return fallback;
    }
    number(name, fallback, min, max, whole = true) {
        const value = this.read(name);
        if (value === '')
            return fallback;
        const parsed = Number(value);
        const ok = Number.isFinite(parsed) && (!whole || Number.isInteger(parsed));
        if (!ok || parsed < min || parsed > max) {
            this.problem(name, value, `expected ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}.`);
            return fallback;
        }
        return parsed;
    }
}
function parseInputs(read, context) {
    const parser = new InputParser(read);
    const paths = lines(read('path'));
    const cids = parseCidList(parser);
    const dryRun = parser.bool('dry-run', false);
    const apiKey = read('api-key');
    checkSomethingToDo(parser, { paths, cids, apiKey, dryRun }, context);
    // Problems are listed in this order: what to publish, then when, then where.
    const timelock = parseTimelockInput(parser, context.now);
    const maxDurationMs = parseMaxDuration(parser);
    const apiUrl = parseApiUrl(parser);
    const gateway = parseGateway(parser);
    const inputs = {
        apiKey,
        paths,
        cids: cids.valid,
        uploadAs: parser.oneOf('upload-as', ['auto', 'directory', 'files'], 'auto'),
        root: read('root'),
        name: read('name') || defaultName(context),
        cluster: read('cluster'),
        timelock,
        gateway,
        ifNoFilesFound: parser.oneOf('if-no-files-found', ['error', 'warn', 'ignore'], 'error'),
        includeHiddenFiles: parser.bool('include-hidden-files', false),
        concurrency: parser.number('concurrency', 4, 1, 64),
        retries: parser.number('retries', 5, 0, 20),
        timeoutMs: parser.number('timeout', 120, 0.1, 86_400, false) * 1000,
        maxDurationMs,
        apiUrl,
        summary: parser.bool('summary', true),
        comment: parser.bool('comment', false),
        commentHeader: read('comment-header'),
        githubToken: read('github-token'),
        commitStatus: parser.bool('commit-status', false),
        cidProfile: parser.oneOf('cid-profile', CID_PROFILES, 'unixfs-v1-2025'),
        verify: parser.oneOf('verify', ['warn', 'error', 'off'], 'warn'),
        dryRun
    };
    checkCluster(parser, inputs.cluster);
    if (parser.problems.length > 0)
        throw new InputError(parser.problems);
    return inputs;
}
/** `cids`: every line a CID; all invalid ones are listed in one problem. */
function parseCidList(parser) {
    const cidLines = lines(parser.read('cids'));
    const check = checkCids(cidLines);
    if (check.invalid.length > 0) {
        parser.problems.push(`Input \`cids\` has ${check.invalid.length} invalid ${check.invalid.length === 1 ? 'CID' : 'CIDs'}:\n` +
            check.invalid.map(({ value, reason }) => `  - \`${value}\`: ${reason}`).join('\n') +
            '\n  Fix: list one CID per line (CIDv0 Qm… or CIDv1 such as bafy…).');
    }
    return { valid: check.valid, lines: cidLines };
}
/** Something to publish, and a key to publish it with unless this is a dry run. */
function checkSomethingToDo(parser, given, context) {
    if (given.paths.length === 0 && given.cids.lines.length === 0) {
        parser.problems.push('Nothing to publish: inputs `path` and `cids` are both empty. Set `path` to the files or directory to upload, or `cids` to CIDs to pin.');
    }
    else if (given.apiKey === '' && !given.dryRun && context.forkPullRequest) {
        parser.problems.push('Input `api-key` is empty because this pull request comes from a fork: GitHub does not give secrets to workflows run for forks. ' +
            'Set `dry-run: true` to compute and show the CIDs a merge would publish, without uploading; ' +
            'or publish fork PRs from a second workflow triggered by `workflow_run`, which runs with secrets (see "PR previews from forks" in the README).');
    }
    else if (given.apiKey === '' && !given.dryRun) {
        parser.problems.push('Input `api-key` is empty. Pass a Pinarkive API key kept as a repository secret: `api-key: ${{ secrets.PINARKIVE_API_KEY }}`.');
    }
}
function defaultName(context) {
    const shortSha = (context.sha ?? '').slice(0, 7);
    return context.repository
        ? `${context.repository}${shortSha ? `@${shortSha}` : ''}`
        : 'pin-action';
}
function checkCluster(parser, cluster) {
    if (cluster !== '' && !/^[A-Za-z0-9._-]+$/.test(cluster)) {
        parser.problem('cluster', cluster, 'expected a cluster id such as cl0-global or cl1-eu.');
    }
}
function parseTimelockInput(parser, now) {
    const text = parser.read('timelock');
    if (text === '')
        return undefined;
    try {
        return parseTimelock(text, now);
    }
    catch (error) {
        parser.problem('timelock', text, error.message + '.');
        return undefined;
    }
}
/** Plain numbers are seconds, like `timeout`; durations such as 45m read as in `timelock`. */
function parseMaxDuration(parser) {
    const text = parser.read('max-duration');
    if (text === '')
        return undefined;
    const seconds = Number(text);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : parseRelativeDuration(text);
    if (ms === undefined || !(ms > 0)) {
        parser.problem('max-duration', text, 'expected seconds or a duration such as 45m or 1h30m.');
        return undefined;
    }
    return ms;
}
/** The API base without a trailing slash: https, or http only to this machine. */
function parseApiUrl(parser) {
    const text = parser.read('api-url') || DEFAULT_API_URL;
    let apiUrl = text.replace(/\/+$/, '');
    try {
        const url = new URL(text);
        if (url.username || url.password) {
            parser.problem('api-url', '(hidden)', 'must not contain credentials. Pass the key in `api-key`.');
            apiUrl = DEFAULT_API_URL;
        }
        else if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
            parser.problem('api-url', text, 'plain http would send the API key in clear text. Use https:// (http is allowed only for localhost).');
        }
        else if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            parser.problem('api-url', text, 'expected an https:// URL such as ' + DEFAULT_API_URL + '.');
        }
    }
    catch {
        parser.problem('api-url', text, 'is not a URL. Expected something like ' + DEFAULT_API_URL + '.');
    }
    return apiUrl;
}
function parseGateway(parser) {
    const gateway = parser.read('gateway');
    if (gateway === '')
        return gateway;
    try {
        const url = new URL(gateway.replace('{cid}', 'cid'));
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            throw new Error('protocol');
    }
    catch {
        parser.problem('gateway', gateway, 'is not an http(s) URL. Expected a base such as https://gateway.pinarkive.com/ipfs/ or a template such as https://{cid}.ipfs.dweb.link/.');
    }
    return gateway;
}
/** Reads the inputs from the runner, masking the secrets before anything else can log them. */
function getInputs(env, event) {
    for (const secret of ['api-key', 'github-token']) {
        const value = core/* getInput */.V4(secret);
        if (value !== '')
            core/* setSecret */.Pq(value);
    }
    return parseInputs(name => core/* getInput */.V4(name), {
        now: new Date(),
        repository: env.GITHUB_REPOSITORY,
        sha: event.sha,
        forkPullRequest: event.forkPullRequest
    });
}

;// CONCATENATED MODULE: ./src/content/dedupe.ts
/**
 * Files mode uploads each content once. Which file of a set with the same bytes is uploaded
 * must not depend on which one was read first, so claims on a content are settled in task
 * order: the first file in the selection wins, the others become its duplicates.
 */
class ContentClaims {
    /** By file size (only files of one size can share bytes): the previous task's settlement. */
    settled = new Map();
    owners = new Map();
    /**
     * Joins the queue of files of this size; call in task order, before anything is awaited.
     * Returns `claim(key)`, which waits for the earlier files of this size to claim theirs and
     * answers the index of the earlier file that owns `key`, or undefined when this one does.
     * It must be called exactly once, with `undefined` when the key could not be found, or the
     * files after it wait forever.
     */
    enter(index, size) {
        const previous = this.settled.get(size);
        let settle;
        this.settled.set(size, new Promise(resolve => (settle = resolve)));
        return async (key) => {
            try {
                await previous;
                if (key === undefined)
                    return undefined;
                const owner = this.owners.get(key);
                if (owner === undefined)
                    this.owners.set(key, index);
                return owner;
            }
            finally {
                settle();
            }
        };
    }
}

;// CONCATENATED MODULE: ./src/content/read-file.ts
/**
 * Reading a matched file for an upload: whole and at once when small, in chunks when big, and
 * always exactly the size the scan saw, so a file that changed in between fails by name instead
 * of sending a body that no longer matches its Content-Length.
 */

/** Files up to this size are read in one call: one open and read instead of a stream's four. */
const WHOLE_FILE_MAX = 1024 * 1024;
/** Big files are read in chunks this size: small enough that garbage stays small. */
const READ_CHUNK = 64 * 1024;
/** A file could not be read as planned; trying again will not help. */
class FileReadError extends Error {
    name = 'FileReadError';
}
/**
 * A file of up to `WHOLE_FILE_MAX` bytes, read whole and synchronously: open, stat, read and
 * close are then four quick system calls instead of four thread-pool round trips, which took a
 * tenth off the time of 1,000 small uploads.
 */
function readWhole(path, size) {
    let data;
    try {
        data = (0,external_node_fs_.readFileSync)(path);
    }
    catch (error) {
        throw unreadable(path, error);
    }
    if (data.length !== size)
        throw changed(path, size, data.length);
    return data;
}
/** The file's bytes, exactly `size` of them, or a `FileReadError` naming the file. */
async function* readExactly(path, size) {
    if (size <= WHOLE_FILE_MAX) {
        yield readWhole(path, size);
        return;
    }
    let read = 0;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: READ_CHUNK })) {
            read += chunk.length;
            if (read > size)
                break;
            yield chunk;
        }
    }
    catch (error) {
        throw unreadable(path, error);
    }
    if (read !== size)
        throw changed(path, size, read);
}
/** A source of an upload's bytes that reads the file afresh for every attempt. */
function fileSource(path, size, data) {
    return {
        size,
        chunks: () => data ? [data] : readExactly(path, size)
    };
}
function unreadable(path, error) {
    return new FileReadError(`cannot read ${path}: ${error.message}`);
}
function changed(path, expected, read) {
    return new FileReadError(`${path} changed while it was being uploaded (expected ${expected} bytes, read ${read})`);
}

;// CONCATENATED MODULE: ./src/shared/deadline.ts
/** The run's deadline (`max-duration`): one signal that every phase and request watches. */
/** The deadline passed or the run was stopped; the work was abandoned. */
class AbandonedError extends Error {
    name = 'AbandonedError';
}
/** `setTimeout` holds a signed 32-bit delay; longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/**
 * A signal aborted with `reason` after `ms` (never when undefined). Waits longer than a timer
 * can hold are chained, so `max-duration: 30d` means 30 days rather than "now".
 */
function startDeadline(ms, reason) {
    const controller = new AbortController();
    let timer;
    if (ms !== undefined) {
        const end = Date.now() + ms;
        const arm = () => {
            const left = end - Date.now();
            if (left <= 0)
                controller.abort(reason());
            else
                timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
        };
        timer = setTimeout(arm, Math.min(ms, MAX_TIMER_MS));
    }
    return { signal: controller.signal, dispose: () => clearTimeout(timer) };
}

;// CONCATENATED MODULE: ./src/pinarkive/errors.ts
/** Errors the Pinarkive transport raises. They carry facts; `explain.ts` turns them into advice. */

/** The API answered with a non-success status. */
class ApiError extends Error {
    status;
    serverMessage;
    code;
    required;
    attempts;
    name = 'ApiError';
    constructor(status, 
    /** The body's `message ?? error`, when there is one. */
    serverMessage, 
    /** The body's `code`, such as `missing_scope` or `FILE_TOO_LARGE`. */
    code, 
    /** The scope a 403 `missing_scope` asks for. */
    required, 
    /** Attempts made, including the first. */
    attempts) {
        super(`HTTP ${status}${code ? ` ${code}` : ''}${serverMessage ? `: ${serverMessage}` : ''}`);
        this.status = status;
        this.serverMessage = serverMessage;
        this.code = code;
        this.required = required;
        this.attempts = attempts;
    }
}
/** The request did not get an answer: a network error, or no progress within `timeout`. */
class TransportError extends Error {
    kind;
    attempts;
    name = 'TransportError';
    constructor(kind, message, attempts) {
        super(message);
        this.kind = kind;
        this.attempts = attempts;
    }
}
/** The server asked for a wait longer than we hold a runner for; the run stops. */
class RateLimitWaitError extends Error {
    waitMs;
    retryAt;
    name = 'RateLimitWaitError';
    constructor(waitMs, retryAt) {
        super(`rate limited for ${Math.ceil(waitMs / 1000)} s, until ${retryAt.toISOString()}`);
        this.waitMs = waitMs;
        this.retryAt = retryAt;
    }
}
/** A success status with a body we cannot use (no CID in it). */
class ProtocolError extends Error {
    name = 'ProtocolError';
}
/** An upload's bytes could not be produced (a file vanished or changed); retrying will not help. */
class BodySourceError extends Error {
    name = 'BodySourceError';
}

;// CONCATENATED MODULE: ./src/pinarkive/explain.ts
/** Turns transport errors into messages that name the cause and the fix. Pure. */


const KEY_HELP = 'Create a key in the Pinarkive dashboard (Account → API tokens) and store it as a secret';
/** Errors after which every other request would fail the same way: stop starting new ones. */
function isFatal(error) {
    if (error instanceof RateLimitWaitError || error instanceof AbandonedError)
        return true;
    if (!(error instanceof ApiError))
        return false;
    return (error.status === 401 ||
        (error.status === 403 &&
            (error.code === 'missing_scope' || error.code === 'email_not_verified')));
}
function explainForbidden(error, context) {
    const text = `${error.code ?? ''} ${error.serverMessage ?? ''}`.toLowerCase();
    if (error.code === 'missing_scope') {
        const scope = error.required ?? 'files:write';
        return `The API key lacks the scope \`${scope}\` (HTTP 403 missing_scope). ${KEY_HELP} with the scopes \`files:write\` and \`cluster:read\`.`;
    }
    if (error.code === 'email_not_verified') {
        return 'The Pinarkive account has not verified its email address (HTTP 403 email_not_verified). Verify it from the Pinarkive dashboard, then re-run.';
    }
    if (context.cluster && text.includes('cluster')) {
        return `Cluster \`${context.cluster}\` is not allowed on this account's plan (${error.message}). Choose an allowed cluster in \`cluster\`, leave it empty for the account default, or upgrade the plan.`;
    }
    if (context.timelock && (text.includes('timelock') || text.includes('premium'))) {
        return `\`timelock\` needs a premium Pinarkive plan (${error.message}). Remove \`timelock\` or upgrade the plan.`;
    }
    if (text.includes('quota') || text.includes('storage')) {
        return `The account's storage quota is exhausted (${error.message}). Free space by unpinning old content, or upgrade the plan.`;
    }
    return `Pinarkive refused ${context.item} (${error.message}). The key is valid, but the account's plan does not allow this: check its clusters, quota and limits.`;
}
/** A one-paragraph explanation of why `item` failed and what to change. */
function explainError(error, context) {
    if (error instanceof ApiError) {
        const tries = error.attempts > 1 ? ` after ${error.attempts} attempts` : '';
        switch (error.status) {
            case 401:
                return `Pinarkive rejected the API key (${error.message}). Check that \`api-key\` holds a current key: keys can be revoked or expire. ${KEY_HELP}.`;
            case 403:
                return explainForbidden(error, context);
            case 413: {
                const size = context.size !== undefined ? ` (${formatBytes(context.size)})` : '';
                return context.kind === 'directory'
                    ? `${context.item}${size} is larger than Pinarkive accepts in one directory upload (HTTP 413${error.code ? ` ${error.code}` : ''}). Exclude large files with \`!\` lines in \`path\`, or use \`upload-as: files\`.`
                    : `${context.item}${size} is larger than Pinarkive accepts for one file on this plan (HTTP 413${error.code ? ` ${error.code}` : ''}). Split or compress it, exclude it with a \`!\` line in \`path\`, or upgrade the plan.`;
            }
            case 404:
                return context.kind === 'pin'
                    ? `Pinarkive could not find ${context.item.replace(/^pin /, '')} on the IPFS network (${error.message}). Make sure a node that has the content is online and reachable, then re-run.`
                    : `Pinarkive has no such endpoint (${error.message}). Check \`api-url\`: it should end in /api/v3 (${context.apiUrl}).`;
            case 400: {
                const hint = /timelock/i.test(error.serverMessage ?? '')
                    ? ' Check `timelock`.'
                    : /cid/i.test(error.serverMessage ?? '')
                        ? ' Check the CID.'
                        : '';
                return `Pinarkive refused ${context.item} as invalid (${error.message}).${hint}`;
            }
            case 410:
                return `This API version is retired (${error.message}). Set \`api-url\` to a /api/v3 address, or leave it empty.`;
            case 429:
                return `Pinarkive kept rate limiting ${context.item}${tries}. Lower \`concurrency\` or raise \`retries\`.`;
            default:
                if (error.status >= 300 && error.status < 400) {
                    return `Pinarkive answered ${context.item} with a redirect (${error.message}). Redirects are not followed, so the key is only ever sent to \`api-url\`.`;
                }
                return error.status >= 500
                    ? `Pinarkive had a server error for ${context.item}${tries} (${error.message}). This is usually temporary: re-run the job, or raise \`retries\`.`
                    : `Pinarkive refused ${context.item} (${error.message}).`;
        }
    }
    if (error instanceof TransportError) {
        const tries = error.attempts > 1 ? ` after ${error.attempts} attempts` : '';
        return error.kind === 'timeout'
            ? `${context.item}: ${error.message}${tries}. Raise \`timeout\` (seconds without progress; now ${context.timeoutMs / 1000}) if the server is slow to answer.`
            : `Could not reach Pinarkive at ${context.apiUrl} for ${context.item}${tries}: ${error.message}.`;
    }
    if (error instanceof RateLimitWaitError) {
        return `Pinarkive's rate limit asks to wait ${Math.ceil(error.waitMs / 1000)} s, longer than this run waits (5 min). Re-run after ${error.retryAt.toISOString()}.`;
    }
    if (error instanceof BodySourceError || error instanceof ProtocolError)
        return error.message;
    if (error instanceof AbandonedError) {
        return `${context.item} was abandoned when \`max-duration\` ran out. Raise \`max-duration\`, or publish less per run.`;
    }
    return `${context.item}: ${error instanceof Error ? error.message : String(error)}`;
}

;// CONCATENATED MODULE: ./src/pinarkive/gateway.ts
const DEFAULT_GATEWAY = 'https://gateway.pinarkive.com/ipfs/';
/**
 * The base for links to content on `clusterId`: the `gateway` input, else that cluster's first
 * gateway by `order`, else Pinarkive's public gateway.
 */
function gatewayBase(input, clusterId, clusters) {
    if (input !== '')
        return input;
    const cluster = clusters?.find(c => c.id === clusterId);
    return cluster?.gateways[0]?.base ?? DEFAULT_GATEWAY;
}
/** Encodes each segment of a path inside a directory, keeping the slashes between them. */
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
/**
 * `https://gw/ipfs/` + CID (+ `/path`). A base containing `{cid}` is a template, for subdomain
 * gateways such as `https://{cid}.ipfs.dweb.link/`.
 */
function gatewayUrl(base, cid, path) {
    const suffix = path ? encodePath(path) : '';
    if (base.includes('{cid}')) {
        const root = base.replace('{cid}', cid);
        return suffix ? `${root.replace(/\/?$/, '/')}${suffix}` : root;
    }
    const withSlash = base.endsWith('/') ? base : `${base}/`;
    return `${withSlash}${cid}${suffix ? `/${suffix}` : ''}`;
}

;// CONCATENATED MODULE: ./src/publish/publish.ts
/**
 * Carries out a publish plan: the directory or files to upload and the CIDs to pin, in parallel
 * up to `concurrency`. One failed item never stops the others; an error that would fail every
 * request (a rejected key, say) stops new ones from starting.
 */







/** What the run has found so far, by task index; tasks finish in any order. */
class PublishState {
    published = new Map();
    failed = new Map();
    /** A files-mode file whose bytes an earlier file has: task index → that file's index. */
    duplicateOf = new Map();
    claims = new ContentClaims();
    warnings = [];
    directoryFiles = [];
    /** The explained error that stops new tasks from starting. */
    fatal;
}
async function publish(plan, target, settings, log) {
    const tasks = buildTasks(plan);
    const session = { target, settings, log, state: new PublishState() };
    const deadline = settings.deadline;
    const skipped = await runPool(tasks, settings.concurrency, (task, index) => runTask(session, task, index), () => session.state.fatal !== undefined || deadline?.aborted === true);
    return collectOutcome(session, tasks, skipped);
}
/** One task per item, reported in input order: the directory, then files, then pins. */
function buildTasks(plan) {
    const tasks = [];
    if (plan.directory) {
        const { rootRelPath, entries } = plan.directory;
        const size = entries.reduce((sum, e) => sum + e.file.size, 0);
        const label = `${rootRelPath}/ (${plural(entries.length, 'file')}, ${formatBytes(size)})`;
        tasks.push({ type: 'directory', label, rootRelPath, entries, size });
    }
    for (const file of plan.files)
        tasks.push({ type: 'file', label: file.relPath, file });
    for (const cid of plan.pins)
        tasks.push({ type: 'pin', label: `pin ${cid}`, cid });
    return tasks;
}
function describeTask(task) {
    return task.type === 'pin'
        ? task.cid
        : task.type === 'file'
            ? task.file.relPath
            : task.rootRelPath;
}
/** One item: its request, and on failure an explained entry in `failed`. */
async function runTask(session, task, index) {
    try {
        // A file queues for its content before anything is awaited: claims go in task order.
        if (task.type === 'file') {
            await uploadFile(session, task, index, session.state.claims.enter(index, task.file.size));
        }
        else if (task.type === 'directory') {
            await uploadDirectory(session, task, index);
        }
        else {
            await pinCid(session, task, index);
        }
    }
    catch (error) {
        recordFailure(session, task, index, error);
    }
}
/** The cluster, expiry and gateway of what the server answered. */
function placement(session, uploaded) {
    const { settings, target } = session;
    const cluster = uploaded.clusterId ?? (settings.cluster || null);
    return {
        cluster,
        expiresAt: uploaded.expiresAt ?? settings.timelock?.toISOString() ?? null,
        gateway: target.gatewayFor(cluster)
    };
}
function pinOptions(settings) {
    return { cluster: settings.cluster, timelock: settings.timelock };
}
/** Uploads a file, unless an earlier file has its bytes (then records it as a duplicate). */
async function uploadFile(session, task, index, claim) {
    const { target, settings, state, log } = session;
    const { file } = task;
    const identity = await target.identify(file, settings.deadline).catch(async (error) => {
        await claim(undefined);
        throw error;
    });
    const owner = await claim(identity.key);
    if (owner !== undefined) {
        state.duplicateOf.set(index, owner);
        return;
    }
    const name = external_node_path_.posix.basename(file.relPath);
    const uploaded = await target.api.uploadFile({ filename: name, source: fileSource(file.absPath, file.size, identity.data) }, pinOptions(settings), task.label);
    const { cluster, expiresAt, gateway } = placement(session, uploaded);
    state.published.set(index, {
        type: 'file',
        path: file.relPath,
        name,
        cid: uploaded.cid,
        size: file.size,
        cluster,
        gatewayUrl: gatewayUrl(gateway, uploaded.cid),
        expiresAt
    });
    log.info(`${verb(target, 'upload')} ${file.relPath} (${formatBytes(file.size)}) → ${uploaded.cid}`);
}
async function uploadDirectory(session, task, index) {
    const { target, settings, state, log } = session;
    const uploaded = await target.api.uploadDirectory(task.entries.map(e => ({ path: e.path, source: fileSource(e.file.absPath, e.file.size) })), { ...pinOptions(settings), dirName: settings.name }, task.label);
    const { cluster, expiresAt, gateway } = placement(session, uploaded);
    state.published.set(index, {
        type: 'directory',
        path: task.rootRelPath,
        name: settings.name,
        cid: uploaded.cid,
        size: task.size,
        files: task.entries.length,
        cluster,
        gatewayUrl: gatewayUrl(gateway, uploaded.cid),
        expiresAt
    });
    state.directoryFiles = task.entries.map(e => ({
        path: e.path,
        size: e.file.size,
        url: gatewayUrl(gateway, uploaded.cid, e.path)
    }));
    const flattened = flattenedWarning(task, uploaded, log);
    if (flattened)
        state.warnings.push(flattened);
    log.info(`${verb(target, 'upload')} ${task.label} → ${uploaded.cid}`);
}
async function pinCid(session, task, index) {
    const { target, settings, state, log } = session;
    const pinned = await target.api.pin(task.cid, { ...pinOptions(settings), name: settings.name });
    const { cluster, expiresAt, gateway } = placement(session, pinned);
    state.published.set(index, {
        type: 'pin',
        name: settings.name,
        cid: pinned.cid,
        cluster,
        gatewayUrl: gatewayUrl(gateway, pinned.cid),
        expiresAt
    });
    log.info(`${verb(target, 'pin')} ${pinned.cid}`);
}
/** `Uploaded` / `Would upload`: a dry run's log says nothing was sent. */
function verb(target, action) {
    if (target.dryRun)
        return action === 'upload' ? 'Would upload' : 'Would pin';
    return action === 'upload' ? 'Uploaded' : 'Pinned';
}
function recordFailure(session, task, index, error) {
    const { settings, state, log } = session;
    const size = task.type === 'pin' ? undefined : (task.type === 'file' ? task.file : task).size;
    const message = error instanceof FileReadError
        ? error.message
        : explainError(error, {
            item: task.label,
            kind: task.type,
            size,
            cluster: settings.cluster,
            timelock: settings.timelock,
            apiUrl: settings.apiUrl,
            timeoutMs: settings.timeoutMs
        });
    state.failed.set(index, {
        type: task.type,
        path: task.type === 'pin' ? undefined : describeTask(task),
        name: task.type === 'file' ? external_node_path_.posix.basename(task.file.relPath) : settings.name,
        cid: task.type === 'pin' ? task.cid : undefined,
        size,
        error: message
    });
    log.info(`Failed ${task.label}: ${message}`);
    if (isFatal(error) && state.fatal === undefined)
        state.fatal = message;
}
/**
 * Compares the paths the server says it stored with those sent. A server that strips folders
 * (multer without preservePath) would publish a broken site, so this is worth a warning.
 */
function flattenedPaths(sent, listed) {
    const stored = new Set(listed);
    const keptUnderPrefix = (p) => listed.some(l => l.endsWith(`/${p}`));
    return sent.filter(p => !stored.has(p) && !keptUnderPrefix(p));
}
/** The warning for a directory whose folders the server did not keep, if it did not. */
function flattenedWarning(task, uploaded, log) {
    if (uploaded.files === undefined) {
        log.debug('The server did not list the stored files, so their paths could not be checked.');
        return undefined;
    }
    const listed = uploaded.files.map(f => f.path);
    const lost = flattenedPaths(task.entries.map(e => e.path).filter(p => p.includes('/')), listed);
    if (lost.length === 0)
        return undefined;
    const examples = lost.slice(0, 3).map(p => {
        const stored = listed.find(l => l === p.split('/').pop());
        return stored ? `\`${p}\` was stored as \`${stored}\`` : `\`${p}\` is missing`;
    });
    return (`Pinarkive did not keep the folder structure of ${plural(lost.length, 'file')} (${examples.join('; ')}${lost.length > 3 ? '; …' : ''}). ` +
        'Links between pages of this site will be broken. Report it to Pinarkive support, or use `upload-as: files`.');
}
/**
 * The outcome in input order. A duplicate takes its original's CID, or fails with it: the
 * original started before the duplicate claimed, so it either published or failed.
 */
function collectOutcome(session, tasks, skipped) {
    const { state, log, settings } = session;
    const items = [];
    const failures = [];
    let duplicates = 0;
    tasks.forEach((task, index) => {
        const item = state.published.get(index);
        const failure = state.failed.get(index);
        if (item)
            items.push(item);
        if (failure)
            failures.push(failure);
        const owner = state.duplicateOf.get(index);
        if (owner === undefined || task.type !== 'file')
            return;
        const file = task.file;
        const of = describeTask(tasks[owner]);
        const original = state.published.get(owner);
        const name = external_node_path_.posix.basename(file.relPath);
        if (original) {
            duplicates++;
            items.push({ ...original, path: file.relPath, name, duplicateOf: of });
            log.info(`Skipped ${file.relPath}: same bytes as ${of} → ${original.cid}`);
        }
        else {
            failures.push({
                type: 'file',
                path: file.relPath,
                name,
                size: file.size,
                error: `Same bytes as ${of}, which failed.`
            });
        }
    });
    if (duplicates > 0) {
        log.info(`${plural(duplicates, 'file')} had the same bytes as another file and ${duplicates === 1 ? 'was' : 'were'} not uploaded twice.`);
    }
    const deadline = settings.deadline;
    const notAttempted = skipped.length > 0
        ? {
            items: skipped.map(i => describeTask(tasks[i])),
            reason: deadline?.aborted ? String(deadline.reason) : (state.fatal ?? 'the run stopped')
        }
        : undefined;
    if (notAttempted) {
        log.info(`Not attempted (${notAttempted.items.length}): ${listSome(notAttempted.items)}`);
    }
    return {
        items,
        failures,
        notAttempted,
        directoryFiles: state.directoryFiles,
        warnings: state.warnings
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/content/file-identity.ts
/**
 * What a files-mode upload is, found just before it is sent: its bytes when the file is small
 * enough to send from memory, its local CID when one is wanted (`verify`), and a key that is
 * equal for equal bytes, so each content is uploaded once. A small file is read once for all
 * three.
 */






/** Files this big get a log line before they are hashed. */
const ANNOUNCED_HASH_SIZE = 1024 ** 3;
/** A dry run's identities: CIDs computed beforehand, nothing read again. */
function knownCids(local) {
    return async (file) => ({ key: local.files.get(file.relPath) });
}
/**
 * Reads each file as it is about to be uploaded. With a `profile`, every file gets its CID,
 * recorded in `local` for verification, and that is its key. Without one (`verify: off`), a
 * file whose size no other file has needs no key and a big one is not read here at all;
 * otherwise its key is a SHA-256 of its bytes.
 */
function readingIdentity(files, profile, local, log) {
    // Without CIDs, which sizes more than one file has: only those files can be duplicates.
    const sharedSizes = new Set();
    if (!profile) {
        const seen = new Set();
        for (const { size } of files)
            (seen.has(size) ? sharedSizes : seen).add(size);
    }
    return async (file, signal) => {
        const data = file.size <= WHOLE_FILE_MAX ? readWhole(file.absPath, file.size) : undefined;
        if (profile) {
            // About a second per GiB, before the upload's own progress lines: say why it waits.
            if (file.size >= ANNOUNCED_HASH_SIZE) {
                log?.info(`Computing the CID of ${file.relPath} (${formatBytes(file.size)}) first…`);
            }
            const cid = data
                ? await bytesCid(data, profile)
                : await fileCid(file.absPath, profile, { signal }).catch(error => {
                    if (signal?.aborted)
                        throw new AbandonedError(String(signal.reason));
                    // A file system error names the file; anything else is the importer's.
                    const fromDisk = error.code !== undefined;
                    throw fromDisk ? unreadable(file.absPath, error) : error;
                });
            local.files.set(file.relPath, cid);
            return { key: cid, data };
        }
        if (!sharedSizes.has(file.size))
            return { key: undefined, data };
        const digest = data ? sha256(data) : await sha256File(file);
        return { key: `sha256-${digest}`, data };
    };
}
function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file.absPath))
            hash.update(chunk);
    }
    catch (error) {
        throw unreadable(file.absPath, error);
    }
    return hash.digest('hex');
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/shared/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        signal?.addEventListener('abort', onAbort, { once: true });
    })
};

;// CONCATENATED MODULE: ./src/pinarkive/multipart.ts
/**
 * A multipart/form-data body built from byte sources, with its exact length known up front, so
 * the request carries a Content-Length, can be rebuilt for a retry, and can report progress.
 */


const CRLF = '\r\n';
/** Escapes a header parameter the way browsers do (WHATWG HTML, multipart/form-data encoding). */
function escapeParameter(value) {
    return value.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
}
function partHeader(boundary, part) {
    const disposition = 'filename' in part
        ? `form-data; name="${escapeParameter(part.name)}"; filename="${escapeParameter(part.filename)}"`
        : `form-data; name="${escapeParameter(part.name)}"`;
    const type = 'filename' in part
        ? `Content-Type: ${part.contentType ?? 'application/octet-stream'}${CRLF}`
        : '';
    return Buffer.from(`--${boundary}${CRLF}Content-Disposition: ${disposition}${CRLF}${type}${CRLF}`);
}
/**
 * A part's bytes. A source that fails, or yields another size than it declared (a file that
 * changed), ends the body with a `BodySourceError`: sending on would not match Content-Length.
 */
async function* partBytes(part) {
    const { source } = part;
    let sent = 0;
    try {
        for await (const chunk of source.chunks()) {
            sent += chunk.length;
            if (sent > source.size)
                break;
            yield chunk;
        }
    }
    catch (error) {
        throw new BodySourceError(error instanceof Error ? error.message : String(error), {
            cause: error
        });
    }
    if (sent !== source.size) {
        throw new BodySourceError(`${part.filename} changed while it was being uploaded (expected ${source.size} bytes, read ${sent})`);
    }
}
function multipartBody(parts, boundary = newBoundary()) {
    const closing = Buffer.from(`--${boundary}--${CRLF}`);
    let length = closing.length;
    for (const part of parts) {
        // Headers are rebuilt while streaming rather than kept, so 20,000 parts cost no memory here.
        length += partHeader(boundary, part).length + CRLF.length;
        length += 'filename' in part ? part.source.size : Buffer.byteLength(part.value);
    }
    return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        length,
        async *stream() {
            for (const part of parts) {
                yield partHeader(boundary, part);
                if ('filename' in part)
                    yield* partBytes(part);
                else
                    yield Buffer.from(part.value);
                yield Buffer.from(CRLF);
            }
            yield closing;
        },
        async read() {
            const chunks = [];
            for await (const chunk of this.stream())
                chunks.push(chunk);
            return Buffer.concat(chunks, length);
        }
    };
}
function newBoundary() {
    return `----pin-action-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
}

;// CONCATENATED MODULE: ./src/pinarkive/rate-limiter.ts
/** Kept below the measured rate, so evenly spaced requests do not straddle a window edge. */
const SAFETY = 1.05;
/** How far back completed requests count when estimating the server's rate after a 429. */
const LEARN_WINDOW_MS = 1000;
/** After this long without a 429, pacing learned from 429s loosens a little. */
const PROBE_AFTER_MS = 10_000;
/**
 * `X-RateLimit-Reset` is a Unix time in seconds, milliseconds, an ISO date, or (as in the IETF
 * draft) seconds from now. Returns the reset instant in ms, or undefined.
 */
function parseReset(value, now) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const number = Number(value);
    if (Number.isFinite(number)) {
        if (number > 1e12)
            return number;
        if (number > 1e9)
            return number * 1000;
        return now + number * 1000;
    }
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : date;
}
class RateLimiter {
    clock;
    pausedUntil = 0;
    nextStart = 0;
    /** Minimum spacing between request starts, learned from 429s; 0 means unpaced. */
    interval = 0;
    /** What the server's headers last said is left of its window, when it says so. */
    budget;
    inFlight = 0;
    lastRateLimited = 0;
    lastProbe = 0;
    completed = [];
    constructor(clock) {
        this.clock = clock;
    }
    /**
     * Resolves when a request may start; call `release()` once its answer arrives. Waits for a
     * pause, for the learned spacing, and, when the headers say the window's budget is spent by
     * the requests already in flight, for the window to reset.
     */
    async acquire(signal) {
        for (;;) {
            const now = this.clock.now();
            let start = Math.max(now, this.pausedUntil, this.nextStart);
            const budget = this.budget;
            if (budget && now < budget.resetAt && budget.remaining - this.inFlight <= 0) {
                start = Math.max(start, budget.resetAt);
            }
            if (start <= now) {
                this.nextStart = now + this.interval;
                this.inFlight++;
                return;
            }
            await this.clock.sleep(start - now, signal);
        }
    }
    /** The request's answer arrived (or it failed): it no longer counts against the budget. */
    release() {
        this.inFlight = Math.max(0, this.inFlight - 1);
    }
    /** Nobody starts a request before `until` (ms since the epoch). */
    pause(until) {
        this.pausedUntil = Math.max(this.pausedUntil, until);
    }
    /** The time every worker is paused until, when a pause is in force. */
    pausedUntilTime() {
        return this.pausedUntil > this.clock.now() ? this.pausedUntil : undefined;
    }
    /** Feeds the limiter a response's rate-limit headers (any status), after `release()`. */
    observe(headers) {
        const now = this.clock.now();
        const remaining = Number(headers.remaining);
        const resetAt = parseReset(headers.reset, now);
        if (headers.remaining === undefined || !Number.isFinite(remaining) || resetAt === undefined) {
            return;
        }
        // Answers from one window arrive out of order; the lowest `remaining` is the latest truth,
        // and a later reset starts a new window.
        const current = this.budget;
        const sameWindow = current !== undefined && Math.abs(current.resetAt - resetAt) <= 1;
        if (sameWindow && current.remaining <= remaining)
            return;
        if (current !== undefined && !sameWindow && resetAt < current.resetAt)
            return;
        this.budget = { remaining, resetAt };
    }
    /** A request finished with a success. */
    succeeded() {
        const now = this.clock.now();
        this.completed.push(now);
        if (this.completed.length > 4096)
            this.completed = this.completed.slice(-2048);
        if (this.interval > 0 &&
            now - this.lastRateLimited > PROBE_AFTER_MS &&
            now - this.lastProbe > PROBE_AFTER_MS) {
            this.lastProbe = now;
            this.interval = this.interval * 0.8 < 1 ? 0 : this.interval * 0.8;
        }
    }
    /** A request drew a 429; everyone waits `waitMs`, and without headers the pace is learned. */
    rateLimited(waitMs) {
        const now = this.clock.now();
        this.lastRateLimited = now;
        this.pause(now + waitMs);
        // With headers the budget says exactly when to go; guessing a pace would only slow us down.
        if (this.budget)
            return;
        // With no success in the window there is nothing to learn from (a 429 on the first request).
        const recent = this.completed.filter(t => now - t <= LEARN_WINDOW_MS).length;
        if (recent === 0)
            return;
        this.interval = Math.max(this.interval, (LEARN_WINDOW_MS / recent) * SAFETY);
    }
    /** Current spacing between request starts, for logs and tests. */
    pacingMs() {
        return this.interval;
    }
}

;// CONCATENATED MODULE: ./src/pinarkive/retry.ts
/**
 * When and how long to wait before trying a request again. Pure functions: the transport feeds
 * them what happened, and tests feed them a fixed random source.
 */
const DEFAULT_BACKOFF = {
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    maxServerWaitMs: 5 * 60_000
};
/** 408, 429 and every 5xx are worth another try; other statuses will not change by retrying. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599);
}
/** "Full jitter" backoff: uniform in [0, min(cap, base * 2^retry)], so clients spread out. */
function backoffDelay(retry, policy, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
    return Math.round(random() * ceiling);
}
/**
 * How long a 429 asks us to wait: the body's `retryAfter` (seconds), else the `Retry-After`
 * header (seconds or an HTTP date). Undefined when the server gave no usable hint.
 */
function parseRetryAfter(header, bodyRetryAfter, now) {
    const fromBody = typeof bodyRetryAfter === 'string' ? Number(bodyRetryAfter) : bodyRetryAfter;
    if (typeof fromBody === 'number' && Number.isFinite(fromBody) && fromBody >= 0) {
        return Math.round(fromBody * 1000);
    }
    if (header === undefined || header.trim() === '')
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0)
        return Math.round(seconds * 1000);
    const date = Date.parse(header);
    if (!Number.isNaN(date))
        return Math.max(0, date - now);
    return undefined;
}
/**
 * Decides what to do after attempt number `retry` (0 for the first attempt) failed.
 */
function decide(failure, retry, policy, random) {
    if (failure.kind === 'local')
        return { retry: false, why: 'not-retryable' };
    if (failure.kind === 'http' && !isRetryableStatus(failure.status)) {
        return { retry: false, why: 'not-retryable' };
    }
    const rateLimited = failure.kind === 'http' && failure.status === 429;
    const serverWait = rateLimited ? failure.retryAfterMs : undefined;
    // A wait this long is a quota, not a blip: fail now with the time to come back.
    if (serverWait !== undefined && serverWait > policy.maxServerWaitMs) {
        return { retry: false, why: 'wait-too-long', waitMs: serverWait };
    }
    if (retry >= policy.retries)
        return { retry: false, why: 'exhausted' };
    const delayMs = serverWait ?? backoffDelay(retry, policy, random);
    return { retry: true, delayMs, rateLimited };
}

;// CONCATENATED MODULE: ./src/pinarkive/client.ts
/**
 * The Pinarkive API v3 over HTTP: uploads streamed from disk, retries with backoff, one shared
 * rate limiter, an inactivity timeout. Knows nothing of @actions/core: it reports through events.
 */







/**
 * Bodies up to this size are read into one buffer and sent whole: for the many small files of a
 * site, a stream's machinery costs more than the bytes. Larger ones stream, with progress.
 */
const SMALL_BODY = 1024 * 1024;
/** Caps how much of a response we keep; a 20,000-file directory listing fits comfortably. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function optionalString(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function record(value) {
    return typeof value === 'object' && value !== null ? value : {};
}
function timelockFields(options) {
    const fields = {};
    if (options.cluster)
        fields.cl = options.cluster;
    if (options.timelock)
        fields.timelock = options.timelock.toISOString();
    return fields;
}
/** Reads `cid` (or the older `dagCid`) and the optional fields every success body may carry. */
function readUploaded(body, what) {
    const data = record(body);
    const cid = optionalString(data.cid) ?? optionalString(data.dagCid);
    if (cid === undefined) {
        throw new ProtocolError(`Pinarkive answered the ${what} with success but no CID in the body: ${JSON.stringify(body)?.slice(0, 300)}`);
    }
    return {
        cid,
        clusterId: optionalString(data.clusterId),
        expiresAt: optionalString(data.expiresAt)
    };
}
function describeNetworkError(error) {
    const err = error;
    const code = err.code ?? err.cause?.code;
    const message = err.message ?? String(error);
    return code && !message.includes(code) ? `${message} (${code})` : message;
}
class PinarkiveClient {
    options;
    limiter;
    clock;
    random;
    policy;
    dispatcher;
    ownsDispatcher;
    /** One boundary per client: unique enough, and not drawn for every request. */
    boundary = newBoundary();
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? systemClock;
        this.random = options.random ?? Math.random;
        this.policy = { ...DEFAULT_BACKOFF, ...options.backoff, retries: options.retries };
        this.limiter = new RateLimiter(this.clock);
        this.ownsDispatcher = options.dispatcher === undefined;
        // Our own inactivity watchdog replaces undici's header/body timeouts, which cannot see
        // upload progress. Redirects are never followed, so the key goes to no other host.
        this.dispatcher =
            options.dispatcher ??
                new undici/* Agent */.g6({ headersTimeout: 0, bodyTimeout: 0, connectTimeout: options.timeoutMs });
    }
    /** Allowed clusters and their gateways (`GET /users/me/clusters`, scope `cluster:read`). */
    async listClusters() {
        const body = await this.send({
            method: 'GET',
            path: '/users/me/clusters',
            label: 'cluster list'
        });
        const items = Array.isArray(body) ? body : [];
        return items.flatMap(item => {
            const data = record(item);
            const id = optionalString(data.clusterId) ?? optionalString(data.id);
            if (id === undefined)
                return [];
            const gateways = (Array.isArray(data.gateways) ? data.gateways : []).flatMap(gateway => {
                const g = record(gateway);
                const base = optionalString(g.publicUrl) ?? optionalString(g.url);
                const order = typeof g.order === 'number' ? g.order : Number.MAX_SAFE_INTEGER;
                return base === undefined ? [] : [{ base, order }];
            });
            gateways.sort((a, b) => a.order - b.order);
            return [{ id, gateways }];
        });
    }
    /** `POST /files`: one file, under `filename`. */
    async uploadFile(file, options, label) {
        const parts = [
            ...Object.entries(timelockFields(options)).map(([name, value]) => ({ name, value })),
            { name: 'file', filename: file.filename, source: file.source }
        ];
        const body = await this.send({
            method: 'POST',
            path: '/files',
            label,
            multipart: multipartBody(parts, this.boundary)
        });
        return readUploaded(body, `upload of ${label}`);
    }
    /**
     * `POST /files/directory-dag`: every file as a repeated `files` part whose filename is its
     * path inside the directory; `cl`, `timelock` and `dirName` first, because multer only fills
     * `req.body` with fields parsed before the first file.
     */
    async uploadDirectory(files, options, label) {
        const fields = timelockFields(options);
        if (options.dirName)
            fields.dirName = options.dirName;
        const parts = [
            ...Object.entries(fields).map(([name, value]) => ({ name, value })),
            ...files.map(file => ({ name: 'files', filename: file.path, source: file.source }))
        ];
        const body = await this.send({
            method: 'POST',
            path: '/files/directory-dag',
            label,
            multipart: multipartBody(parts, this.boundary)
        });
        const uploaded = readUploaded(body, `upload of ${label}`);
        const listed = record(body).files;
        if (Array.isArray(listed)) {
            uploaded.files = listed.flatMap(entry => {
                const e = record(entry);
                const path = optionalString(e.path) ?? optionalString(e.filename);
                if (path === undefined)
                    return [];
                return [
                    {
                        path,
                        cid: optionalString(e.cid),
                        size: typeof e.size === 'number' ? e.size : undefined
                    }
                ];
            });
        }
        return uploaded;
    }
    /** `POST /files/pin/:cid`: pin content already on the network. */
    async pin(cid, options) {
        const json = timelockFields(options);
        if (options.name)
            json.customName = options.name;
        const body = await this.send({
            method: 'POST',
            path: `/files/pin/${encodeURIComponent(cid)}`,
            label: `pin ${cid}`,
            json
        });
        // Older servers answer `{ pinned: true }` without the CID; the CID asked for is the answer.
        const data = record(body);
        return readUploaded({ ...data, cid: optionalString(data.cid) ?? cid }, `pin of ${cid}`);
    }
    /** Releases pooled connections so the process can exit. */
    async close() {
        if (this.ownsDispatcher)
            await this.dispatcher.close();
    }
    /** One logical request: attempts, waits and retries until success or a final error. */
    async send(spec) {
        for (let retry = 0;; retry++) {
            this.throwIfAbandoned();
            await this.limiter.acquire(this.options.signal).catch(() => this.throwIfAbandoned());
            const outcome = await this.tryOnce(spec, retry + 1);
            if (outcome.ok)
                return outcome.body;
            const decision = decide(outcome.failure, retry, this.policy, this.random);
            if (!decision.retry) {
                if (decision.why === 'wait-too-long') {
                    throw new RateLimitWaitError(decision.waitMs, new Date(this.clock.now() + decision.waitMs));
                }
                throw outcome.error;
            }
            this.options.events?.retry?.({
                label: spec.label,
                retry: retry + 1,
                retries: this.policy.retries,
                reason: retryReason(outcome),
                delayMs: decision.delayMs,
                pausesAll: decision.rateLimited
            });
            if (decision.rateLimited) {
                this.limiter.rateLimited(decision.delayMs);
            }
            else {
                await this.clock
                    .sleep(decision.delayMs, this.options.signal)
                    .catch(() => this.throwIfAbandoned());
            }
        }
    }
    /**
     * One attempt, as a success or as a failure to decide on. Errors no retry can mend (a body
     * source that failed, an unusable answer, the run's deadline) are thrown.
     */
    async tryOnce(spec, attempts) {
        try {
            const answer = await this.attempt(spec);
            if (answer.status >= 200 && answer.status < 300) {
                this.limiter.succeeded();
                return { ok: true, body: answer.body };
            }
            return this.httpFailure(answer, attempts);
        }
        catch (error) {
            if (error instanceof ProtocolError || error instanceof AbandonedError)
                throw error;
            if (error instanceof BodySourceError)
                throw error;
            this.throwIfAbandoned();
            if (error instanceof InactivityError) {
                const detail = `no progress for ${formatSeconds(this.options.timeoutMs)}`;
                return {
                    ok: false,
                    failure: { kind: 'timeout' },
                    error: new TransportError('timeout', detail, attempts)
                };
            }
            const detail = describeNetworkError(error);
            return {
                ok: false,
                failure: { kind: 'network', detail },
                error: new TransportError('network', detail, attempts)
            };
        }
    }
    /** A non-success status: what the server said, and how long a 429 asks to wait. */
    httpFailure(answer, attempts) {
        const body = record(answer.body);
        const retryAfterMs = answer.status === 429
            ? parseRetryAfter(header(answer.headers, 'retry-after'), body.retryAfter, this.clock.now())
            : undefined;
        const message = optionalString(body.message) ?? optionalString(body.error);
        const location = header(answer.headers, 'location');
        const error = new ApiError(answer.status, answer.status >= 300 && answer.status < 400 && location
            ? `redirected to ${location}; set api-url to the final address`
            : message, optionalString(body.code), optionalString(body.required), attempts);
        return { ok: false, failure: { kind: 'http', status: answer.status, retryAfterMs }, error };
    }
    throwIfAbandoned() {
        if (this.options.signal?.aborted) {
            throw new AbandonedError('abandoned: the run ran out of time (max-duration)');
        }
    }
    /** One HTTP exchange, aborted when neither request nor response moves for `timeoutMs`. */
    async attempt(spec) {
        const controller = new AbortController();
        const outer = this.options.signal;
        const onOuterAbort = () => controller.abort(outer?.reason);
        outer?.addEventListener('abort', onOuterAbort, { once: true });
        const watchdog = new Watchdog(this.options.timeoutMs, reason => controller.abort(reason));
        let released = false;
        const release = () => {
            if (!released)
                this.limiter.release();
            released = true;
        };
        let body;
        try {
            watchdog.touch();
            const prepared = await this.requestBody(spec, watchdog);
            body = prepared.body;
            const response = await (0,undici/* request */.Em)(`${this.options.apiUrl}${spec.path}`, {
                method: spec.method,
                headers: { ...this.headers(), ...prepared.headers },
                body,
                signal: controller.signal,
                dispatcher: this.dispatcher
            });
            watchdog.touch();
            release();
            this.limiter.observe({
                limit: header(response.headers, 'x-ratelimit-limit'),
                remaining: header(response.headers, 'x-ratelimit-remaining'),
                reset: header(response.headers, 'x-ratelimit-reset')
            });
            const parsed = await readBody(response.body, watchdog);
            return { status: response.statusCode, headers: response.headers, body: parsed };
        }
        catch (error) {
            const reason = controller.signal.reason;
            if (reason instanceof InactivityError)
                throw reason;
            if (outer?.aborted)
                throw new AbandonedError('abandoned: the run ran out of time (max-duration)');
            throw findSourceError(error) ?? error;
        }
        finally {
            release();
            watchdog.stop();
            outer?.removeEventListener('abort', onOuterAbort);
            if (body instanceof external_node_stream_.Readable)
                body.destroy();
        }
    }
    /** Every request's headers; the key goes to `apiUrl` and nowhere else. */
    headers() {
        return {
            authorization: `Bearer ${this.options.apiKey}`,
            'user-agent': this.options.userAgent,
            accept: 'application/json'
        };
    }
    /** JSON, a small multipart body in one buffer, or a big one streamed with progress. */
    async requestBody(spec, watchdog) {
        if (spec.json !== undefined) {
            return { body: JSON.stringify(spec.json), headers: { 'content-type': 'application/json' } };
        }
        const multipart = spec.multipart;
        if (!multipart)
            return { body: undefined, headers: {} };
        if (multipart.length <= SMALL_BODY) {
            return { body: await multipart.read(), headers: { 'content-type': multipart.contentType } };
        }
        return {
            // objectMode off and a small buffer: progress then tracks what the socket takes.
            body: external_node_stream_.Readable.from(this.tracked(multipart, spec.label, () => watchdog.touch()), {
                objectMode: false,
                highWaterMark: 64 * 1024
            }),
            headers: {
                'content-type': multipart.contentType,
                'content-length': String(multipart.length)
            }
        };
    }
    /** The multipart stream, reporting progress and feeding the inactivity watchdog. */
    async *tracked(multipart, label, touch) {
        let sent = 0;
        for await (const chunk of multipart.stream()) {
            sent += chunk.length;
            touch();
            this.options.events?.progress?.({ label, sent, total: multipart.length });
            yield chunk;
        }
    }
}
/** Raised inside an attempt when the watchdog fires. */
class InactivityError extends Error {
    name = 'InactivityError';
}
/** Aborts an attempt when neither the request nor the response moves for `idleMs`. */
class Watchdog {
    idleMs;
    abort;
    timer;
    stopped = false;
    constructor(idleMs, abort) {
        this.idleMs = idleMs;
        this.abort = abort;
    }
    /** Something moved: the wait starts again. */
    touch() {
        // The body stream may still be read after the exchange ended (a reset mid-upload); a
        // timer armed then would keep the process alive for `timeout`.
        if (this.stopped)
            return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.abort(new InactivityError()), this.idleMs);
    }
    stop() {
        this.stopped = true;
        clearTimeout(this.timer);
    }
}
/** The retry line's reason: what the server asked for, or what went wrong. */
function retryReason(outcome) {
    const { failure } = outcome;
    if (failure.kind !== 'http' || failure.status !== 429)
        return outcome.error.message;
    return failure.retryAfterMs === undefined
        ? 'HTTP 429 rate limited'
        : `HTTP 429 rate limited, server asked for ${formatSeconds(failure.retryAfterMs)}`;
}
/** The response body, parsed as JSON when it is JSON, kept as text otherwise. */
async function readBody(body, watchdog) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        watchdog.touch();
        size += chunk.length;
        if (size <= MAX_RESPONSE_BYTES)
            chunks.push(chunk);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    try {
        return text === '' ? undefined : JSON.parse(text);
    }
    catch {
        // Not JSON (a proxy's HTML error page, say): keep the text for the error message.
        return text;
    }
}
/** undici may wrap the error our body stream threw; dig it out so it is not retried. */
function findSourceError(error) {
    let current = error;
    for (let depth = 0; depth < 5 && current; depth++) {
        if (current instanceof BodySourceError)
            return current;
        current = current.cause;
    }
    return undefined;
}
function formatSeconds(ms) {
    const seconds = ms / 1000;
    return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./src/publish/cluster-check.ts


/**
 * Fails before any upload when the key can list clusters and the chosen one is not among them,
 * or when the answer shows that every request would fail (a rejected key): the error then
 * explains the cause and the fix.
 */
async function loadClusters(client, settings, log) {
    const { cluster } = settings;
    let clusters;
    try {
        clusters = await client.listClusters();
    }
    catch (error) {
        // A key without `cluster:read` is expected here; any other error that would fail every
        // request ends the run now.
        const missingScope = error instanceof ApiError && error.code === 'missing_scope';
        if (isFatal(error) && !missingScope) {
            throw new Error(explainError(error, {
                item: 'the cluster check (GET /users/me/clusters)',
                kind: 'clusters',
                ...settings
            }), { cause: error });
        }
        if (missingScope) {
            log.debug(`The API key cannot list clusters (missing scope ${error.required ?? 'cluster:read'}); the cluster is not checked before uploading.`);
        }
        else {
            log.info(`Could not list clusters (${error.message}); continuing without the check.`);
        }
        return undefined;
    }
    const ids = clusters.map(c => c.id);
    log.info(`Clusters this key may use: ${ids.join(', ') || 'none listed'}`);
    if (cluster !== '' && ids.length > 0 && !ids.includes(cluster)) {
        throw new Error(`Input \`cluster\` is \`${cluster}\`, which this API key's plan does not allow. Allowed: ${ids.join(', ')}. Use one of them, or leave \`cluster\` empty for the account default.`);
    }
    return clusters;
}

;// CONCATENATED MODULE: ./src/publish/progress.ts
/**
 * Decides when a long upload prints a progress line: every few seconds or every 10%, whichever
 * is rarer, so a run page never looks hung and a fast upload stays quiet.
 */

const DEFAULT_PROGRESS = { minIntervalMs: 5000, minFraction: 0.1 };
class ProgressReporter {
    now;
    print;
    policy;
    tracks = new Map();
    constructor(now, print, policy = DEFAULT_PROGRESS) {
        this.now = now;
        this.print = print;
        this.policy = policy;
    }
    /** Feed every progress event; prints when both the time and the fraction have moved enough. */
    update(label, sent, total) {
        const now = this.now();
        let track = this.tracks.get(label);
        if (track === undefined || sent < track.seen) {
            // A new upload, or a retry that started over.
            track = { startedAt: now, lastAt: now, lastSent: 0, seen: 0 };
            this.tracks.set(label, track);
        }
        track.seen = sent;
        if (sent >= total) {
            this.tracks.delete(label);
            return;
        }
        const elapsed = now - track.lastAt;
        const moved = total > 0 ? (sent - track.lastSent) / total : 0;
        if (elapsed < this.policy.minIntervalMs || moved < this.policy.minFraction)
            return;
        const rate = (sent / Math.max(1, now - track.startedAt)) * 1000;
        track.lastAt = now;
        track.lastSent = sent;
        this.print(`${label}: ${formatBytes(sent)} of ${formatBytes(total)} (${Math.floor((sent / total) * 100)}%), ${formatBytes(rate)}/s`);
    }
}

;// CONCATENATED MODULE: ./src/publish/target.ts


/** Publishing through the Pinarkive client, with the clusters the key may use (when known). */
function pinarkiveTarget(client, options) {
    return {
        api: client,
        identify: options.identify,
        gatewayFor: cluster => gatewayBase(options.gateway, cluster ?? undefined, options.clusters),
        dryRun: false,
        verify: options.verify
    };
}
/** A dry run: the CIDs are the local ones, so there is nothing to verify them against. */
function dryRunTarget(local, gateway) {
    const known = (cid, what) => {
        if (cid === undefined)
            throw new Error(`No local CID was computed for ${what}`);
        return { cid };
    };
    return {
        api: {
            // The label of a file upload is its workspace-relative path.
            uploadFile: async (_file, _options, label) => known(local.files.get(label), label),
            uploadDirectory: async (_files, _options, label) => known(local.directory, label),
            // A CID to pin is already known; a dry run only validated it.
            pin: async (cid) => ({ cid })
        },
        identify: knownCids(local),
        gatewayFor: cluster => gatewayBase(gateway, cluster ?? undefined, undefined),
        dryRun: true,
        verify: 'off'
    };
}

;// CONCATENATED MODULE: ./src/shared/version.ts
/** Kept equal to package.json's version by a unit test; sent in every request's User-Agent. */
const VERSION = '1.0.0';
const USER_AGENT = `pinarkive-pin-action/${VERSION} (+https://github.com/pinarkive/pin-action)`;

;// CONCATENATED MODULE: ./src/targets.ts
/**
 * Opens the publish target a run was asked for: Pinarkive through the HTTP client, with its
 * cluster check and log lines for retries and progress, or the dry run's local answers.
 */










/**
 * The target for this run. A dry run needs every local CID (it fails without them); a real run
 * hashes files mode's files as it uploads them, recording their CIDs in `local`.
 */
async function openTarget(inputs, plan, local, deadline) {
    if (inputs.dryRun) {
        if (local instanceof Error)
            throw local;
        return { ...dryRunTarget(local, inputs.gateway), close: async () => { } };
    }
    const client = connect(inputs, deadline);
    try {
        core/* debug */.Yz(`API ${inputs.apiUrl}`);
        const clusters = await core/* group */.Os('Check cluster', () => loadClusters(client, inputs, actionLog));
        const identify = readingIdentity(plan.files, inputs.verify !== 'off' ? inputs.cidProfile : undefined, 
        // An Error only when a directory could not be hashed: then there are no files.
        local instanceof Error ? noLocalCids() : local, actionLog);
        const target = pinarkiveTarget(client, {
            gateway: inputs.gateway,
            clusters,
            identify,
            verify: inputs.verify
        });
        return { ...target, close: () => client.close() };
    }
    catch (error) {
        await client.close();
        throw error;
    }
}
/** The client, with a log line for each retry and for the progress of long uploads. */
function connect(inputs, deadline) {
    const progress = new ProgressReporter(Date.now, line => core/* info */.pq(line));
    return new PinarkiveClient({
        apiUrl: inputs.apiUrl,
        apiKey: inputs.apiKey,
        userAgent: USER_AGENT,
        retries: inputs.retries,
        timeoutMs: inputs.timeoutMs,
        signal: deadline,
        events: {
            retry: e => core/* info */.pq(`${e.label}: ${e.reason}; retry ${e.retry}/${e.retries} in ${formatDuration(e.delayMs)}${e.pausesAll ? ' (all requests wait)' : ''}`),
            progress: e => progress.update(e.label, e.sent, e.total)
        }
    });
}

;// CONCATENATED MODULE: ./src/publish/verification.ts

/** The local CID an item should have, when one was computed for it. */
function localCidOf(item, local) {
    if (!local)
        return null;
    if (item.type === 'directory')
        return local.directory ?? null;
    if (item.type === 'file' && item.path !== undefined)
        return local.files.get(item.path) ?? null;
    return null;
}
/** Marks each item with its local CID and whether the server's CID matches it. */
function verifyItems(items, local, mode) {
    const mismatches = [];
    for (const item of items) {
        item.localCid = localCidOf(item, local);
        item.verified =
            mode === 'off' || item.localCid === null ? null : sameContent(item.cid, item.localCid);
        if (item.verified === false && item.localCid !== null) {
            mismatches.push({
                item: item.path ?? item.name,
                serverCid: item.cid,
                localCid: item.localCid
            });
        }
    }
    return mismatches;
}
function describeMismatch(mismatch, profile) {
    return `CID mismatch for ${mismatch.item}: Pinarkive returned ${mismatch.serverCid}, but these bytes have the CID ${mismatch.localCid} under the ${profile} profile. Check that \`cid-profile\` matches how Pinarkive imports content; links built from either CID may differ.`;
}
/**
 * Records each item's local CID and whether it matches, and reports mismatches as `mode` says:
 * a warning, or a failure of an item that stays published. Returns how many were verified.
 */
function applyVerification(report, local, mode, profile) {
    if (local instanceof Error) {
        const message = `Could not compute the local CIDs to verify against (${local.message}).`;
        if (mode === 'error')
            report.error = message;
        else
            report.warnings.push(message);
        verifyItems(report.items, undefined, 'off');
        return 0;
    }
    for (const mismatch of verifyItems(report.items, local, mode)) {
        const message = describeMismatch(mismatch, profile);
        if (mode !== 'error') {
            report.warnings.push(message);
            continue;
        }
        const item = report.items.find(i => (i.path ?? i.name) === mismatch.item);
        report.failures.push({
            type: item?.type ?? 'file',
            path: item?.path,
            name: item?.name ?? mismatch.item,
            error: message,
            mismatch: true
        });
    }
    return report.items.filter(i => i.verified === true).length;
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
/** The step's outputs and its failure message, from a report. Pure. */


/** Every output, also for a run that failed partway: what succeeded is listed. */
function renderOutputs(report) {
    const main = mainItem(report);
    return {
        cid: main?.cid ?? '',
        'gateway-url': main?.gatewayUrl ?? '',
        cids: JSON.stringify(report.items.map(i => i.cid)),
        results: JSON.stringify(report.items),
        cluster: report.items.find(i => i.cluster)?.cluster ?? report.cluster,
        'local-cid': main?.localCid ?? ''
    };
}
/** The step's failure message: what failed, why, and what still succeeded. */
function failureMessage(report) {
    // A mismatch is a failure of an item that is also among the published ones.
    const total = report.items.length +
        report.failures.filter(f => !f.mismatch).length +
        (report.notAttempted?.items.length ?? 0);
    const lines = [`${report.failures.length} of ${plural(total, 'item')} failed:`];
    for (const failure of report.failures) {
        lines.push(`- ${failure.path ?? failure.cid ?? failure.name}: ${failure.error}`);
    }
    if (report.notAttempted) {
        lines.push(`${plural(report.notAttempted.items.length, 'item')} not attempted: ${report.notAttempted.reason}`);
    }
    if (report.items.length > 0)
        lines.push(`${plural(report.items.length, 'item')} succeeded; outputs list them.`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/summary.ts

/** GitHub refuses a step summary over 1 MiB; leave room for other steps' output. */
const SUMMARY_LIMIT_BYTES = 1_000_000;
function renderSummary(report, options = {}) {
    return renderReport(report, {
        title: options.title ??
            (report.dryRun
                ? 'Dry run: IPFS CIDs computed, nothing published'
                : 'Published to IPFS with Pinarkive'),
        limit: options.limitBytes ?? SUMMARY_LIMIT_BYTES,
        measure: utf8Bytes,
        limitName: "GitHub's 1 MiB summary limit"
    });
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * A run, phase by phase: inputs → find files → local CIDs → publish (or its dry run) → verify →
 * outputs → summary → report to GitHub. Each phase takes what the one before gave; the dry run
 * differs from a real one only in the publish target it is given.
 */
















async function run(env = process.env) {
    const started = Date.now();
    const event = loadEvent(env);
    const done = await execute(env, event);
    if (done.report && done.thrown === undefined)
        conclude({ ...done, report: done.report }, started);
    else
        core/* setFailed */.C1(done.thrown ?? 'The run stopped');
    if (done.report && done.inputs)
        await reportRun(done.report, done.inputs, event, env);
}
async function execute(env, event) {
    const done = {};
    try {
        const inputs = (done.inputs = getInputs(env, event));
        const report = (done.report = emptyReport(inputs.cluster, inputs.timelock, {
            dryRun: inputs.dryRun,
            profile: inputs.cidProfile
        }));
        const found = await core/* group */.Os('Find files', () => findFiles(inputs, env));
        report.hiddenSkipped = found.hiddenSkipped;
        if (isEmpty(found.plan))
            return done;
        done.planned = true;
        const deadline = startDeadline(inputs.maxDurationMs, () => `\`max-duration\` (${formatDuration(inputs.maxDurationMs ?? 0)}) ran out`);
        try {
            const local = await hashContent(found.plan, inputs, deadline.signal);
            const target = await openTarget(inputs, found.plan, local, deadline.signal);
            Object.assign(report, await publishPlan(found.plan, target, inputs, deadline.signal));
            verify(report, local, target, inputs);
        }
        finally {
            deadline.dispose();
        }
    }
    catch (error) {
        done.thrown = error instanceof Error ? error.message : String(error);
        if (done.report)
            done.report.error = done.thrown;
    }
    return done;
}
/** Phase: which files, in which mode, and what to pin. */
function findFiles(inputs, env) {
    return buildPlan(inputs, env.GITHUB_WORKSPACE || process.cwd(), actionLog);
}
function isEmpty(plan) {
    return !plan.directory && plan.files.length === 0 && plan.pins.length === 0;
}
/**
 * Phase: the local CIDs needed before anything is sent. A dry run reports every CID, and a
 * directory's root CID needs all its files: those are hashed first. Files mode hashes each file
 * just before sending it, from the bytes it sends. A real run goes on without them when hashing
 * fails (verification then says so); a dry run cannot.
 */
async function hashContent(plan, inputs, signal) {
    const uploads = plan.directory !== undefined || plan.files.length > 0;
    const upFront = inputs.dryRun || (plan.directory !== undefined && inputs.verify !== 'off');
    if (!uploads || !upFront)
        return noLocalCids();
    return core/* group */.Os(`Compute CIDs (${inputs.cidProfile})`, async () => {
        const started = Date.now();
        try {
            const local = await computeLocalCids(plan, inputs.cidProfile, signal);
            const count = (plan.directory?.entries.length ?? 0) + plan.files.length;
            core/* info */.pq(`Hashed ${plural(count, 'file')} in ${formatDuration(Date.now() - started)}.`);
            if (local.directory)
                core/* info */.pq(`Directory CID: ${local.directory}`);
            return local;
        }
        catch (error) {
            if (inputs.dryRun || signal.aborted)
                throw error;
            return error instanceof Error ? error : new Error(String(error));
        }
    });
}
/** Phase: uploads and pins, on Pinarkive or as a dry run. */
async function publishPlan(plan, target, inputs, deadline) {
    try {
        return await core/* group */.Os(`${target.dryRun ? 'Dry run' : 'Publish'}: ${describePlan(plan)}`, () => publish(plan, target, { ...inputs, deadline }, actionLog));
    }
    finally {
        await target.close();
    }
}
function describePlan(plan) {
    const parts = [];
    if (plan.directory)
        parts.push(`upload ${plan.directory.rootRelPath}/ as a directory`);
    if (plan.files.length > 0)
        parts.push(`upload ${plural(plan.files.length, 'file')}`);
    if (plan.pins.length > 0)
        parts.push(`pin ${plural(plan.pins.length, 'CID')}`);
    return parts.join(' and ');
}
/** Phase: each answer against its local CID. */
function verify(report, local, target, inputs) {
    const verified = applyVerification(report, local, target.verify, inputs.cidProfile);
    if (verified > 0) {
        core/* info */.pq(`Verified ${plural(verified, 'CID')} against the ${inputs.cidProfile} profile.`);
    }
}
/** Phase: outputs, warnings, the closing line, and the step's verdict. */
function conclude({ report, inputs, planned }, started) {
    for (const [name, value] of Object.entries(renderOutputs(report)))
        core/* setOutput */.uH(name, value);
    for (const warning of report.warnings)
        core/* warning */.$e(warning);
    if (inputs && planned) {
        core/* info */.pq(`Done in ${formatDuration(Date.now() - started)}: ${plural(report.items.length, 'item')} ${inputs.dryRun ? 'computed (dry run, nothing published)' : 'published'}, ${report.failures.length} failed.`);
    }
    if (report.error)
        core/* setFailed */.C1(report.error);
    else if (report.failures.length > 0 || report.notAttempted) {
        core/* setFailed */.C1(failureMessage(report));
    }
}
/** Phases: the job summary, then the comment and commit status, whatever happened before. */
async function reportRun(report, inputs, event, env) {
    if (inputs.summary) {
        await writeSummary(report, env).catch(error => core/* warning */.$e(`Could not write the job summary: ${error.message}`));
    }
    if (!inputs.comment && !inputs.commitStatus)
        return;
    await core/* group */.Os('Report to GitHub', async () => {
        const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
        const result = await reportToGitHub(report, event, {
            comment: inputs.comment,
            commentHeader: inputs.commentHeader,
            commitStatus: inputs.commitStatus,
            token: inputs.githubToken,
            workflow: env.GITHUB_WORKFLOW ?? '',
            serverUrl,
            runUrl: `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        }, actionLog);
        core/* setOutput */.uH('comment-url', result.commentUrl);
        core/* setOutput */.uH('comment-id', result.commentId);
    })
        .catch(error => core/* warning */.$e(`Could not report to GitHub: ${error.message}`));
}
async function writeSummary(report, env) {
    if (!env.GITHUB_STEP_SUMMARY) {
        core/* debug */.Yz('GITHUB_STEP_SUMMARY is not set, so no job summary is written.');
        return;
    }
    await core/* summary */.z.addRaw(renderSummary(report)).write();
}
/** The event payload the runner wrote, or an empty one when run outside Actions. */
function loadEvent(env) {
    let payload = {};
    try {
        if (env.GITHUB_EVENT_PATH)
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch (error) {
        core/* debug */.Yz(`Could not read the event payload: ${error.message}`);
    }
    return readEvent(env, payload);
}


/***/ })

};
