export const id = 870;
export const ids = [870];
export const modules = {

/***/ 4286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   Zx: () => (/* binding */ actionLog),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _shared_escape_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7497);
/* harmony import */ var _shared_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8932);
/**
 * The sink: the only module that writes to the runner (ESLint forbids `@actions/core` elsewhere,
 * but for src/inputs.ts, which reads inputs and masks secrets through `maskSecret` here). Every
 * string goes out redacted (shared/redact.ts), and every log line or annotation escaped
 * (shared/escape-log.ts), so no call site can leak a secret or forge a workflow command.
 *
 * Channels: log lines (`actionLog.info`, one line each), annotations (`actionLog.warning`,
 * `fail`: may span lines), debug lines, group titles, step outputs, the job summary.
 */



/** Text for one log line: redacted, then escaped. */
function line(text) {
    return (0,_shared_escape_log_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(_shared_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .secrets */ .O3.redact(text));
}
/** Text for an annotation: redacted, in plain text, escaped, its own line breaks kept. */
function annotation(text) {
    return (0,_shared_escape_log_js__WEBPACK_IMPORTED_MODULE_1__/* .plainAnnotation */ .ki)(_shared_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .secrets */ .O3.redact(text));
}
/**
 * Plain lines, `::warning::` annotations, `::debug::` lines. A runner shows debug lines only with
 * step debugging on (`RUNNER_DEBUG=1`), so they are not written otherwise: one per matched file
 * was 1 MB of log, and its memory, for a 20,000-file site.
 */
const actionLog = {
    info: text => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line(text)),
    warning: text => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(annotation(text)),
    debug: text => {
        if (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o())
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(line(text));
    }
};
/** Masks a secret in the runner's log and adds it to the redactor for everything else. */
function maskSecret(value) {
    // A value too short to redact safely is refused by the inputs; never mask it either.
    if (value.trim() === '' || (0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .isTooShortToRedact */ .F0)(value))
        return;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    _shared_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .secrets */ .O3.add(value);
}
/** Runs `fn` inside a collapsible group of the log. */
function group(title, fn) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(line(title), fn);
}
/** Fails the step with an error annotation. */
function fail(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(annotation(message));
}
/** Sets a step output (a file the runner reads, not the log: only redacted). */
function setOutput(name, value) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, _shared_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .secrets */ .O3.redact(value));
}
/** Appends Markdown to the job summary. */
async function writeSummary(markdown) {
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(_shared_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .secrets */ .O3.redact(markdown)).write();
}


/***/ }),

/***/ 2734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ BufferPool)
/* harmony export */ });
/**
 * Spare read buffers, by power-of-two size class, for hashing without garbage: thousands of
 * small files, or the 1 MiB chunks of a 2 GiB file, then reuse a few buffers instead of leaving
 * gigabytes to the garbage collector tens of MB at a time. One pool per hashing call, handed
 * down explicitly, so nothing outlives the call.
 */
const SMALLEST_BUFFER = 64 * 1024;
class BufferPool {
    keep;
    spares = new Map();
    // Only buffers taken here go back (a chunk the chunker had to copy together does not),
    // tracked by their memory, so that a view of one returns the whole buffer.
    taken = new WeakSet();
    /** `keep`: spare buffers kept per size class, about the number of reads in flight. */
    constructor(keep) {
        this.keep = keep;
    }
    /** A buffer of at least `minimum` bytes, uninitialised. */
    take(minimum) {
        let size = SMALLEST_BUFFER;
        while (size < minimum)
            size *= 2;
        const buffer = this.spares.get(size)?.pop() ?? Buffer.allocUnsafeSlow(size);
        this.taken.add(buffer.buffer);
        return buffer;
    }
    /** Puts back the buffer `bytes` (a view of it, or the buffer itself) was taken as. */
    give(bytes) {
        if (!this.taken.delete(bytes.buffer))
            return;
        const buffer = Buffer.from(bytes.buffer);
        const spares = this.spares.get(buffer.length) ?? [];
        if (spares.length < this.keep)
            spares.push(buffer);
        this.spares.set(buffer.length, spares);
    }
}


/***/ }),

/***/ 6598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   __: () => (/* binding */ openToHash),
/* harmony export */   _m: () => (/* binding */ toHash),
/* harmony export */   zO: () => (/* binding */ readChunks)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _read_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7936);
/**
 * Reads a file to hash, in chunk-sized buffers from a pool, opened as its upload opens it.
 */


/** Opens a file to hash: a listed file checked as for its upload, a bare path as it is. */
function openToHash(file) {
    return typeof file === 'string' ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r') : (0,_read_file_js__WEBPACK_IMPORTED_MODULE_1__/* .openScanned */ .$8)(file);
}
/** A directory entry's file: checked when the scan's inode and size come with it. */
function toHash(entry) {
    const { absPath, inode, size } = entry;
    return inode !== undefined && size !== undefined ? { absPath, inode, size } : absPath;
}
/**
 * The file's bytes, read into buffers of one chunk, or of what is left when less, so that the
 * chunker passes them on without copying and a small file does not cost a chunk-sized buffer
 * (`createReadStream` allocates `highWaterMark` bytes per read: 2 MiB per file at 1 MiB).
 * Reads until end of file, whatever the size was at open. The file is opened only when the
 * importer starts reading.
 */
async function* readChunks(file, chunkSize, pool, signal) {
    signal.throwIfAborted();
    const handle = await openToHash(file);
    try {
        let expected = (await handle.stat()).size;
        let grown = false;
        for (;;) {
            signal.throwIfAborted();
            // Past the size seen at open, one byte tells the end of the file from bytes appended since.
            const size = expected > 0 ? Math.min(chunkSize, expected) : grown ? chunkSize : 1;
            const buffer = pool.take(size);
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


/***/ }),

/***/ 4192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YM: () => (/* binding */ CID_PROFILES),
/* harmony export */   aM: () => (/* binding */ SHARED_SETTINGS),
/* harmony export */   jI: () => (/* binding */ PROFILES)
/* harmony export */ });
/**
 * What each IPIP-499 import profile means: the settings that make the importer give the CIDs
 * Kubo's `ipfs add` gives the same bytes. Data only; the pipeline (import-pipeline.ts) turns
 * them into importer options.
 */
const CID_PROFILES = ['unixfs-v1-2025', 'unixfs-v0-2015'];
/**
 * Checked against 51 published Kubo, boxo and go-unixfsnode vectors
 * (`__tests__/fixtures/cid-vectors/`). They are spelt out rather than passed as the importer's
 * own `{ profile }` option: that option mutates the options object it is given, and this way
 * the code states what each profile means.
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
/** Settings every profile shares: Kubo's defaults for sharding and the top directory. */
const SHARED_SETTINGS = {
    reduceSingleLeafToSelf: true,
    shardSplitThresholdBytes: 262144,
    shardFanoutBits: 8,
    wrapWithDirectory: false
};


/***/ }),

/***/ 1509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IL: () => (/* binding */ bytesCid),
/* harmony export */   _3: () => (/* binding */ fileCids),
/* harmony export */   _Q: () => (/* binding */ directoryRoot),
/* harmony export */   zD: () => (/* binding */ fileCid)
/* harmony export */ });
/* unused harmony export directoryCid */
/* harmony import */ var _shared_pool_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5135);
/* harmony import */ var _buffer_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2734);
/* harmony import */ var _chunk_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6598);
/* harmony import */ var _cid_profiles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4192);
/* harmony import */ var _import_pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(139);
/* harmony import */ var _leaf_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7602);






const DEFAULT_CONCURRENCY = 8;
/**
 * Spare buffers kept per size: about the chunks in flight (up to three per file being hashed).
 * Fewer, and a 2 GiB file's chunks go to the garbage collector a megabyte at a time, which
 * measured about 20 MB more at the peak (`npm run bench -- --only memory-file`).
 */
const SPARE_BUFFERS = 8;
/** CID of one file's bytes, streamed from disk in bounded memory. */
async function fileCid(file, profile, options = {}) {
    const [cid] = await fileCids([file], profile, { ...options, concurrency: 1 });
    return cid;
}
/** CIDs of many files, in the order given, hashing `concurrency` files at a time. */
async function fileCids(files, profile, options = {}) {
    const results = await hashFiles(files, profile, options);
    return results.map(result => cidText(result.cid));
}
/**
 * Root CID of a directory made of these files at these relative paths (the same paths that are
 * uploaded), plus each file's CID. Only files: directories exist through the files inside them,
 * so an empty directory cannot be expressed, and neither can an empty list (that throws, as
 * there would be nothing to upload). No mode or mtime is recorded, as in both profiles.
 */
async function directoryCid(entries, profile, options = {}) {
    const { root, results } = await hashDirectory(entries, entries.map(toHash), profile, options);
    const files = new Map(entries.map((entry, i) => [entry.path, cidText(results[i].cid)]));
    return { root, files };
}
/**
 * Root CID of the directory alone, as `directoryCid` gives it: without the map of every file's
 * CID, which a 100,000-file site would hold as 100,000 more strings at the peak of the run.
 */
async function directoryRoot(entries, profile, options = {}) {
    // The planned files themselves, not copies: each copy is 100,000 objects on a large site.
    const files = entries.map(entry => entry.file);
    return (await hashDirectory(entries, files, profile, options)).root;
}
/**
 * CID of bytes already in memory (files mode reads small files whole, to send them): the same
 * CID `fileCid` gives the file they were read from.
 */
async function bytesCid(bytes, profile) {
    const settings = _cid_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .PROFILES */ .jI[profile];
    const loaded = await (0,_import_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .loadModules */ .o_)();
    const pool = new _buffer_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .BufferPool */ .P(SPARE_BUFFERS);
    const result = bytes.length <= settings.chunkSize
        ? await (0,_leaf_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .hashLeaf */ .lG)(bytes, settings, loaded, pool)
        : await (0,_import_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .hashContent */ .sW)(bytes, { settings, loaded, signal: undefined }, pool);
    return cidText(result.cid);
}
async function hashDirectory(entries, files, profile, options) {
    if (entries.length === 0)
        throw new Error('Cannot compute the CID of a directory with no files');
    (0,_import_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPaths */ .nn)(entries.map(entry => entry.path));
    const results = await hashFiles(files, profile, options);
    const root = await (0,_import_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .buildDirectory */ .WP)(entries, results, profile, options.signal);
    return { root: cidText(root), results };
}
/**
 * Hashes the files with a sliding window of `concurrency` at a time, through one buffer pool.
 * The first failure stops the files still being read, so an error does not leave streams
 * running behind it.
 */
async function hashFiles(files, profile, options) {
    options.signal?.throwIfAborted();
    const loaded = await (0,_import_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .loadModules */ .o_)();
    const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
    const pool = new _buffer_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .BufferPool */ .P(SPARE_BUFFERS);
    const stop = new AbortController();
    const onAbort = () => stop.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const results = new Array(files.length);
    let failure;
    try {
        await (0,_shared_pool_js__WEBPACK_IMPORTED_MODULE_5__/* .runPool */ .k)(files, concurrency, async (file, index) => {
            try {
                results[index] = await hashFile(file, profile, stop.signal, loaded, pool);
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
async function hashFile(file, profile, signal, loaded, pool) {
    const settings = _cid_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .PROFILES */ .jI[profile];
    const small = await (0,_leaf_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .hashIfOneChunk */ .Tu)(file, settings, signal, loaded, pool);
    if (small)
        return small;
    const content = (0,_chunk_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .readChunks */ .zO)(file, settings.chunkSize, pool, signal);
    return (0,_import_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .hashContent */ .sW)(content, { settings, loaded, signal }, pool);
}
/**
 * The CID as text, copied into a flat string: `toString()` builds it a character at a time,
 * a rope of about 1.7 KB that would be kept for each of 20,000 files.
 */
function cidText(cid) {
    return Buffer.from(cid.toString(), 'latin1').toString('latin1');
}


/***/ }),

/***/ 3602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ln: () => (/* binding */ knownCids),
/* harmony export */   TJ: () => (/* binding */ readingIdentity),
/* harmony export */   ut: () => (/* binding */ cidOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_deadline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8013);
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6338);
/* harmony import */ var _file_cids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
/* harmony import */ var _profile_choice_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1262);
/* harmony import */ var _read_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7936);
/**
 * What a files-mode upload is, found just before it is sent: its bytes when the file is small
 * enough to send from memory, its local CID when one is wanted (`verify`), and a key that is
 * equal for equal bytes, so each content is uploaded once. A small file is read once for all
 * three. Every read, here as for the upload, checks that the file is still the one the scan
 * listed (read-file.ts), so a key or CID is never that of a file swapped in since.
 */






/** Files this big get a log line before they are hashed. */
const ANNOUNCED_HASH_SIZE = 1024 ** 3;
/** A dry run's identities: CIDs computed beforehand, nothing read again. */
function knownCids(local) {
    return file => Promise.resolve({ key: local.files.get(file.relPath) });
}
/**
 * Reads each file as it is about to be uploaded. With a `profile` (or a `ProfileChoice`, whose
 * current profile each file is hashed under), every file gets its CID, recorded in `local` for
 * verification, and that is its key. Without one (`verify: off`), a file whose size no other
 * file has needs no key and a big one is not read here at all; otherwise its key is a SHA-256
 * of its bytes.
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
        const data = file.size <= _read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .WHOLE_FILE_MAX */ .aR ? (0,_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readWhole */ .oD)(file) : undefined;
        if (profile) {
            // About a second per GiB, before the upload's own progress lines: say why it waits.
            if (file.size >= ANNOUNCED_HASH_SIZE) {
                log?.info(`Computing the CID of ${file.relPath} (${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(file.size)}) first…`);
            }
            const used = profile instanceof _profile_choice_js__WEBPACK_IMPORTED_MODULE_2__/* .ProfileChoice */ .J2 ? profile.current : profile;
            const cid = await cidOf(file, used, data, signal);
            local.files.set(file.relPath, cid);
            return { key: cid, data, cid, profile: used };
        }
        if (!sharedSizes.has(file.size))
            return { key: undefined, data };
        const digest = data ? sha256(data) : await sha256File(file);
        return { key: `sha256-${digest}`, data };
    };
}
/**
 * The CID of a listed file under `profile`: from `data` when it was read whole, else streamed
 * from the file, checked to be the one listed. Errors name the file.
 */
async function cidOf(file, profile, data, signal) {
    if (data)
        return (0,_file_cids_js__WEBPACK_IMPORTED_MODULE_1__/* .bytesCid */ .IL)(data, profile);
    return (0,_file_cids_js__WEBPACK_IMPORTED_MODULE_1__/* .fileCid */ .zD)(file, profile, { signal }).catch(error => {
        if (signal?.aborted)
            throw new _shared_deadline_js__WEBPACK_IMPORTED_MODULE_5__/* .AbandonedError */ .T(String(signal.reason));
        // A file system error names the file; anything else is the importer's.
        const fromDisk = error.code !== undefined;
        throw fromDisk ? (0,_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .unreadable */ .O$)(file.absPath, error) : error;
    });
}
function sha256(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,_read_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readExactly */ .Lo)(file))
        hash.update(chunk);
    return hash.digest('hex');
}


/***/ }),

/***/ 139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WP: () => (/* binding */ buildDirectory),
/* harmony export */   g0: () => (/* binding */ importBlocks),
/* harmony export */   nn: () => (/* binding */ checkPaths),
/* harmony export */   o_: () => (/* binding */ loadModules),
/* harmony export */   sW: () => (/* binding */ hashContent)
/* harmony export */ });
/* harmony import */ var _buffer_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2734);
/* harmony import */ var _chunk_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6598);
/* harmony import */ var _cid_profiles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4192);
/* harmony import */ var _importer_fixes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4890);
/* harmony import */ var _leaf_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7602);





/** Every path of a directory import sits under this top entry; its name enters no CID. */
const TOP = 'root';
const DEFAULT_CONCURRENCY = 8;
let modules;
/** Loaded once, on first use; see the module comment. */
function loadModules() {
    modules ??= Promise.all(/* import() */[__webpack_require__.e(743), __webpack_require__.e(588)]).then(__webpack_require__.bind(__webpack_require__, 5588));
    // A failed load (a broken install) is not cached: the next call tries again.
    modules.catch(() => (modules = undefined));
    return modules;
}
/** The importer over `sources` under `run`: its entries, files first, then directories. */
function runImport(sources, run) {
    const { settings, loaded, signal, blocks } = run;
    const sink = 'keep' in blocks ? blocks.keep : undefined;
    // A fresh options object per run: the importer may write to the one it is given.
    const options = {
        ..._cid_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .SHARED_SETTINGS */ .aM,
        cidVersion: settings.cidVersion,
        rawLeaves: settings.rawLeaves,
        leafType: settings.leafType,
        chunker: (0,_importer_fixes_js__WEBPACK_IMPORTED_MODULE_2__/* .fixedSize */ .aC)(settings.chunkSize),
        // The importer already stored the node a fix replaces: a sink that keeps blocks swaps it.
        layout: (0,_importer_fixes_js__WEBPACK_IMPORTED_MODULE_2__/* .fileLayout */ .$z)(settings, loaded, sink && ((old, cid, bytes) => sink.replace(old, cid, bytes))),
        shardSplitStrategy: settings.shardSplitStrategy,
        ...(run.concurrency && {
            fileImportConcurrency: run.concurrency.files,
            blockWriteConcurrency: run.concurrency.blocks
        }),
        ...('drop' in blocks && { bufferImporter: (0,_leaf_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .leafImporter */ .xJ)(settings, loaded, blocks.drop) }),
        ...(run.dagBuilder && { dagBuilder: run.dagBuilder })
    };
    return loaded.importer(sources, sink ? keepBlocks(sink, signal) : dropBlocks(signal), options);
}
/**
 * Imports the files as a directory (with `entries`' paths) or one by one (without), keeping
 * every block for `sink`. `ordered`: one file and one block at a time, so the order of the
 * blocks, and with it a CAR's bytes, is the same on every run. Returns the roots: the
 * directory, or each file's CID in order.
 */
async function importBlocks(entries, profile, directory, sink, signal, ordered = true) {
    if (entries.length === 0)
        throw new Error('Cannot export a DAG of no files');
    if (directory)
        checkPaths(entries.map(entry => entry.path));
    signal?.throwIfAborted();
    const settings = _cid_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .PROFILES */ .jI[profile];
    // Read buffers are never given back here: the sink may keep them as blocks.
    const pool = new _buffer_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .BufferPool */ .P(0);
    const sources = entries.map(entry => ({
        path: directory ? `${TOP}/${entry.path}` : undefined,
        content: (0,_chunk_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .readChunks */ .zO)((0,_chunk_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .toHash */ ._m)(entry), settings.chunkSize, pool, signal ?? NEVER)
    }));
    const roots = [];
    const run = {
        settings,
        loaded: await loadModules(),
        signal,
        blocks: { keep: sink },
        // In order for a CAR; a sink that only records blocks takes them in any order, faster.
        concurrency: ordered ? { files: 1, blocks: 1 } : { files: DEFAULT_CONCURRENCY, blocks: 4 }
    };
    for await (const entry of runImport(sources, run)) {
        if (directory ? entry.path === TOP : true)
            roots.push(entry.cid);
    }
    if (roots.length === 0)
        throw new Error('The importer returned nothing');
    return roots;
}
/** One file's content through the pipeline that drops blocks: its CID and DAG size. */
async function hashContent(content, run, pool) {
    let result;
    // One file per import; within it, hash a chunk while the next one is read. Hashing runs on
    // the main thread, so more parallelism would only hold more chunks in memory.
    const concurrency = { files: 1, blocks: 2 };
    for await (const entry of runImport([{ content }], {
        ...run,
        blocks: { drop: pool },
        concurrency
    })) {
        result = entry;
    }
    if (!result)
        throw new Error('The importer returned nothing');
    return { cid: result.cid, size: result.size };
}
/**
 * Builds the directory from files already hashed: the importer's own tree builder (flat
 * directories, HAMT sharding past the threshold) gets each file's CID and size through a
 * `dagBuilder` that replays them instead of reading content. The tree builder reads only
 * `cid` and `size` of a file, so the result is the one a single pass over the bytes gives.
 */
async function buildDirectory(files, results, profile, signal) {
    // The paths were checked (checkPaths) before the files were hashed. Only files are passed: a directory candidate arriving after files inside it would replace
    // the filled directory with an empty one.
    const candidates = files.map(file => ({ path: `${TOP}/${file.path}` }));
    // The importer hands the candidates to its dagBuilder in the order given: each gets the
    // result at its index, checked by path. (A map by path cost 100,000 entries at the peak.)
    const dagBuilder = async function* (source) {
        let index = 0;
        for await (const candidate of source) {
            const path = candidate.path ?? '';
            if (path !== candidates[index]?.path) {
                throw new Error(`The importer passed ${path} where ${candidates[index]?.path} was due`);
            }
            const { cid, size } = results[index++];
            yield () => Promise.resolve({ cid, size, path, originalPath: path });
        }
    };
    const run = {
        settings: _cid_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .PROFILES */ .jI[profile],
        loaded: await loadModules(),
        signal,
        blocks: { drop: new _buffer_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .BufferPool */ .P(0) },
        dagBuilder
    };
    let root;
    for await (const entry of runImport(candidates, run)) {
        if (entry.path === TOP)
            root = entry;
    }
    if (!root)
        throw new Error('The importer did not return the directory');
    return root.cid;
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
const NEVER = new AbortController().signal;
/** Hands each block to the sink, whole. */
function keepBlocks(sink, signal) {
    return {
        async put(cid, bytes) {
            signal?.throwIfAborted();
            // The importer writes whole blocks; the storage type also allows streams of them.
            if (!(bytes instanceof Uint8Array))
                throw new Error('The importer wrote a block as a stream');
            await sink.put(cid, bytes);
            return cid;
        }
    };
}
/**
 * Drops every block. The importer never reads blocks back (its storage type is `put` only: the
 * balanced layout and HAMT sharding work from CIDs and sizes it keeps), so this is enough.
 */
function dropBlocks(signal) {
    return {
        put(cid) {
            signal?.throwIfAborted();
            return cid;
        }
    };
}


/***/ }),

/***/ 4890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ fileLayout),
/* harmony export */   L8: () => (/* binding */ varint),
/* harmony export */   aC: () => (/* binding */ fixedSize)
/* harmony export */ });
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
 * - Sizes from 2 GiB to 4 GiB are encoded wrongly in file nodes (see `fixLargeSizes`); a
 *   corrected node is passed to `onReplace`, since the importer already stored the wrong one.
 */
function fileLayout(settings, loaded, onReplace) {
    const layout = loaded.balanced({ maxChildrenPerNode: settings.maxChildrenPerNode });
    return (source, reduce) => layout((async function* () {
        for await (const leaf of source) {
            const data = leaf.unixfs?.data;
            if (leaf.unixfs && data && data.length > 0)
                leaf.unixfs.data = zeros(data.length);
            yield leaf;
        }
    })(), async (leaves) => {
        const node = await reduce(leaves);
        const fixed = await fixLargeSizes(node, settings.cidVersion, loaded);
        if (onReplace && fixed !== node)
            onReplace(node.cid, fixed.cid, blockOf(fixed));
        return fixed;
    });
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
function blockOf(node) {
    const block = node.block;
    if (!block)
        throw new Error('The importer gave a node without its block');
    return block;
}
/**
 * Protobuf's unsigned varint: 7 bits a byte, least significant first. Kept here rather than
 * taken from `multiformats`, whose varint works on numbers and whose index would load at
 * start-up.
 */
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


/***/ }),

/***/ 7602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ hashIfOneChunk),
/* harmony export */   lG: () => (/* binding */ hashLeaf),
/* harmony export */   xJ: () => (/* binding */ leafImporter)
/* harmony export */ });
/* harmony import */ var _chunk_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6598);
/* harmony import */ var _importer_fixes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4890);


const RAW_CODE = 0x55;
const NO_BLOCK = new Uint8Array(0);
/** A leaf's CID and the size its parent records, from its bytes, keeping no reference to them. */
async function hashLeaf(bytes, settings, loaded, pool) {
    const { CID, sha256, dagPb } = loaded;
    if (settings.rawLeaves) {
        return { cid: CID.createV1(RAW_CODE, await sha256.digest(bytes)), size: BigInt(bytes.length) };
    }
    const block = leafNode(bytes, pool);
    try {
        const digest = await sha256.digest(block);
        const cid = settings.cidVersion === 0 ? CID.createV0(digest) : CID.createV1(dagPb.code, digest);
        return { cid, size: BigInt(block.length) };
    }
    finally {
        pool.give(block);
    }
}
/**
 * `dagPb.encode({ Data: new UnixFS({ type: 'file', data }).marshal(), Links: [] })`, written
 * into one pooled buffer instead of two fresh ones of the chunk's size: PBNode { Data (1):
 * PBData { Type (1) = File, Data (2) unless empty, filesize (3) } }. Checked against the
 * libraries' encoding in the tests, and by the v0 vectors.
 */
function leafNode(data, pool) {
    const length = BigInt(data.length);
    const dataField = data.length > 0 ? [0x12, ...(0,_importer_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .varint */ .L8)(length)] : [];
    const unixfsLength = 2 + dataField.length + data.length + 1 + (0,_importer_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .varint */ .L8)(length).length;
    const head = [0x0a, ...(0,_importer_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .varint */ .L8)(BigInt(unixfsLength)), 0x08, 0x02, ...dataField];
    const tail = [0x18, ...(0,_importer_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .varint */ .L8)(length)];
    const total = head.length + data.length + tail.length;
    const block = pool.take(total).subarray(0, total);
    block.set(head, 0);
    block.set(data, head.length);
    block.set(tail, head.length + data.length);
    return block;
}
/**
 * The importer's leaves, hashed by `hashLeaf`, each chunk handed back to the pool once hashed.
 * A leaf's `block` is not kept (only a single-leaf file with metadata would need it, and those
 * never come here), and its UnixFS is only read for its size, so it records the size rather
 * than holding the bytes.
 */
function leafImporter(settings, loaded, pool) {
    const { UnixFS } = loaded;
    return async function* (file) {
        for await (const chunk of file.content) {
            yield async () => {
                const leaf = await hashLeaf(chunk, settings, loaded, pool);
                const length = BigInt(chunk.length);
                pool.give(chunk);
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
/**
 * The leaf of a file that fits in one chunk, read into a pooled buffer and hashed before the
 * buffer is reused: thousands of small files then cost no garbage for their bytes. Undefined
 * when the file is bigger (the importer then streams it).
 */
async function hashIfOneChunk(file, settings, signal, loaded, pool) {
    signal.throwIfAborted();
    const handle = await (0,_chunk_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .openToHash */ .__)(file);
    let buffer;
    try {
        const size = (await handle.stat()).size;
        if (size > settings.chunkSize)
            return undefined;
        // One byte more than expected tells a file that grew since stat(): it goes the long way.
        buffer = pool.take(size + 1);
        let length = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length === buffer.length)
                return undefined;
        }
        return await hashLeaf(buffer.subarray(0, length), settings, loaded, pool);
    }
    finally {
        if (buffer)
            pool.give(buffer);
        await handle.close();
    }
}


/***/ }),

/***/ 5354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ noLocalCids),
/* harmony export */   We: () => (/* binding */ computeLocalCids),
/* harmony export */   sl: () => (/* binding */ directoryRootCid)
/* harmony export */ });
/* harmony import */ var _file_cids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);

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
    const local = { ...noLocalCids(), profile };
    if (plan.directory) {
        local.directory = await directoryRootCid(plan.directory.entries, profile, signal);
    }
    const cids = await (0,_file_cids_js__WEBPACK_IMPORTED_MODULE_0__/* .fileCids */ ._3)(plan.files, profile, { signal, concurrency: 4 });
    plan.files.forEach((file, i) => local.files.set(file.relPath, cids[i]));
    return local;
}
/** The root CID of a planned directory under `profile`. */
async function directoryRootCid(entries, profile, signal) {
    // Each file is checked to be the one the scan listed, as for its upload (chunk-reader.ts).
    return (0,_file_cids_js__WEBPACK_IMPORTED_MODULE_0__/* .directoryRoot */ ._Q)(entries, profile, { signal });
}


/***/ }),

/***/ 1262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J2: () => (/* binding */ ProfileChoice),
/* harmony export */   rq: () => (/* binding */ CID_PROFILE_SETTINGS),
/* harmony export */   w4: () => (/* binding */ firstProfile)
/* harmony export */ });
/* harmony import */ var _shared_cid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9989);
/* harmony import */ var _cid_profiles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4192);
/**
 * The UnixFS profile local CIDs are computed under: the one `cid-profile` names, or with `auto`
 * the one Pinarkive's answers show it imports with. Pinarkive does not document its import
 * settings, so `auto` starts with `unixfs-v1-2025` and, when an answer differs from the local
 * CID, tries the other profile on that item; a match settles the profile for the rest of the
 * run. The one place the run's profile lives: hashing, verification and the report read it here.
 */


const CID_PROFILE_SETTINGS = [..._cid_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .CID_PROFILES */ .YM, 'auto'];
/** Where `auto` starts, and what a dry run with `auto` computes: current Kubo's (IPIP-499). */
const AUTO_FIRST_PROFILE = 'unixfs-v1-2025';
/** The profile a setting computes first. */
function firstProfile(setting) {
    return setting === 'auto' ? AUTO_FIRST_PROFILE : setting;
}
class ProfileChoice {
    log;
    auto;
    profile;
    /** `auto` only: an answer has settled the profile (or shown that neither matches). */
    settled = false;
    constructor(setting, log) {
        this.log = log;
        this.auto = setting === 'auto';
        this.profile = firstProfile(setting);
    }
    /** The profile to compute the next CID under. */
    get current() {
        return this.profile;
    }
    /**
     * After Pinarkive answered `server` for an item whose local CID is `local`: the local CID to
     * keep for it. With `auto`, a different answer has the item's CID computed (`compute`) under
     * the profile not yet tried for it (before the profile is settled) or under the settled one;
     * the first match settles the profile. Without `auto`, or when nothing matches, `local` as
     * it is: verification reports the mismatch.
     */
    async reconcile(server, local, compute) {
        if (!this.auto)
            return local;
        if ((0,_shared_cid_js__WEBPACK_IMPORTED_MODULE_0__/* .sameContent */ .Cm)(server, local.cid)) {
            this.settle(local.profile, 'match');
            return local;
        }
        const others = this.settled
            ? [this.profile].filter(profile => profile !== local.profile)
            : _cid_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .CID_PROFILES */ .YM.filter(profile => profile !== local.profile);
        for (const profile of others) {
            const cid = await compute(profile);
            if ((0,_shared_cid_js__WEBPACK_IMPORTED_MODULE_0__/* .sameContent */ .Cm)(server, cid)) {
                this.settle(profile, 'learned');
                return { cid, profile };
            }
        }
        this.settle(this.profile, 'neither');
        return local;
    }
    /** The first answer that tells settles the profile, and the log says so once. */
    settle(profile, how) {
        if (this.settled)
            return;
        this.settled = true;
        this.profile = profile;
        if (how === 'match') {
            this.log?.info(`cid-profile auto: Pinarkive's CIDs match ${profile}.`);
        }
        else if (how === 'learned') {
            this.log?.info(`cid-profile auto: Pinarkive imports with ${profile}; the rest of this run computes CIDs under it. Set \`cid-profile: ${profile}\` to compute it from the start, so that re-runs find what is already pinned from the first item on.`);
        }
        else {
            this.log?.info(`cid-profile auto: Pinarkive's CID matches neither ${_cid_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .CID_PROFILES */ .YM.join(' nor ')}; the rest of this run keeps ${profile}.`);
        }
    }
}


/***/ }),

/***/ 7936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ openScanned),
/* harmony export */   IO: () => (/* binding */ fileSource),
/* harmony export */   Lo: () => (/* binding */ readExactly),
/* harmony export */   O$: () => (/* binding */ unreadable),
/* harmony export */   PA: () => (/* binding */ explainFsError),
/* harmony export */   SB: () => (/* binding */ describeKind),
/* harmony export */   aR: () => (/* binding */ WHOLE_FILE_MAX),
/* harmony export */   oD: () => (/* binding */ readWhole),
/* harmony export */   tJ: () => (/* binding */ FileReadError),
/* harmony export */   tM: () => (/* binding */ OPEN_FLAGS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Reading a matched file for an upload: whole and at once when small, in chunks when big, and
 * always from the file the scan listed. Files may change between the scan and the upload (a
 * fork's build may leave a process behind that swaps them), and a path that was checked then
 * may by now be a symbolic link to a secret outside the workspace. So every read opens the
 * path, checks on the open descriptor that it is the same regular file (device and inode) with
 * the same size, and reads from that descriptor: what is sent is provably what was listed, or
 * the item fails by name.
 */


/** Files up to this size are read in one call: one open and read instead of a stream's four. */
const WHOLE_FILE_MAX = 1024 * 1024;
/** Big files are read in chunks this size: small enough that garbage stays small. */
const READ_CHUNK = 64 * 1024;
/**
 * How files are opened, at the scan and for every read. A path swapped for a FIFO would block
 * a plain open forever, and one swapped for a terminal could become the process's controlling
 * terminal: non-blocking and no-controlling-terminal opens return at once, and the check on the
 * descriptor then refuses them. Both flags change nothing for a regular file.
 */
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY ?? 0);
/** A file could not be read as planned; trying again will not help. */
class FileReadError extends Error {
    name = 'FileReadError';
}
/**
 * A file of up to `WHOLE_FILE_MAX` bytes, read whole and synchronously: open, stat, read and
 * close are then four quick system calls instead of four thread-pool round trips, which took a
 * tenth off the time of 1,000 small uploads.
 */
function readWhole(file) {
    const fd = openChecked(file);
    try {
        // One byte more than expected tells a file that grew since the check.
        const buffer = Buffer.allocUnsafe(file.size + 1);
        let length = 0;
        for (;;) {
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length === buffer.length)
                break;
        }
        if (length !== file.size)
            throw changed(file.absPath, file.size, `read ${length}`);
        return buffer.subarray(0, length);
    }
    catch (error) {
        throw error instanceof FileReadError ? error : unreadable(file.absPath, error);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** The file's bytes, exactly `size` of them, or a `FileReadError` naming the file. */
async function* readExactly(file) {
    if (file.size <= WHOLE_FILE_MAX) {
        yield readWhole(file);
        return;
    }
    const handle = await openScanned(file);
    try {
        let read = 0;
        // Up to `size`, then one byte more, which must not be there.
        while (read <= file.size) {
            const want = read < file.size ? Math.min(READ_CHUNK, file.size - read) : 1;
            const chunk = Buffer.allocUnsafe(want);
            const { bytesRead } = await handle.read(chunk, 0, want, null).catch(error => {
                throw unreadable(file.absPath, error);
            });
            if (bytesRead === 0)
                break;
            read += bytesRead;
            if (read > file.size)
                break;
            yield bytesRead === want ? chunk : chunk.subarray(0, bytesRead);
        }
        if (read !== file.size)
            throw changed(file.absPath, file.size, `read ${read}`);
    }
    finally {
        await handle.close();
    }
}
/** A source of an upload's bytes that reads the file afresh for every attempt. */
function fileSource(file, data) {
    return {
        size: file.size,
        chunks: () => data ? [data] : readExactly(file)
    };
}
/** Opens the file, checked to be the one the scan listed, for reading through the handle. */
async function openScanned(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file.absPath, OPEN_FLAGS).catch(error => {
        throw unreadable(file.absPath, error);
    });
    try {
        checkScanned(file, await handle.stat({ bigint: true }));
        return handle;
    }
    catch (error) {
        await handle.close();
        throw error instanceof FileReadError ? error : unreadable(file.absPath, error);
    }
}
/** The same, synchronously: a file descriptor. */
function openChecked(file) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file.absPath, OPEN_FLAGS);
    }
    catch (error) {
        throw unreadable(file.absPath, error);
    }
    try {
        checkScanned(file, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd, { bigint: true }));
        return fd;
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw error instanceof FileReadError ? error : unreadable(file.absPath, error);
    }
}
/** Throws unless `stats` (of an open descriptor) are those of the file the scan listed. */
function checkScanned(file, stats) {
    if (!stats.isFile()) {
        throw replaced(file.absPath, `${describeKind(stats)} now`);
    }
    if (stats.dev !== file.inode.dev || stats.ino !== file.inode.ino) {
        throw replaced(file.absPath, 'a different file now');
    }
    if (stats.size !== BigInt(file.size))
        throw changed(file.absPath, file.size, `now ${stats.size}`);
}
/** What a file system entry that is not a regular file is, in a few words. */
function describeKind(stats) {
    if (stats.isDirectory())
        return 'a folder';
    if (stats.isFIFO())
        return 'a FIFO';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/** The error for a file that could not be opened or read, its cause in words. */
function unreadable(path, error) {
    return new FileReadError(`cannot read ${String(path)}: ${explainFsError(error)}`);
}
/** A file system error in words a workflow author can act on, with its code. */
function explainFsError(error) {
    const { code, message } = error;
    switch (code) {
        case 'ENOENT':
            return 'it no longer exists (ENOENT): it was removed after it was listed';
        case 'ELOOP':
            return 'a symbolic link that loops (ELOOP)';
        case 'EACCES':
        case 'EPERM':
            return `the runner's user may not read it (${code})`;
        case undefined: // not a file system error
        default:
            return message;
    }
}
function replaced(path, now) {
    return new FileReadError(`${path} was replaced after it was listed (${now}); not published`);
}
function changed(path, expected, found) {
    return new FileReadError(`${path} changed while it was being uploaded (expected ${expected} bytes, ${found})`);
}


/***/ }),

/***/ 483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s$: () => (/* binding */ gatewayBase),
  IH: () => (/* binding */ gatewayProblem),
  MS: () => (/* binding */ gatewayUrl),
  f6: () => (/* binding */ serverGatewayProblem)
});

// UNUSED EXPORTS: DEFAULT_GATEWAY

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/shared/private-host.ts
/**
 * Whether a host name names this machine or a private network. Node's BlockList does the
 * address matching (IPv4-mapped IPv6 included); the ranges are RFC 6890's special-purpose
 * blocks that no public gateway sits in. The URL parser has already turned `2130706433`,
 * `0x7f.1` and the like into dotted IPv4, so only canonical forms reach this.
 */

const PRIVATE_RANGES = [
    ['0.0.0.0', 8, 'ipv4'], // "this network"
    ['10.0.0.0', 8, 'ipv4'],
    ['100.64.0.0', 10, 'ipv4'], // carrier-grade NAT
    ['127.0.0.0', 8, 'ipv4'],
    ['169.254.0.0', 16, 'ipv4'], // link-local, cloud metadata services
    ['172.16.0.0', 12, 'ipv4'],
    ['192.0.0.0', 24, 'ipv4'],
    ['192.168.0.0', 16, 'ipv4'],
    ['198.18.0.0', 15, 'ipv4'], // benchmarking
    ['224.0.0.0', 3, 'ipv4'], // multicast and reserved, up to 255.255.255.255
    ['::', 128, 'ipv6'],
    ['::1', 128, 'ipv6'],
    // IPv4-mapped addresses are matched against the IPv4 ranges by BlockList; no public gateway
    // is named that way, so all of them count as private.
    ['::ffff:0:0', 96, 'ipv6'],
    ['64:ff9b:1::', 48, 'ipv6'], // local-use NAT64
    ['fc00::', 7, 'ipv6'], // unique local
    ['fe80::', 10, 'ipv6'], // link-local
    ['ff00::', 8, 'ipv6'] // multicast
];
const PRIVATE = new external_node_net_.BlockList();
for (const [address, prefix, family] of PRIVATE_RANGES)
    PRIVATE.addSubnet(address, prefix, family);
/** Names that resolve on this machine or its local network only (RFC 6761, 6762, 8375). */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa', 'lan', 'intranet'];
/**
 * True for loopback and private addresses, for `localhost` and local-only names, and for a
 * single-label name (`http://intranet/`), which resolves through the runner's search domains.
 */
function isPrivateHost(hostname) {
    const host = hostname
        .replace(/^\[|\]$/g, '')
        .replace(/\.$/, '')
        .toLowerCase();
    const family = (0,external_node_net_.isIP)(host);
    if (family !== 0) {
        return PRIVATE.check(host, family === 4 ? 'ipv4' : 'ipv6');
    }
    if (!host.includes('.'))
        return true;
    return LOCAL_SUFFIXES.some(suffix => host === suffix || host.endsWith(`.${suffix}`));
}

// EXTERNAL MODULE: ./src/shared/url.ts
var shared_url = __webpack_require__(7216);
;// CONCATENATED MODULE: ./src/gateway/gateway-url.ts
/** Gateway links: which base to use, whether a base is safe, and how a CID joins it. */


const DEFAULT_GATEWAY = 'https://gateway.pinarkive.com/ipfs/';
/** Stands in for `{cid}` while a template is checked: a real CID, and valid in a host name. */
const SAMPLE_CID = 'bafkqaaa';
/**
 * What a gateway base may contain besides `{cid}`: URL characters, but no spaces, controls,
 * quotes, parentheses, braces or backslashes, which no gateway needs and which would let a
 * base break out of a link, a Markdown table or a shell word.
 */
const URL_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&+,;=%]*$/;
/**
 * Why `base` cannot be a gateway base (the `gateway` input, or a cluster's gateway as the
 * server lists it), or undefined when it can: an absolute https:// URL, or http:// to this
 * machine only, without credentials; `{cid}` marks a template.
 */
function gatewayProblem(base) {
    let url;
    try {
        url = new URL(base.replaceAll('{cid}', SAMPLE_CID));
    }
    catch {
        return 'is not an absolute URL';
    }
    if (url.username !== '' || url.password !== '')
        return 'must not contain a user name or password';
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && (0,shared_url/* isLoopbackHost */.c)(url.hostname));
    if (!secure) {
        return 'is not an https:// URL (plain http:// is allowed only for localhost, 127.0.0.1 and ::1)';
    }
    // Checked on the text as given, which links are built from: the URL parser would drop tabs
    // and newlines, and leave quotes and parentheses be.
    if (!URL_CHARS.test(base.replaceAll('{cid}', ''))) {
        return 'has characters no gateway URL needs (spaces, control characters, quotes, parentheses, or braces other than {cid})';
    }
    return undefined;
}
/**
 * Why a gateway the server names cannot be used, or undefined when it can: `gatewayProblem`,
 * and more, since only the user's own input may point somewhere unusual. A `#` or `@` can make
 * a URL read like another host (`https://evil.example#@gateway.pinarkive.com/`); a loopback or
 * private address would have the probe send a blind GET inside the runner's network. A gateway
 * on the very host of `api-url` (a local Pinarkive) is the user's choice, as the API is.
 */
function serverGatewayProblem(base, apiUrl) {
    const problem = gatewayProblem(base);
    if (problem !== undefined)
        return problem;
    if (base.includes('#') || base.includes('@')) {
        return 'has a # or an @, which can make a URL read like another host';
    }
    const host = new URL(base.replaceAll('{cid}', SAMPLE_CID)).hostname;
    if (isPrivateHost(host) && host !== hostOf(apiUrl)) {
        return 'points to this machine or a private network, which only the `gateway` input may do';
    }
    return undefined;
}
function hostOf(url) {
    try {
        return new URL(url).hostname;
    }
    catch {
        return undefined;
    }
}
/**
 * The base for links to content on `clusterId`: the `gateway` input, else that cluster's first
 * gateway by `order`, else Pinarkive's public gateway. Both were checked with `gatewayProblem`
 * (the input when read, the cluster list's as it arrived).
 */
function gatewayBase(input, clusterId, clusters) {
    if (input !== '')
        return input;
    const cluster = clusters?.find(c => c.id === clusterId);
    return cluster?.gateways[0]?.base ?? DEFAULT_GATEWAY;
}
/**
 * Percent-encodes one path segment, `!'()*` included: encodeURIComponent keeps them, and they
 * end a Markdown link or a quoted shell word early.
 */
function encodeSegment(segment) {
    return encodeURIComponent(segment).replace(/[!'()*]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** Encodes each segment of a path inside a directory, keeping the slashes between them. */
function encodePath(path) {
    return path.split('/').map(encodeSegment).join('/');
}
/**
 * `https://gw/ipfs/` + CID (+ `/path`). A base containing `{cid}` is a template, for subdomain
 * gateways such as `https://{cid}.ipfs.dweb.link/`; every `{cid}` in it is replaced. `cid`
 * should be canonical (see `canonicalCid`, which the client applies to every answer); it is
 * percent-encoded all the same, so no value can leave its place in the URL.
 */
function gatewayUrl(base, cid, path) {
    const segment = encodeSegment(cid);
    const suffix = path ? encodePath(path) : '';
    if (base.includes('{cid}')) {
        const root = base.replaceAll('{cid}', segment);
        return suffix ? `${root.replace(/\/?$/, '/')}${suffix}` : root;
    }
    const withSlash = base.endsWith('/') ? base : `${base}/`;
    return `${withSlash}${segment}${suffix ? `/${suffix}` : ''}`;
}


/***/ }),

/***/ 3870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/action-log.ts
var action_log = __webpack_require__(4286);
// EXTERNAL MODULE: ./src/content/profile-choice.ts
var profile_choice = __webpack_require__(1262);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/pinarkive/answers.ts
var answers = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/gateway/gateway-url.ts + 1 modules
var gateway_url = __webpack_require__(483);
// EXTERNAL MODULE: ./src/shared/cid.ts
var shared_cid = __webpack_require__(9989);
// EXTERNAL MODULE: ./src/shared/visible-controls.ts
var visible_controls = __webpack_require__(3262);
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

// EXTERNAL MODULE: ./src/shared/error-text.ts
var error_text = __webpack_require__(7859);
// EXTERNAL MODULE: ./src/shared/url.ts
var shared_url = __webpack_require__(7216);
// EXTERNAL MODULE: ./src/shared/redact.ts
var redact = __webpack_require__(8932);
;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * The action's inputs, parsed and validated once into a typed object. `parseInputs` is pure (it
 * reads through a function), so tests need no environment; `getInputs` wires it to the runner.
 */











const DEFAULT_API_URL = 'https://api.pinarkive.com/api/v3';
/** GitHub stops a job after 6 hours; waiting longer than that cannot be meant. */
const MAX_WAIT_MS = 6 * 3_600_000;
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
    const mode = parser.oneOf('mode', ['auto', 'publish', 'cleanup'], 'auto');
    // A cleanup publishes nothing, and without a key it still deactivates and rewrites.
    const cleanup = mode === 'cleanup' || (mode === 'auto' && context.closedPullRequest === true);
    if (!cleanup)
        checkSomethingToDo(parser, { paths, cids, apiKey, dryRun }, context);
    checkSecretLengths(parser);
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
        nameGiven: read('name') !== '',
        cluster: read('cluster'),
        timelock,
        gateway,
        ifNoFilesFound: parser.oneOf('if-no-files-found', ['error', 'warn', 'ignore'], 'error'),
        includeHiddenFiles: parser.bool('include-hidden-files', false),
        concurrency: parser.number('concurrency', 4, 1, 64),
        retries: parser.number('retries', 5, 0, 20),
        timeoutMs: parseTimeout(parser),
        maxDurationMs,
        apiUrl,
        summary: parser.bool('summary', true),
        comment: parser.bool('comment', false),
        commentHeader: parseCommentHeader(parser),
        githubToken: read('github-token'),
        commitStatus: parser.bool('commit-status', false),
        cidProfile: parser.oneOf('cid-profile', profile_choice/* CID_PROFILE_SETTINGS */.rq, 'unixfs-v1-2025'),
        reuse: parser.oneOf('reuse', ['auto', 'off'], 'auto'),
        verify: parser.oneOf('verify', ['warn', 'error', 'off'], 'warn'),
        dryRun,
        mode,
        deployment: parser.bool('deployment', false),
        environment: parseEnvironment(parser),
        car: parser.bool('car', false),
        waitFor: parser.oneOf('wait-for', ['none', 'pinned', 'gateway', 'verified'], 'none'),
        waitTimeoutMs: parseWaitTimeout(parser),
        releaseNotes: parser.bool('release-notes', false)
    };
    checkCluster(parser, inputs.cluster);
    if (parser.problems.length > 0)
        throw new InputError(parser.problems);
    return inputs;
}
/** `cids`: every line a CID; all invalid ones are listed in one problem. */
function parseCidList(parser) {
    const cidLines = lines(parser.read('cids'));
    const check = (0,shared_cid/* checkCids */.mj)(cidLines);
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
/** The inputs that hold secrets: masked in the log, redacted everywhere else. */
const SECRET_INPUTS = ['api-key', 'github-token'];
const SECRET_FIX = {
    'api-key': 'Pass the whole Pinarkive API key, kept as a repository secret: `api-key: ${{ secrets.PINARKIVE_API_KEY }}`.',
    'github-token': 'Leave `github-token` unset for the default `${{ github.token }}`, or pass a whole token kept as a secret.'
};
/**
 * A secret so short that redacting it would corrupt CIDs, URLs and words everywhere (a
 * one-letter key is found in every CID) is refused: its length is named, never its value.
 */
function checkSecretLengths(parser) {
    for (const name of SECRET_INPUTS) {
        const value = parser.read(name);
        if (!(0,redact/* isTooShortToRedact */.F0)(value))
            continue;
        const length = (0,redact/* secretLength */.du)(value);
        parser.problems.push(`Input \`${name}\` is ${length} ${length === 1 ? 'character' : 'characters'} long, too short to be a real secret or to be kept out of the log, the summary and comments safely (at least ${redact/* MIN_SECRET_LENGTH */.vb} are needed). ${SECRET_FIX[name]}`);
    }
}
function defaultName(context) {
    const shortSha = (context.sha ?? '').slice(0, 7);
    return context.repository
        ? `${context.repository}${shortSha ? `@${shortSha}` : ''}`
        : 'pin-action';
}
function checkCluster(parser, cluster) {
    if (cluster !== '' && !(0,answers/* isPlainId */.SR)(cluster)) {
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
        parser.problem('timelock', text, (0,error_text/* errorText */.k)(error) + '.');
        return undefined;
    }
}
/** Milliseconds in seconds (`120`, `0.5`) or a duration as in `timelock` (`45m`), else undefined. */
function secondsOrDuration(text) {
    const seconds = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
    return seconds !== undefined ? seconds * 1000 : parseRelativeDuration(text);
}
function parseDurationInput(parser, name) {
    const text = parser.read(name);
    if (text === '')
        return undefined;
    const ms = secondsOrDuration(text);
    if (ms === undefined || !(ms > 0)) {
        parser.problem(name, text, 'expected seconds or a duration such as 45m or 1h30m.');
        return undefined;
    }
    return ms;
}
/** `timeout`: seconds (fractions too), or a duration such as 90s or 5m, from 0.1 s to 24 h. */
function parseTimeout(parser) {
    const text = parser.read('timeout');
    if (text === '')
        return 120_000;
    const ms = secondsOrDuration(text);
    if (ms === undefined || !(ms >= 100 && ms <= 86_400_000)) {
        parser.problem('timeout', text, 'expected seconds from 0.1 to 86400, or a duration such as 90s or 5m (at most 24h).');
        return 120_000;
    }
    return ms;
}
function parseMaxDuration(parser) {
    return parseDurationInput(parser, 'max-duration');
}
function parseWaitTimeout(parser) {
    const ms = parseDurationInput(parser, 'wait-timeout') ?? 5 * 60_000;
    if (ms > MAX_WAIT_MS) {
        parser.problem('wait-timeout', parser.read('wait-timeout'), 'is longer than a job may run (6 h). Use a duration such as 5m or 30m.');
    }
    return Math.min(ms, MAX_WAIT_MS);
}
/** The longest `comment-header`: it also names a status context and an environment. */
const COMMENT_HEADER_MAX = 100;
/**
 * `comment-header` names the site in the comment's marker, the status context
 * (`pinarkive/<header>`) and the default environment (`preview/<header>`): printable text with no
 * slash at either end, no character that hides text, short enough for all three.
 */
function parseCommentHeader(parser) {
    const text = parser.read('comment-header');
    const hidden = new RegExp(visible_controls/* HIDDEN */.RG.source, 'u').test(text);
    if (text.length > COMMENT_HEADER_MAX || hidden || /^\/|\/$/.test(text)) {
        parser.problem('comment-header', (0,visible_controls/* showControls */.mz)(text, { tabs: true }).slice(0, 80), `expected a short site name such as docs or app: up to ${COMMENT_HEADER_MAX} characters, no slash at either end, no invisible or control characters.`);
        // Stryker disable next-line StringLiteral: a problem makes parseInputs throw, so no caller sees this value
        return '';
    }
    return text;
}
/** GitHub environment names: up to 255 characters, no control characters or slashes at ends. */
function parseEnvironment(parser) {
    const text = parser.read('environment');
    // eslint-disable-next-line no-control-regex
    if (text.length > 255 || /[\u0000-\u001f\u007f]/.test(text)) {
        parser.problem('environment', JSON.stringify(text).slice(1, -1).slice(0, 80), 'expected an environment name such as preview or production, up to 255 characters.');
        // Stryker disable next-line StringLiteral: a problem makes parseInputs throw, so no caller sees this value
        return '';
    }
    return text;
}
/** The API base without a trailing slash: https, or http only to this machine. */
function parseApiUrl(parser) {
    const text = parser.read('api-url') || DEFAULT_API_URL;
    let apiUrl = text.replace(/\/+$/, '');
    try {
        const url = new URL(text);
        if (url.username || url.password) {
            parser.problem('api-url', (0,shared_url/* hideUserinfo */.k)(text), 'must not contain credentials. Pass the key in `api-key`.');
            apiUrl = DEFAULT_API_URL;
        }
        else if (url.protocol === 'http:' && !(0,shared_url/* isLoopbackHost */.c)(url.hostname)) {
            parser.problem('api-url', text, 'plain http would send the API key in clear text. Use https:// (http is allowed only for localhost).');
        }
        else if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            parser.problem('api-url', text, 'expected an https:// URL such as ' + DEFAULT_API_URL + '.');
        }
    }
    catch {
        // A URL that does not parse may still carry a password (`https://user:secret@host:bad/`).
        parser.problem('api-url', (0,shared_url/* hideUserinfo */.k)(text), 'is not a URL. Expected something like ' + DEFAULT_API_URL + '.');
    }
    return apiUrl;
}
/** The same checks as for the gateways the cluster list names (`gatewayProblem`). */
function parseGateway(parser) {
    const gateway = parser.read('gateway');
    if (gateway === '')
        return gateway;
    const problem = (0,gateway_url/* gatewayProblem */.IH)(gateway);
    if (problem) {
        parser.problem('gateway', (0,shared_url/* hideUserinfo */.k)(gateway), `${problem}. Expected a base such as https://gateway.pinarkive.com/ipfs/ or a template such as https://{cid}.ipfs.dweb.link/.`);
    }
    return gateway;
}
/**
 * Reads the inputs from the runner, masking the secrets before anything else can log them: in
 * the runner's log, and in everything the action writes elsewhere (see action-log.ts).
 */
function getInputs(env, event) {
    for (const secret of SECRET_INPUTS) {
        const value = core/* getInput */.V4(secret);
        // A secret too short to redact is refused below, before it is sent anywhere; masking it
        // would only blank that letter in every line of the log.
        if (!(0,redact/* isTooShortToRedact */.F0)(value))
            (0,action_log/* maskSecret */.$l)(value);
    }
    return parseInputs(name => core/* getInput */.V4(name), {
        now: new Date(),
        repository: env.GITHUB_REPOSITORY,
        sha: event.sha,
        forkPullRequest: event.forkPullRequest,
        closedPullRequest: event.pullRequest?.state === 'closed'
    });
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/pinarkive/multipart.ts
var multipart = __webpack_require__(7137);
// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(6338);
// EXTERNAL MODULE: ./src/shared/quote.ts
var quote = __webpack_require__(6717);
;// CONCATENATED MODULE: ./src/publish/names.ts
/**
 * Before anything is sent: every name an upload would carry must arrive exactly as it is on
 * disk, or the run stops here, naming each, rather than publishing a site with renamed or
 * missing files.
 */




class UnsendableNamesError extends Error {
    name = 'UnsendableNamesError';
}
/** Throws, naming each, when some file of the plan has a name no upload can carry exactly. */
function checkUploadNames(plan) {
    const names = [
        ...(plan.directory?.entries.map(entry => entry.path) ?? []),
        ...plan.files.map(file => external_node_path_.posix.basename(file.relPath))
    ];
    const problems = names.flatMap(name => {
        const problem = (0,multipart/* multipartNameProblem */.zU)(name);
        return problem ? [`${(0,quote/* quoteValue */.c)(name, 200)} ${problem}`] : [];
    });
    if (problems.length === 0)
        return;
    throw new UnsendableNamesError(`${(0,format/* plural */.LS)(problems.length, 'file')} cannot be uploaded under ${problems.length === 1 ? 'its' : 'their'} own name, so nothing was uploaded: ${(0,format/* listSome */.XT)(problems, 10)}. ` +
        'Rename them, or exclude them with `!` lines in `path`.');
}

// EXTERNAL MODULE: ./src/publish/reuse.ts
var reuse = __webpack_require__(3695);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
;// CONCATENATED MODULE: ./src/shared/escape-markdown.ts
/**
 * Escapers for GitHub Markdown (cmark-gfm with the table, autolink and tagfilter extensions) and
 * the HTML inside it, one per context. Names and server text are shown literally: no emphasis,
 * no entity decoding, no HTML, no link the action did not mean, no line break of their own, no
 * hidden character (visible-controls.ts), and nothing GitHub turns into a mention, a reference
 * or an emoji after rendering (see GITHUB_ACTS_ON). Each escaper takes plain text and returns
 * Markdown for its context.
 */


/** Every ASCII punctuation character: CommonMark lets a backslash escape each of them. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
/**
 * What GitHub makes of a text node, after cmark-gfm has rendered the Markdown: its filters
 * (mentions, issue and commit references, emoji) run on the HTML, one text node at a time, and
 * skip the text inside some elements: html-pipeline's MentionFilter and the reference filters
 * skip `pre`, `code`, `a`, `style` and `script`, and its EmojiFilter `pre`, `code` and `tt`, so
 * a link's text still gets emoji. They read the text after Markdown is done with it, so neither
 * a backslash (`\#1`) nor an entity (`&#35;1`) protects: both render as the text `#1`, which is
 * then linked (cmark-gfm shows it). An invisible character between `#` and `1` (the zero-width
 * space this escaper used to put after `@`) would protect, but it is exactly the kind of
 * character the shared rule exists to show (visible-controls.ts), and a reader who copies the
 * text gets it too. What reliably protects is a code span: cmark-gfm writes it as `<code>`,
 * which every one of those filters skips, and which cmark-gfm's own autolinks (`www.`,
 * `https:`, e-mail) never enter.
 *
 * So a word (a run without white space) that GitHub could act on is written as a code span; the
 * test is generous, since a word in code loses nothing but its font. A word goes into code when
 * it has:
 * - `@`: a mention (`@user`, `@org/team`), `user@sha`, an e-mail autolink;
 * - `#`: an issue, pull request or discussion (`#1`, `octo-org/site#2`, `dist/#1.html`);
 * - a `:` that does not end it: an emoji (`:shipit:`), a `https://`, `mailto:` or `xmpp:`
 *   autolink (a colon that ends a word, as in `failed:`, starts neither);
 * - `www.`: a www autolink;
 * - seven hex digits in a row: a commit SHA (GitHub links 7 to 40), also all digits or all
 *   letters (`1234567`, `deadbeef`);
 * - letters and digits together: `GH-3`, and the shape of the autolinks a repository may
 *   configure (`JIRA-12`, `TICKET-7`). Numbers alone (`3 of 5`, `1,024`) stay text.
 *
 * Punctuation around such a word (`(`, `"`, and `.`, `,`, `:`, `)` … after it) stays outside the
 * code span, as text: `site/#1.html:` is `` `site/#1.html`: ``, and `:shipit:` is
 * `` `:shipit`: ``, whose text `:` alone starts nothing. What this cannot rule out: a
 * repository's own alphanumeric autolink whose prefix is a plain word, which only code for every
 * word would.
 */
const GITHUB_ACTS_ON = [
    /[@#]/,
    /:./,
    /www\./i,
    /[0-9a-f]{7}/i,
    /\p{L}.*[0-9]|[0-9].*\p{L}/u
];
/** Punctuation before and after a word that is shown as text around its code span. */
const WORD = /^([("'[]*)(.*?)([)\]"'.,:;!?]*)$/s;
/**
 * Plain text inside a paragraph, a list item, a table cell or a heading. What hides or reorders
 * text is shown as escapes (visible-controls.ts). Each word GitHub could turn into a mention,
 * a reference, an emoji or an autolink is a code span (see GITHUB_ACTS_ON); in every other word
 * each ASCII punctuation character is backslash-escaped (no `_emphasis_`, `<tag>`, `&amp;`
 * entity, `[link]`, `$math$`, block marker). So a name or a server's text inside a message shows
 * literally, and GitHub makes nothing of it. Words are what GitHub's patterns cannot cross, so
 * put white space, code or a tag between this and other text (`for ${mdText(x)}`), never a
 * letter, digit, `#`, `@` or `:`.
 */
function mdText(text) {
    return (0,visible_controls/* showControls */.mz)(text, { tabs: true })
        .split(/(\s+)/)
        .map((word, i) => (i % 2 === 1 ? word : mdWord(word)))
        .join('');
}
function mdWord(word) {
    if (!GITHUB_ACTS_ON.some(pattern => pattern.test(word)))
        return escapePunctuation(word);
    const [, before, core, after] = WORD.exec(word) ?? ['', '', word, ''];
    // A word of that punctuation alone (`::`) stays whole.
    if (core === '')
        return codeSpan(word);
    return escapePunctuation(before) + codeSpan(core) + escapePunctuation(after);
}
function escapePunctuation(text) {
    return text.replace(ASCII_PUNCTUATION, '\\$&');
}
/**
 * A code span that shows `text` exactly: its fence is one backtick longer than the longest run of
 * backticks inside, and a space pads each side when the text starts or ends with a backtick or
 * a space (CommonMark strips one such space from each side). Line breaks and controls are shown
 * as escapes, since a code span turns a line break into a space and a table row would end there.
 */
function mdCode(text) {
    return codeSpan((0,visible_controls/* showControls */.mz)(text, { tabs: true }));
}
/** mdCode of text already shown (controls escaped). */
function codeSpan(shown) {
    if (shown === '')
        return '` `';
    const longest = Math.max(0, ...(shown.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    // Only U+0020 counts as a space here; text of spaces alone is not stripped.
    const pad = /^[ `]|[ `]$/.test(shown) && !/^ +$/.test(shown) ? ' ' : '';
    return `${fence}${pad}${shown}${pad}${fence}`;
}
/**
 * Inline Markdown made safe inside a table cell: GFM splits cells at every `|` not preceded by a
 * backslash, also inside code spans, and removes that backslash before the inline parse. So
 * `\|` shows `|` in code and, after mdText's own `\|`, in text too.
 */
function mdCell(markdown) {
    return markdown.replace(/\|/g, '\\|');
}
/**
 * The URL, when it may become a link: `https:`, or `http:` to this machine, with no user or
 * password in it. Anything else (`javascript:`, `data:`, a relative path, plain `http:` to
 * another host) is not linked.
 */
function safeUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    const allowed = parsed.protocol === 'https:' || (parsed.protocol === 'http:' && (0,shared_url/* isLoopbackHost */.c)(parsed.hostname));
    return allowed && parsed.username === '' && parsed.password === '' ? parsed : undefined;
}
/** Longest URL linked: a gateway link is far shorter; a longer one would only eat the budget. */
const URL_MAX = 8_192;
/**
 * A link destination for `[text](…)`, or undefined when the URL may not be linked. The WHATWG
 * serialisation already percent-encodes spaces, `<`, `>`, quotes and non-ASCII; what Markdown
 * still reads is encoded too: parentheses (cmark-gfm ends an unbalanced destination at `)`),
 * `|` (a table cell), `\` (an escape), and `&` is written `&amp;`: a destination's entities are
 * decoded (cmark-gfm does so even after a backslash), so `&amp;` in a URL stays `&amp;`.
 */
function mdLinkDestination(url) {
    if (url.length > URL_MAX)
        return undefined;
    const parsed = safeUrl(url);
    if (!parsed)
        return undefined;
    return parsed.href
        .replace(/[()|\\'"<> `]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
        .replace(/&/g, '&amp;');
}
/**
 * A name linked: ``[`name`](url)`` when the URL may be linked, otherwise the code span alone. The
 * name is always a code span: GitHub's emoji filter also acts inside a link's text (`:shipit:`),
 * and `<code>` is what all its filters skip (see GITHUB_ACTS_ON).
 */
function mdLink(text, url) {
    const destination = mdLinkDestination(url);
    const code = mdCode(text);
    return destination === undefined ? code : `[${code}](${destination})`;
}
/**
 * Text inside HTML (an element's content, or an attribute value in either kind of quotes):
 * `&`, `<`, `>`, `"` and `'` become entities, what hides text is shown as escapes (a blank line
 * would end the HTML block). The entities do not keep GitHub from reading `#1` or `@user` in an
 * element's text (see GITHUB_ACTS_ON): a name goes inside `<code>`, as in
 * `<code>${htmlText(name)}</code>`.
 */
function htmlText(text) {
    return (0,visible_controls/* showControls */.mz)(text, { tabs: true }).replace(/[&<>"']/g, c => HTML_ENTITIES[c]);
}
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
/**
 * A message the action composed, where backticks mark code (as in "Input `gateway` is `x`"):
 * each span between a pair of backticks becomes a code span, the rest plain text, so a value
 * with backticks of its own can only move the split, never escape it. An unpaired backtick is
 * shown as text. The message's own line breaks (`\n`, `\r\n`) outside code become `lineBreak`
 * (`<br>` by default); inside code they are shown as `\n`.
 */
function mdMessage(text, lineBreak = '<br>') {
    const parts = text.split('`');
    const unpaired = parts.length % 2 === 0 ? parts.pop() : undefined;
    const plain = (part) => (0,visible_controls/* messageLines */.VL)(part).map(mdText).join(lineBreak);
    const shown = parts.map((part, i) => i % 2 === 0 ? plain(part) : part === '' ? mdText('``') : mdCode(part));
    if (unpaired !== undefined)
        shown.push(plain(`\`${unpaired}`));
    return shown.join('');
}

;// CONCATENATED MODULE: ./src/report/budget.ts
const utf8Bytes = text => Buffer.byteLength(text, 'utf8');
/** GitHub counts comment length in characters; code points never exceed UTF-16 units. */
const characters = text => text.length;
/** Where to cut a string of UTF-16 units at or before `at` without splitting a surrogate pair. */
function cutAt(text, at) {
    if (at <= 0)
        return 0;
    const code = text.charCodeAt(at - 1);
    return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}
/** The first `max` characters of `text`. */
function clipEnd(text, max) {
    if (text.length <= max)
        return { text, left: 0 };
    const end = cutAt(text, max);
    return { text: text.slice(0, end), left: text.length - end };
}
/**
 * `text` cut in the middle to `max` characters: a long path keeps its start and its file name.
 * The returned text has `…` where characters were left out.
 */
function clipMiddle(text, max) {
    if (text.length <= max)
        return { text, left: 0 };
    const head = cutAt(text, Math.ceil(max / 3));
    let tailStart = text.length - (max - head);
    const code = text.charCodeAt(tailStart);
    if (code >= 0xdc00 && code <= 0xdfff)
        tailStart++;
    return { text: `${text.slice(0, head)}…${text.slice(tailStart)}`, left: tailStart - head };
}
/** The visible note after a clipped value: ` (… 1,234 more characters)`. */
function clipNote(left) {
    if (left <= 0)
        return '';
    return ` (… ${left.toLocaleString('en-US')} more ${left === 1 ? 'character' : 'characters'})`;
}
/**
 * Adds lines while the total stays within `budget` (each line counts one newline); returns them
 * and how many did not fit.
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
/**
 * The last guard: a document still over `limit` is cut at a line boundary, and `note` is
 * appended. The sections keep within their own budgets, so this is for what they cannot
 * foresee; it makes the limit hold whatever they do.
 */
function capDocument(text, limit, measure, note) {
    if (measure(text) <= limit)
        return text;
    const room = limit - measure(note) - 1;
    let end = text.length;
    // Bytes are at most 3 per UTF-16 unit: a first cut by length, then back to a line boundary.
    end = cutAt(text, Math.min(end, Math.max(0, room)));
    while (end > 0 && measure(text.slice(0, end)) > room)
        end = cutAt(text, Math.floor(end * 0.9));
    const lineEnd = text.lastIndexOf('\n', end);
    return `${text.slice(0, lineEnd > 0 ? lineEnd : 0)}\n${note}`;
}

;// CONCATENATED MODULE: ./src/report/readiness-words.ts
/**
 * How far a publish was proven, in words: one reading of the readiness for every report (the
 * comment's title and status cell, the preview lines, the commit status and the deployment), so
 * that none says "served" where another says "pinned".
 */

function readinessWords(readiness) {
    if (!readiness)
        return { icon: '✅', status: 'Published' };
    switch (readiness.state) {
        case 'verified':
            return { icon: '✅', status: 'Verified' };
        case 'mismatch':
            return { icon: '⚠️', status: 'Gateway serves another DAG' };
        case 'retrievable':
            return {
                icon: '✅',
                status: readiness.waitedFor === 'verified' ? 'Served, not verified' : 'Served'
            };
        case 'pinned':
            return (0,report_report/* isReady */.i_)(readiness)
                ? { icon: '📌', status: 'Pinned' }
                : { icon: '⏳', status: 'Not served yet' };
        case 'not-ready':
            return { icon: '⏳', status: 'Not pinned yet' };
    }
}
/** ` (verified)`, ` (not served yet)`…: the status as a one-line description ends; nothing when not checked. */
function readinessSuffix(readiness) {
    if (!readiness)
        return '';
    const { status } = readinessWords(readiness);
    return ` (${status.charAt(0).toLowerCase()}${status.slice(1)})`;
}

;// CONCATENATED MODULE: ./src/report/status.ts
/** The commit status, rendered from a report. Pure. */






/** GitHub rejects a status description over 140 characters. */
const STATUS_DESCRIPTION_LIMIT = 140;
/**
 * One line of at most 140 characters (a commit status's or a deployment status's description):
 * controls shown, white space collapsed, `…` when cut.
 */
function statusDescription(text, max = STATUS_DESCRIPTION_LIMIT) {
    // Cut before escaping too: a 10 MB reason need not be escaped whole.
    const flat = (0,visible_controls/* showControls */.mz)(clipEnd(text, max * 8).text, { tabs: true })
        .replace(/\s+/g, ' ')
        .trim();
    if (flat.length <= max)
        return flat;
    return `${clipEnd(flat, max - 1).text}…`;
}
/** A status that tells the truth: success only when everything asked for was published. */
function commitStatusFor(report, context) {
    const main = (0,report_report/* mainItem */.LG)(report);
    const failed = report.failures.length + (report.notAttempted?.items.length ?? 0);
    const status = (state, description, url = context.runUrl) => ({
        state,
        // Only a link the renderers would make: https, or http to this machine.
        target_url: safeUrl(url) ? url : context.runUrl,
        description: statusDescription(description),
        context: context.name
    });
    if (report.error || failed > 0) {
        const reason = report.error ??
            `${failed} of ${(0,format/* plural */.LS)(failed + report.items.length, 'item')} failed: ${report.failures[0] ? (0,report_report/* failureLine */.Pu)(report.failures[0]) : (report.notAttempted?.reason ?? '')}`;
        return status('failure', reason);
    }
    if (report.cleanup) {
        const { unpinned, kept } = report.cleanup;
        return status('success', `Preview removed: ${unpinned.length} unpinned, ${kept.length} kept`);
    }
    if (!main)
        return status('success', 'Nothing to publish');
    const what = main.type === 'directory' ? `${(0,format/* plural */.LS)(main.files ?? 0, 'file')} as ${main.cid}` : main.cid;
    const more = report.items.length > 1 ? ` (+${report.items.length - 1} more)` : '';
    return status('success', `Published ${what}${more}${readinessSuffix(report.readiness)}`, main.gatewayUrl);
}

// EXTERNAL MODULE: ./src/shared/json.ts
var json = __webpack_require__(8451);
;// CONCATENATED MODULE: ./src/preview/record.ts
/**
 * What a publish leaves for later runs to read: in the sticky comment's hidden state and in a
 * deployment's payload. Read back defensively: a record is only trusted for what parses as one.
 * Records hold roots, not every file, so their size stays bounded however large the site is.
 */



/** Identifies this action's records among other tools' payloads. */
const RECORD_TOOL = 'pinarkive/pin-action';
const RECORD_FORMAT = 2;
/** Previews listed in full: enough for the comment's history, small enough to stay hidden. */
const MAX_HISTORY = 20;
/** Roots of older previews, and unpinned roots, kept beyond that. */
const MAX_ROOTS = 60;
/** CIDs a record lists besides its root: the main item and a few more, for the history. */
const MAX_CIDS = 5;
const STATE_PREFIX = '<!-- pin-action-state:';
const STATE_SUFFIX = '-->';
function emptyState(pullRequest) {
    return {
        pullRequest,
        history: [],
        olderRoots: [],
        dropped: { publishes: 0, cids: 0 },
        unpinned: []
    };
}
/**
 * The state within its bounds: the oldest previews leave `history` first, their roots move to
 * `olderRoots`, and whatever no longer fits is counted in `dropped`, never lost without a word.
 */
function boundState(state) {
    const excess = Math.max(0, state.history.length - MAX_HISTORY);
    const leaving = state.history.slice(0, excess);
    const dropped = { ...state.dropped };
    const olderRoots = [...state.olderRoots];
    for (const record of leaving) {
        dropped.publishes += 1;
        if (record.previewRoot)
            olderRoots.push(record.previewRoot);
        dropped.cids += Math.max(0, record.total - (record.previewRoot ? 1 : 0));
    }
    const overflow = Math.max(0, olderRoots.length - MAX_ROOTS);
    dropped.cids += overflow;
    return {
        ...state,
        history: state.history.slice(excess).map(capRecord),
        olderRoots: olderRoots.slice(overflow),
        dropped,
        unpinned: state.unpinned.slice(-MAX_ROOTS)
    };
}
/** The hidden line that carries the state: base64url, so no content can end the comment. */
function encodeState(state) {
    const data = Buffer.from(JSON.stringify({ tool: RECORD_TOOL, ...boundState(state) })).toString('base64url');
    return `${STATE_PREFIX}${data}${STATE_SUFFIX}`;
}
/** The state in a comment body, when it holds a readable one. */
function decodeState(body) {
    const start = body.lastIndexOf(STATE_PREFIX);
    if (start === -1)
        return undefined;
    const end = body.indexOf(STATE_SUFFIX, start);
    if (end === -1)
        return undefined;
    const data = body.slice(start + STATE_PREFIX.length, end).trim();
    if (!/^[A-Za-z0-9_-]*$/.test(data))
        return undefined;
    const value = (0,json/* fieldsOf */.Pf)(parseJson(Buffer.from(data, 'base64url').toString('utf8')));
    if (value.tool !== RECORD_TOOL || !isPullNumber(value.pullRequest))
        return undefined;
    const dropped = (0,json/* fieldsOf */.Pf)(value.dropped);
    return {
        pullRequest: value.pullRequest,
        history: (0,json/* arrayOf */.jk)(value.history)
            .slice(-MAX_HISTORY)
            .flatMap(entry => readRecord(entry) ?? []),
        olderRoots: cids(value.olderRoots, MAX_ROOTS),
        dropped: { publishes: count(dropped.publishes), cids: count(dropped.cids) },
        unpinned: cids(value.unpinned, MAX_ROOTS)
    };
}
/** A deployment's payload: the record of one publish, and the pull request it was for. */
function recordPayload(record, context) {
    return {
        tool: RECORD_TOOL,
        pullRequest: context.pullRequest ?? null,
        cluster: context.cluster,
        profile: context.profile,
        ...capRecord(record)
    };
}
/** The record in a deployment's payload, when it is one of ours. */
function readPayload(payload) {
    const value = (0,json/* fieldsOf */.Pf)(typeof payload === 'string' ? parseJson(payload) : payload);
    if (value.tool !== RECORD_TOOL)
        return undefined;
    const record = readRecord(value);
    if (!record)
        return undefined;
    return { ...record, pullRequest: isPullNumber(value.pullRequest) ? value.pullRequest : undefined };
}
/**
 * Whether a deployment's payload is of `site`. A record that names no site (an earlier
 * version's) belongs to every site, as it did then.
 */
function ofSite(payload, site) {
    const recorded = readPayload(payload)?.site;
    return recorded === undefined || site === undefined || recorded === site;
}
function capRecord(record) {
    return {
        ...record,
        cids: record.cids.slice(0, MAX_CIDS),
        reused: record.reused.slice(0, MAX_CIDS)
    };
}
function readRecord(value) {
    const data = (0,json/* fieldsOf */.Pf)(value);
    const sha = typeof data.sha === 'string' && /^[0-9a-f]{7,64}$/.test(data.sha) ? data.sha : '';
    const format = data.format === RECORD_FORMAT ? RECORD_FORMAT : 1;
    // Earlier versions listed up to 50 CIDs, every file of a files-mode publish among them.
    const recorded = cids(data.cids, format === RECORD_FORMAT ? MAX_CIDS : 50);
    // A root is trusted only when it parses as a CID, like everything else here.
    const [previewRoot] = cids([data.previewRoot], 1);
    if (recorded.length === 0 && !previewRoot)
        return undefined;
    return {
        sha,
        at: isoTime(data.at) ?? '',
        runUrl: typeof data.runUrl === 'string' && /^https:\/\/\S+$/.test(data.runUrl) ? data.runUrl : '',
        cids: recorded,
        // Earlier records listed every CID (up to 50), so what they list is all they can tell.
        total: Math.max(count(data.total), recorded.length),
        ...(previewRoot && format === RECORD_FORMAT && { previewRoot }),
        ...(typeof data.site === 'string' && data.site.length <= 200 && { site: data.site }),
        format,
        reused: cids(data.reused, MAX_CIDS),
        expiresAt: isoTime(data.expiresAt) ?? null,
        ...(gatewayLink(data.url) && { url: data.url })
    };
}
/**
 * A link the comment may show: https (or http to this machine), no white space, not too long.
 * The renderers check it again (mdLinkDestination) before they link it, as they check every URL.
 */
function gatewayLink(value) {
    return typeof value === 'string' && value.length <= 2048 && !/\s/.test(value) && !!safeUrl(value);
}
/** Valid CIDs only, in canonical form: a record is never trusted for anything else. */
function cids(value, max) {
    const strings = (0,json/* arrayOf */.jk)(value).filter((v) => typeof v === 'string');
    return (0,shared_cid/* checkCids */.mj)(strings.slice(0, max)).valid;
}
function count(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}
function isoTime(value) {
    if (typeof value !== 'string' || value.length > 40)
        return undefined;
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
function isPullNumber(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/github/identity.ts
/**
 * Who wrote a record: only what the token's own identity wrote is trusted, and it is recognised
 * by its login exactly as REST spells it: `github-actions[bot]` for the job token, `<app>[bot]`
 * for another GitHub App, the user's login for a personal token. `[bot]` is part of the login:
 * a user account may be called `github-actions`, and what it writes is not ours.
 */
/** The same login, `[bot]` included. GitHub logins are case-insensitive, so case is not. */
function sameLogin(a, b) {
    return a !== '' && a.toLowerCase() === b.toLowerCase();
}
/**
 * A GraphQL actor's login in its REST form. GraphQL names a `Bot` actor without the `[bot]` that
 * REST's `user.login` and `creator.login` carry (`github-actions` for `github-actions[bot]`), so
 * a Bot's login gets it back; any other actor's login is its REST login already.
 */
function restLogin(login, typename) {
    return typename === 'Bot' && !/\[bot\]$/i.test(login) ? `${login}[bot]` : login;
}

;// CONCATENATED MODULE: ./src/github/deployments.ts
/**
 * GitHub Deployments for what a run publishes: the "View deployment" button and a history per
 * environment. A preview's deployments are transient and never inactivate one another, so each
 * open pull request keeps its own; a new push inactivates only that pull request's earlier ones.
 */




const PREVIEW_ENVIRONMENT = 'preview';
/**
 * The environment the input names, else: `preview` for a pull request, `production` for a push
 * to the default branch or a release. A branch name alone never makes production (a fork's
 * branch may be called main): only a push event, or a workflow_run of one, in this repository.
 * With a `comment-header` the default gets the site as a suffix (`preview/docs`), because GitHub
 * shows one "View deployment" per environment: two sites in one would hide each other.
 */
function chooseEnvironment(input, event, pullRequest, header = '') {
    if (input !== '') {
        const production = input === 'production';
        return { name: input, production, transient: !production && pullRequest !== undefined };
    }
    const named = (base) => (header === '' ? base : `${base}/${header}`);
    if (pullRequest)
        return { name: named(PREVIEW_ENVIRONMENT), production: false, transient: true };
    const production = { name: named('production'), production: true, transient: false };
    if (event.name === 'release')
        return production;
    const defaultRef = event.defaultBranch ? `refs/heads/${event.defaultBranch}` : '';
    if (event.name === 'push' && defaultRef !== '' && event.ref === defaultRef)
        return production;
    const run = event.workflowRun;
    if (run?.event === 'push' &&
        event.defaultBranch !== '' &&
        run.headBranch === event.defaultBranch &&
        run.headRepository === `${event.owner}/${event.repo}`) {
        return production;
    }
    return {
        why: `a ${event.name || 'local'} event on ${event.ref || 'no ref'} is neither a pull request, a push to the default branch nor a release. Set \`environment\` to name one.`
    };
}
/** One deployment, from `in_progress` when the publish starts to its final state. */
class DeploymentRun {
    api;
    repo;
    deployment;
    environment;
    logUrl;
    constructor(api, repo, deployment, environment, logUrl) {
        this.api = api;
        this.repo = repo;
        this.deployment = deployment;
        this.environment = environment;
        this.logUrl = logUrl;
    }
    /** Creates the deployment and marks it in progress. */
    static async start(api, repo, input) {
        const { environment } = input;
        const deployment = await api.createDeployment(repo.owner, repo.repo, {
            ref: input.ref,
            environment: environment.name,
            description: 'IPFS content published by pinarkive/pin-action',
            payload: input.payload,
            transient: environment.transient,
            production: environment.production
        });
        const run = new DeploymentRun(api, repo, deployment, environment, input.logUrl);
        await run.set('in_progress', 'Publishing to IPFS');
        return run;
    }
    /** The final state: success with the link, or failure/error with the reason. */
    async finish(state, description, environmentUrl) {
        await this.set(state, description, environmentUrl);
    }
    async set(state, description, environmentUrl) {
        await this.api.setDeploymentStatus(this.repo.owner, this.repo.repo, this.deployment.id, {
            state,
            description: statusDescription(description),
            log_url: this.logUrl,
            ...(environmentUrl ? { environment_url: environmentUrl } : {}),
            // Production follows GitHub's rule (one active); a preview touches no other deployment.
            auto_inactive: this.environment.production
        });
    }
}
/** At most this many pages of an environment's deployments are read (100 a page). */
const MAX_PAGES = 5;
/**
 * The deployments this identity made in an environment for pull requests, newest first, by pull
 * request: those whose payload is one of ours and names one. Bounded: an environment with
 * thousands of deployments is read only so far back.
 */
async function deploymentsByPull(api, repo, environment, viewer) {
    const byPull = new Map();
    let pages = 0;
    for await (const page of api.deployments(repo.owner, repo.repo, environment)) {
        for (const deployment of page) {
            if (!sameLogin(deployment.creatorLogin, viewer))
                continue;
            const pullRequest = readPayload(deployment.payload)?.pullRequest;
            if (pullRequest === undefined)
                continue;
            byPull.set(pullRequest, [...(byPull.get(pullRequest) ?? []), deployment]);
        }
        if (++pages >= MAX_PAGES)
            break;
    }
    return byPull;
}
/**
 * Marks a pull request's deployments inactive, all but `keep`. Only those still active are
 * touched, so re-runs cost one read per deployment and no writes.
 */
async function deactivate(api, repo, deployments, options) {
    let count = 0;
    for (const deployment of deployments) {
        if (deployment.id === options.keep)
            continue;
        const state = await api.deploymentState(repo.owner, repo.repo, deployment.id);
        if (state === 'inactive' || state === 'failure' || state === 'error')
            continue;
        await api.setDeploymentStatus(repo.owner, repo.repo, deployment.id, {
            state: 'inactive',
            description: statusDescription(options.why),
            auto_inactive: false
        });
        count++;
    }
    if (count > 0) {
        options.log.info(`Marked ${(0,format/* plural */.LS)(count, 'deployment')} inactive: ${options.why}.`);
    }
    return count;
}

;// CONCATENATED MODULE: ./src/github/api.ts
/**
 * The few GitHub REST calls the action makes, over @actions/github's Octokit (which honours
 * GITHUB_API_URL, so GitHub Enterprise Server works too). Loaded only when a comment, a commit
 * status, a deployment or release notes are asked for, so other runs do not pay for Octokit at
 * start-up. Every string a request carries is redacted first (see `redactRequests`), whatever
 * the call.
 */


function comment(raw) {
    return { id: raw.id, body: raw.body ?? '', login: raw.user?.login ?? '', htmlUrl: raw.html_url };
}
function pullInfo(raw) {
    return {
        number: raw.number,
        headSha: raw.head.sha,
        state: raw.state === 'closed' ? 'closed' : 'open',
        merged: typeof raw.merged_at === 'string' && raw.merged_at !== ''
    };
}
function release(raw) {
    return { id: raw.id, tagName: raw.tag_name, body: raw.body ?? '', htmlUrl: raw.html_url };
}
function deployment(raw) {
    return {
        id: raw.id,
        sha: raw.sha,
        environment: raw.environment,
        payload: raw.payload,
        creatorLogin: raw.creator?.login ?? '',
        createdAt: raw.created_at,
        // Unsaid, a deployment counts as one that may serve end users: the safe side for a cleanup.
        transient: raw.transient_environment === true,
        production: raw.production_environment !== false
    };
}
/** An HTTP status from an Octokit error, when it has one. */
function statusOf(error) {
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}
/** Request options Octokit fills in itself; the rest are the parameters a call sends. */
const TRANSPORT_OPTIONS = new Set(['method', 'baseUrl', 'url', 'headers', 'mediaType', 'request']);
/**
 * Redacts the parameters of every request (a comment's body, a status's description and URL,
 * and whatever a later call sends: a deployment, a check run) before Octokit builds it. The
 * token travels in a header, which is left alone.
 */
function redactRequests(octokit) {
    octokit.hook.before('request', options => {
        for (const key of Object.keys(options)) {
            if (!TRANSPORT_OPTIONS.has(key))
                options[key] = redact/* secrets */.O3.redactDeep(options[key]);
        }
    });
}
async function createGitHubApi(token) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(token);
    redactRequests(octokit);
    return new OctokitApi(octokit);
}
class OctokitApi {
    octokit;
    constructor(octokit) {
        this.octokit = octokit;
    }
    async viewerLogin() {
        // GraphQL `viewer` works for the GITHUB_TOKEN, whose REST GET /user answers 403. Its login
        // is given in REST's form, `[bot]` included, so that it compares exactly with the logins of
        // comments and deployments (see identity.ts).
        try {
            const result = await this.octokit.graphql('query { viewer { login __typename } }');
            return restLogin(result.viewer.login, result.viewer.__typename);
        }
        catch {
            try {
                return (await this.octokit.rest.users.getAuthenticated()).data.login;
            }
            catch {
                return undefined;
            }
        }
    }
    async *comments(owner, repo, number) {
        const pages = this.octokit.paginate.iterator(this.octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: number,
            per_page: 100
        });
        for await (const page of pages)
            yield page.data.map(comment);
    }
    async createComment(owner, repo, number, body) {
        const { data } = await this.octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: number,
            body
        });
        return comment(data);
    }
    async updateComment(owner, repo, id, body) {
        const { data } = await this.octokit.rest.issues.updateComment({
            owner,
            repo,
            comment_id: id,
            body
        });
        return comment(data);
    }
    async pulls(owner, repo, options) {
        const pulls = await this.octokit.paginate(this.octokit.rest.pulls.list, {
            owner,
            repo,
            state: options.state,
            ...(options.head ? { head: options.head } : {}),
            per_page: 100
        });
        return pulls.map(pullInfo);
    }
    async pull(owner, repo, number) {
        const { data } = await this.octokit.rest.pulls.get({ owner, repo, pull_number: number });
        return pullInfo(data);
    }
    async createStatus(owner, repo, sha, status) {
        await this.octokit.rest.repos.createCommitStatus({ owner, repo, sha, ...status });
    }
    async createDeployment(owner, repo, input) {
        const response = await this.octokit.rest.repos.createDeployment({
            owner,
            repo,
            ref: input.ref,
            environment: input.environment,
            description: input.description,
            payload: input.payload,
            transient_environment: input.transient,
            production_environment: input.production,
            // Never merge the default branch into the ref, and never wait for other checks.
            auto_merge: false,
            required_contexts: []
        });
        if (response.status !== 201) {
            throw new Error(`GitHub did not create the deployment (HTTP ${response.status})`);
        }
        return deployment(response.data);
    }
    async setDeploymentStatus(owner, repo, id, status) {
        await this.octokit.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: id,
            ...status
        });
    }
    async *deployments(owner, repo, environment) {
        const pages = this.octokit.paginate.iterator(this.octokit.rest.repos.listDeployments, {
            owner,
            repo,
            ...(environment === undefined ? {} : { environment }),
            per_page: 100
        });
        for await (const page of pages)
            yield page.data.map(deployment);
    }
    async deploymentState(owner, repo, id) {
        const { data } = await this.octokit.rest.repos.listDeploymentStatuses({
            owner,
            repo,
            deployment_id: id,
            per_page: 1
        });
        return data[0]?.state ?? 'pending';
    }
    async release(owner, repo, id) {
        const { data } = await this.octokit.rest.repos.getRelease({ owner, repo, release_id: id });
        return release(data);
    }
    async updateRelease(owner, repo, id, body) {
        const { data } = await this.octokit.rest.repos.updateRelease({
            owner,
            repo,
            release_id: id,
            body
        });
        return release(data);
    }
}

;// CONCATENATED MODULE: ./src/github/errors.ts
/** GitHub API failures as warnings that name the permission to add. */


const FORK_HELP = 'Pull requests from forks get a read-only GITHUB_TOKEN. To write to them, publish from a second workflow triggered by `workflow_run` (see "PR previews from forks" in the README).';
/** `Could not <action>: …`, with the permission to grant on a 403. */
function explainGitHubError(action, error, permission) {
    const status = statusOf(error);
    const message = (0,error_text/* errorText */.k)(error);
    if (status === 403) {
        return `Could not ${action}: the token may not do it (HTTP 403: ${message}). Give the job \`permissions: ${permission}: write\`. ${FORK_HELP}`;
    }
    if (status === 401) {
        return `Could not ${action}: GitHub rejected \`github-token\` (HTTP 401: ${message}).`;
    }
    return `Could not ${action}: ${status ? `HTTP ${status}: ` : ''}${message}`;
}

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts

/**
 * `key` written so that distinct keys give distinct markers and none can end or break the HTML
 * comment: `%` and what an HTML comment or a line cannot hold (`<`, `>`, `!`, `&`, controls and
 * line breaks, a `-` after a `-`) are percent-encoded. Since `%` is always encoded, decoding is
 * unambiguous, so the encoding is injective: `docs--v2` is `docs-%2Dv2`, `docs-v2` stays
 * `docs-v2`. A key without those characters is written as before, so the comments of earlier
 * versions are still found; a key with them was mangled before (`docs--v2` and `docs-v2` shared
 * `docs-v2`), so its old comment is left and a new one written.
 */
function encodeKey(key) {
    return key.replace(/%|[<>!&\p{Cc}\u2028\u2029]|(?<=-)-/gu, percentEncode);
}
/** `char` as `%XX` per UTF-8 byte. */
function percentEncode(char) {
    return Array.from(new TextEncoder().encode(char), byte => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
/** The hidden marker. `key` is the comment header, else the workflow's name. */
function commentMarker(key) {
    return `<!-- pinarkive/pin-action: ${encodeKey(key)} -->`;
}
/**
 * Whether `body` is a comment carrying `marker`: only as its whole first line, where the action
 * writes it. Content cannot put it there (the rendered report follows the marker), so a file
 * name that spells another header's marker cannot make that comment match.
 */
function carriesMarker(body, marker) {
    const [firstLine] = body.split(/[\r\n]/, 1);
    return firstLine === marker;
}
/**
 * Our comment carrying `marker` on an issue or pull request, if any: every page is searched (up
 * to `maxPages`), and only comments by the token's identity count, so another user quoting the
 * marker is left alone.
 */
async function findOwnComment(api, repo, number, marker, viewer, maxPages = Infinity) {
    let pages = 0;
    for await (const page of api.comments(repo.owner, repo.repo, number)) {
        const ours = page.find(c => carriesMarker(c.body, marker) && sameLogin(c.login, viewer));
        if (ours)
            return ours;
        if (++pages >= maxPages)
            break;
    }
    return undefined;
}
/**
 * Writes the comment: updates ours (`existing`, found by marker and by the token's identity, so
 * another user quoting the marker is left alone), or creates it when there is none.
 */
async function writeComment(api, target, existing, body) {
    const { owner, repo, number } = target;
    if (existing?.body === body) {
        return { id: existing.id, url: existing.htmlUrl, action: 'unchanged' };
    }
    if (existing) {
        const updated = await api.updateComment(owner, repo, existing.id, body);
        return { id: updated.id, url: updated.htmlUrl, action: 'updated' };
    }
    const created = await api.createComment(owner, repo, number, body);
    return { id: created.id, url: created.htmlUrl, action: 'created' };
}

;// CONCATENATED MODULE: ./src/github/records.ts






/** This pull request's records, for one site. */
async function readPullRecords(api, repo, pullRequest, query) {
    const comment = query.marker
        ? await findOwnComment(api, repo, pullRequest, query.marker, query.viewer)
        : undefined;
    const decoded = comment ? decodeState(comment.body) : undefined;
    const state = decoded?.pullRequest === pullRequest ? decoded : undefined;
    const deployments = query.environment
        ? ((await deploymentsByPull(api, repo, query.environment, query.viewer)).get(pullRequest) ?? []).filter(d => ofSite(d.payload, query.site))
        : [];
    const records = [
        ...(state?.history ?? []).slice().reverse(),
        ...deployments.flatMap(d => readPayload(d.payload) ?? [])
    ];
    return { comment, state, deployments, records };
}
/**
 * Deployments read, across every environment, newest first: beyond this many, whether an older
 * one still serves something is not known, so the cleanup keeps everything.
 */
const MAX_DEPLOYMENTS_READ = 1000;
/** Latest states of a deployment that serves nothing (any other may serve, or soon will). */
const RETIRED_STATES = ['inactive', 'error'];
/**
 * The CIDs that deployments which may serve readers hold: those of this action (their payload
 * is one of ours) made by the token's identity, in any environment that GitHub marks
 * production or that is not transient (a preview's is transient and not production), whatever
 * its name, in any latest state but `inactive` or `error` (`in_progress`, `queued`, `pending`,
 * `failure` and no status yet count). Previews are passed over without a look at their state;
 * with `candidates` (every CID the cleanup may unpin: no other is answered for), so is every
 * deployment that names none of them (the state is one request each). Every deployment of the repository is read up to `MAX_DEPLOYMENTS_READ`; past that, or
 * when GitHub does not answer, the answer is unknown. A deployment made by another tool or
 * identity does not say what it serves, and its payload is not trusted.
 */
async function protectedCids(api, repo, viewer, candidates) {
    try {
        const cids = [];
        const known = (cid) => cids.some(other => (0,shared_cid/* sameContent */.Cm)(other, cid));
        const wanted = (cid) => !known(cid) && (candidates ?? [cid]).some(candidate => (0,shared_cid/* sameContent */.Cm)(candidate, cid));
        let read = 0;
        for await (const page of api.deployments(repo.owner, repo.repo)) {
            for (const deployment of page) {
                if (++read > MAX_DEPLOYMENTS_READ) {
                    return {
                        known: false,
                        why: `the repository has more than ${MAX_DEPLOYMENTS_READ} deployments, and only that many are read`
                    };
                }
                if (deployment.transient && !deployment.production)
                    continue;
                if (!sameLogin(deployment.creatorLogin, viewer))
                    continue;
                const served = recordCids(readPayload(deployment.payload)).filter(wanted);
                if (served.length === 0)
                    continue;
                const state = await api.deploymentState(repo.owner, repo.repo, deployment.id);
                if (!RETIRED_STATES.includes(state))
                    cids.push(...served);
            }
        }
        return { known: true, value: cids };
    }
    catch (error) {
        return { known: false, why: describe(error) };
    }
}
/** Open pull requests looked at, and comment pages read on each, at most. */
const MAX_OPEN_PULLS = 100;
const MAX_COMMENT_PAGES = 3;
/**
 * CIDs that other open pull requests' records hold: their deployments' payloads and their
 * sticky comments' state, minus what their own cleanups unpinned.
 */
async function otherPullsCids(api, repo, pullRequest, query) {
    try {
        const open = (await api.pulls(repo.owner, repo.repo, { state: 'open' }))
            .map(pull => pull.number)
            .filter(number => number !== pullRequest);
        if (open.length > MAX_OPEN_PULLS) {
            return { known: false, why: `more than ${MAX_OPEN_PULLS} open pull requests to read` };
        }
        const held = [];
        const byPull = query.environment
            ? await deploymentsByPull(api, repo, query.environment, query.viewer)
            : new Map();
        for (const number of open) {
            for (const deployment of byPull.get(number) ?? []) {
                for (const cid of recordCids(readPayload(deployment.payload)))
                    held.push({ cid, pullRequest: number });
            }
            if (!query.marker)
                continue;
            const comment = await findOwnComment(api, repo, number, query.marker, query.viewer, MAX_COMMENT_PAGES);
            const state = comment ? decodeState(comment.body) : undefined;
            const cids = [...(state?.history ?? []).flatMap(recordCids), ...(state?.olderRoots ?? [])];
            for (const cid of cids) {
                if (!state?.unpinned.includes(cid))
                    held.push({ cid, pullRequest: number });
            }
        }
        return { known: true, value: held };
    }
    catch (error) {
        return { known: false, why: describe(error) };
    }
}
function recordCids(record) {
    if (!record)
        return [];
    return record.previewRoot ? [record.previewRoot, ...record.cids] : record.cids;
}
function describe(error) {
    const status = error.status;
    const message = (0,error_text/* errorText */.k)(error);
    return typeof status === 'number' ? `HTTP ${status}: ${message}` : message;
}

// EXTERNAL MODULE: ./src/transport/errors.ts
var errors = __webpack_require__(9854);
;// CONCATENATED MODULE: ./src/preview/cleanup-plan.ts
/**
 * Which recorded CIDs a cleanup may unpin. Pure: the facts are gathered elsewhere.
 *
 * The rule: a CID is unpinned only when its content proves it is this preview's own. That holds
 * for the root of a marked directory preview (marker.ts): the marker names this pull request and
 * site, so no production build, no other pull request and no other site can have that root,
 * whatever the server's record model or import settings. Nothing else is provable (files-mode
 * bytes are the user's, a pin by CID is anyone's), so everything else is kept, with the reason,
 * and expires with its timelock. The production and other-pull-request checks stay as a second
 * guard on the roots: for a preview someone promoted by CID.
 */

const UNMARKED_REASON = 'not the root of a marked directory preview (a file, a pin by CID, or a root Pinarkive answered differently from the local one), so it stays until its timelock';
const EARLIER_REASON = 'recorded by an earlier version of this action, whose previews carried no marker, so it stays until its timelock';
/** Sorts the records of one site's previews: the comment's state and the deployments' payloads. */
function recordedContent(records, state) {
    const roots = [];
    const addRoot = (cid) => {
        if (!roots.some(other => (0,shared_cid/* sameContent */.Cm)(other, cid)))
            roots.push(cid);
    };
    for (const record of records)
        if (record.previewRoot)
            addRoot(record.previewRoot);
    for (const cid of state?.olderRoots ?? [])
        addRoot(cid);
    const unproven = [];
    for (const record of records) {
        for (const cid of record.cids) {
            const known = [...roots, ...unproven.map(u => u.cid)].some(other => (0,shared_cid/* sameContent */.Cm)(other, cid));
            if (known)
                continue;
            unproven.push({ cid, reason: record.format < 2 ? EARLIER_REASON : UNMARKED_REASON });
        }
    }
    return { roots, unproven, unlisted: unlistedCount(records) + (state?.dropped.cids ?? 0) };
}
/**
 * CIDs a record counts beyond those it lists. The comment and a deployment record the same
 * publish twice, so each publish (commit and run) counts once, by its larger record.
 */
function unlistedCount(records) {
    const byPublish = new Map();
    for (const record of records) {
        const listed = new Set([...record.cids, ...(record.previewRoot ? [record.previewRoot] : [])]);
        const key = `${record.sha} ${record.runUrl}`;
        byPublish.set(key, Math.max(byPublish.get(key) ?? 0, record.total - listed.size));
    }
    return [...byPublish.values()].reduce((sum, n) => sum + Math.max(0, n), 0);
}
function planCleanup(facts) {
    const plan = { unpin: [], keep: [...facts.recorded.unproven] };
    for (const cid of facts.recorded.roots) {
        const reason = reasonToKeep(cid, facts);
        if (reason)
            plan.keep.push({ cid, reason });
        else
            plan.unpin.push(cid);
    }
    return plan;
}
function reasonToKeep(cid, facts) {
    const { production, otherPulls } = facts;
    if (!production.known)
        return `could not check the production deployments (${production.why})`;
    if (production.value.some(served => (0,shared_cid/* sameContent */.Cm)(served, cid))) {
        return 'a production deployment serves it';
    }
    if (!otherPulls.known)
        return `could not check other open pull requests (${otherPulls.why})`;
    const holder = otherPulls.value.find(held => (0,shared_cid/* sameContent */.Cm)(held.cid, cid));
    if (holder)
        return `the preview of pull request #${holder.pullRequest} uses it`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/preview/marker.ts
/**
 * The marker a directory preview carries: a small file naming the repository, the pull
 * request, the commit and the site. It makes the preview's root CID unique by construction: no
 * production build, no other pull request and no other site of the same pull request can have
 * the same root, so a cleanup can unpin that root without asking anyone what else needs it.
 * Blocks the preview shares with other content stay pinned by those other pins.
 */
/** Where the marker sits in the uploaded directory. Reserved: content may not carry it. */
const MARKER_PATH = '.pin-action-preview.json';
/** The marker's bytes: fixed key order and no time, so a re-run of a commit yields the same root. */
function markerContent(identity) {
    const { repository, pullRequest, commit, site } = identity;
    const marker = { tool: 'pinarkive/pin-action', repository, pullRequest, commit, site };
    return `${JSON.stringify(marker, null, 2)}\n`;
}
/** The site name that keys a preview's comment, deployments and marker. */
function siteName(commentHeader, workflow) {
    return commentHeader || workflow || 'default';
}

;// CONCATENATED MODULE: ./src/run/cleanup.ts
/**
 * The cleanup run, when a pull request is closed: read what this action published for it from
 * its own records in GitHub, unpin the roots that provably are this preview's own (marked
 * directory previews, see preview/cleanup-plan.ts), keep everything else and say why and how
 * much, and mark the pull request's deployments inactive. The comment is rewritten afterwards
 * by the reporter, from `report.cleanup`.
 */










/** Phase: the cleanup, with a Pinarkive client when there is a key to unpin with. */
async function cleanupRun(inputs, event, link, env) {
    // The client and undici load only when there is something to unpin with (start-up, issue 21).
    const client = inputs.apiKey === '' ? undefined : (await Promise.all(/* import() */[__webpack_require__.e(245), __webpack_require__.e(114)]).then(__webpack_require__.bind(__webpack_require__, 5114))).connectPinarkive(inputs);
    try {
        const pull = link?.pullRequest ?? event.pullRequest;
        return await cleanupPreview(cleanupSettings(inputs, event, link, env), pull, link, client);
    }
    finally {
        await client?.close();
    }
}
function cleanupSettings(inputs, event, link, env) {
    const environment = chooseEnvironment(inputs.environment, event, link?.pullRequest, inputs.commentHeader);
    const site = siteName(inputs.commentHeader, env.GITHUB_WORKFLOW);
    return {
        comment: inputs.comment,
        deployment: inputs.deployment,
        site,
        marker: commentMarker(site),
        environment: 'name' in environment ? environment.name : PREVIEW_ENVIRONMENT
    };
}
async function cleanupPreview(settings, pull, link, pinarkive) {
    if (!pull) {
        throw new Error('Nothing to clean up: this run is not for a pull request. `mode: cleanup` runs on a closed pull request (pull_request, pull_request_target, or workflow_run for one).');
    }
    const report = {
        pullRequest: pull.number,
        merged: pull.merged,
        unpinned: [],
        kept: [],
        notes: []
    };
    if (!settings.comment && !settings.deployment) {
        report.notes.push('Nothing to go on: with `comment` and `deployment` both off, this action keeps no record of what it published for a pull request. Turn on `comment: true` or `deployment: true` so the next previews can be cleaned up; until then their pins stay until their timelock.');
        return report;
    }
    if (!link) {
        throw new Error('A cleanup reads its records from GitHub and writes there, but `github-token` is empty. Leave it unset to use the job token.');
    }
    const query = {
        viewer: link.viewer,
        marker: settings.comment ? settings.marker : undefined,
        environment: settings.deployment ? settings.environment : undefined,
        site: settings.site
    };
    const records = await readPullRecords(link.api, link, pull.number, query);
    const recorded = recordedContent(records.records, records.state);
    const listed = recorded.roots.length + recorded.unproven.length;
    action_log/* actionLog */.Zx.info(`Pull request #${pull.number}: ${(0,format/* plural */.LS)(listed, 'CID')} recorded in ${describeSources(records)}, ${(0,format/* plural */.LS)(recorded.roots.length, 'marked preview root')} among them.`);
    if (listed === 0 && recorded.unlisted === 0) {
        report.notes.push(`No record of content published for pull request #${pull.number} was found (${describeSources(records)}): nothing to unpin.`);
    }
    else if (!pinarkive) {
        const reason = 'no `api-key` was given';
        report.kept = [...recorded.roots.map(cid => ({ cid, reason })), ...recorded.unproven];
        report.notes.push('Input `api-key` is empty, so nothing was unpinned: the pins stay until their timelock. Pass a key with the scope `files:delete`.');
    }
    else {
        const plan = await decide(recorded, link, pull.number, query);
        await unpinAll(plan, pinarkive, report);
    }
    if (recorded.unlisted > 0)
        report.notes.push(unlistedNote(recorded));
    await deactivatePull(link, records.deployments, report);
    action_log/* actionLog */.Zx.info(`Cleanup of pull request #${pull.number} done: ${(0,format/* plural */.LS)(report.unpinned.length, 'CID')} unpinned, ${report.kept.length} kept.`);
    return report;
}
function describeSources(records) {
    const sources = [];
    if (records.comment)
        sources.push('the sticky comment');
    if (records.deployments.length > 0)
        sources.push((0,format/* plural */.LS)(records.deployments.length, 'deployment'));
    return sources.join(' and ') || 'no comment or deployment of this action';
}
/** What the records count but do not list: said in numbers, never left out. */
function unlistedNote(recorded) {
    return `${(0,format/* plural */.LS)(recorded.unlisted, 'more CID')} published for this pull request (files mode, pins by CID, or previews older than the records keep) ${recorded.unlisted === 1 ? 'is' : 'are'} counted in the records but not listed, so ${recorded.unlisted === 1 ? 'it stays' : 'they stay'} pinned until ${recorded.unlisted === 1 ? 'its' : 'their'} timelock.`;
}
/** Gathers what else may need each root, then decides. */
async function decide(recorded, link, pullRequest, query) {
    const [production, otherPulls] = await Promise.all([
        protectedCids(link.api, link, link.viewer, recorded.roots),
        otherPullsCids(link.api, link, pullRequest, query)
    ]);
    return planCleanup({ recorded, production, otherPulls });
}
/**
 * A server that keeps one record per upload may hold several of a root (re-runs, retries):
 * all are this preview's, so the root is unpinned until none is left, a bounded number of times.
 */
const MAX_UNPINS_PER_ROOT = 10;
async function unpinRoot(pinarkive, cid) {
    let removed = 0;
    while (removed < MAX_UNPINS_PER_ROOT && (await pinarkive.unpin(cid)) === 'removed')
        removed++;
    return removed;
}
/** Unpins in order; a key without `files:delete` stops it, keeping the rest with the reason. */
async function unpinAll(plan, pinarkive, report) {
    report.kept.push(...plan.keep);
    for (const [index, cid] of plan.unpin.entries()) {
        try {
            const removed = await unpinRoot(pinarkive, cid);
            if (removed >= MAX_UNPINS_PER_ROOT) {
                report.kept.push({
                    cid,
                    reason: `Pinarkive still held it after ${MAX_UNPINS_PER_ROOT} unpins`
                });
                continue;
            }
            report.unpinned.push(cid);
            action_log/* actionLog */.Zx.info(removed === 0
                ? `Already gone: ${cid}`
                : `Unpinned ${cid}${removed > 1 ? ` (${removed} upload records)` : ''}`);
        }
        catch (error) {
            if (error instanceof errors/* ApiError */.hD && error.code === 'missing_scope') {
                const reason = `the API key lacks the scope \`${error.required ?? 'files:delete'}\``;
                report.kept.push(...plan.unpin.slice(index).map(rest => ({ cid: rest, reason })));
                report.notes.push(`Nothing more was unpinned: ${reason}. The pins stay until their timelock; create a key with \`files:delete\` to clean up.`);
                return;
            }
            const reason = `unpinning failed: ${(0,error_text/* errorText */.k)(error)}`;
            report.kept.push({ cid, reason });
        }
    }
    for (const kept of plan.keep)
        action_log/* actionLog */.Zx.info(`Kept ${kept.cid}: ${kept.reason}`);
}
async function deactivatePull(link, deployments, report) {
    if (deployments.length === 0)
        return;
    const why = `pull request #${report.pullRequest} was ${report.merged ? 'merged' : 'closed'}`;
    try {
        const count = await deactivate(link.api, link, deployments, { log: action_log/* actionLog */.Zx, why });
        if (count > 0)
            report.notes.push(`Marked ${(0,format/* plural */.LS)(count, 'deployment')} inactive.`);
    }
    catch (error) {
        report.notes.push(explainGitHubError(`mark the deployments of #${report.pullRequest} inactive`, error, 'deployments'));
    }
}

;// CONCATENATED MODULE: ./src/report/headline.ts
/**
 * The status a report opens with, so that a reviewer reads the outcome first: published,
 * published in part, failed, a dry run, or a removed preview. Pure.
 */


function outcomeOf(report) {
    if (report.cleanup)
        return { kind: 'removed' };
    if (report.dryRun && !report.error)
        return { kind: 'dry-run' };
    // A mismatch fails an item that is also among the published ones: count it once.
    const failed = report.failures.filter(f => !f.mismatch).length;
    const skipped = report.notAttempted?.items.length ?? 0;
    const published = report.items.length - report.failures.filter(f => f.mismatch).length;
    if (report.error || (published === 0 && failed + skipped + report.failures.length > 0)) {
        return { kind: 'failed' };
    }
    if (report.failures.length === 0 && skipped === 0) {
        return report.items.length === 0 ? { kind: 'nothing' } : { kind: 'published' };
    }
    const total = report.items.length + failed + skipped;
    const kinds = new Set([...report.items, ...report.failures].map(item => item.type));
    const unit = kinds.size === 1 && kinds.has('file') ? 'file' : 'item';
    return { kind: 'partial', published, total, unit };
}
/** The job summary's title. */
function summaryTitle(report) {
    const outcome = outcomeOf(report);
    switch (outcome.kind) {
        case 'removed':
            return `🗑️ Preview of pull request #${report.cleanup?.pullRequest} removed`;
        case 'dry-run':
            return '🧪 Dry run: CIDs computed, nothing published';
        case 'nothing':
            return 'Nothing published to IPFS';
        case 'failed':
            return '❌ Publish to IPFS failed';
        case 'partial':
            return `⚠️ Published ${outcome.published} of ${(0,format/* plural */.LS)(outcome.total, outcome.unit)} to IPFS with Pinarkive`;
        case 'published':
            return '✅ Published to IPFS with Pinarkive';
    }
}
/** The PR comment's title. */
function commentTitle(report) {
    const outcome = outcomeOf(report);
    switch (outcome.kind) {
        case 'removed':
            return '🗑️ IPFS preview removed';
        case 'dry-run':
            return '🧪 IPFS preview (dry run: nothing published)';
        case 'nothing':
            return 'IPFS preview: nothing published';
        case 'failed':
            return '❌ IPFS preview failed';
        case 'partial':
            return `⚠️ IPFS preview: ${outcome.published} of ${(0,format/* plural */.LS)(outcome.total, outcome.unit)} published`;
        case 'published':
            // The preview's state is whether it opens: the title carries the status cell's sign.
            return `${readinessWords(report.readiness).icon} IPFS preview`;
    }
}
/** The status cell of the comment's table: the outcome, and for a publish how far it got. */
function statusCell(report) {
    const outcome = outcomeOf(report);
    switch (outcome.kind) {
        case 'removed':
            return '🗑️ Removed';
        case 'dry-run':
            return '🧪 Dry run';
        case 'nothing':
            return 'Nothing published';
        case 'failed':
            return '❌ Failed';
        case 'partial':
            return `⚠️ ${outcome.published} of ${(0,format/* plural */.LS)(outcome.total, outcome.unit)} published`;
        case 'published': {
            const words = readinessWords(report.readiness);
            return `${words.icon} ${words.status}`;
        }
    }
}
/**
 * The log's last line: the outcome first, then the link a reader wants. No emoji that needs a
 * variation selector: the log shows U+FE0F as an escape.
 */
function closingLine(report, elapsed) {
    const outcome = outcomeOf(report);
    const main = report.items.length === 1 ? report.items[0] : undefined;
    const link = main ? `: ${main.gatewayUrl}` : ' (the summary links each)';
    switch (outcome.kind) {
        case 'removed':
            return `🗑 Preview removed in ${elapsed}.`;
        case 'dry-run':
            return `🧪 Dry run in ${elapsed}: ${(0,format/* plural */.LS)(report.items.length, 'CID')} computed, nothing published.`;
        case 'nothing':
            return `Nothing published (${elapsed}).`;
        case 'failed':
            return `❌ Publish failed after ${elapsed}: see the error above.`;
        case 'partial':
            return `⚠ Published ${outcome.published} of ${(0,format/* plural */.LS)(outcome.total, outcome.unit)} in ${elapsed}; see the errors above.`;
        case 'published':
            return `✅ Published ${(0,format/* plural */.LS)(report.items.length, 'item')} in ${elapsed}${link}`;
    }
}

;// CONCATENATED MODULE: ./src/report/shown.ts
/**
 * How a value of a report is shown in Markdown: names, paths and CIDs as code spans cut to a
 * readable length, messages as escaped text with their `code` kept, each with a visible note
 * when cut. Every renderer of report/ shows values through these.
 */



/** Longest name, path or CID shown whole: a 255-byte file name fits. */
const NAME_MAX = 256;
/** Longest message (a failure's reason, a warning) shown whole. */
const MESSAGE_MAX = 2_000;
/** A name, path or CID as a code span, cut in the middle when long, with a note. */
function shownName(text) {
    const clipped = clipMiddle(text, NAME_MAX);
    return mdCode(clipped.text) + clipNote(clipped.left);
}
/** A name as plain text (for a link's text, say) cut in the middle, and the note to add. */
function clippedName(text) {
    const clipped = clipMiddle(text, NAME_MAX);
    return { text: clipped.text, note: clipNote(clipped.left) };
}
/**
 * A message as Markdown lines, cut at `max` characters with a note. A line starting with `- `
 * (a list the action wrote) stays a list item; other lines lose their leading white space, which
 * Markdown would read as a code block.
 */
function messageBlock(text, max = MESSAGE_MAX) {
    const clipped = clipEnd(text, max);
    const lines = (0,visible_controls/* messageLines */.VL)(clipped.text).map(line => {
        const item = /^( {0,3})- (.*)$/.exec(line);
        return item ? `${item[1]}- ${mdMessage(item[2])}` : mdMessage(line.trimStart());
    });
    lines[lines.length - 1] += clipNote(clipped.left);
    return lines;
}
/** A message on one line (a table cell, a list item): its own line breaks become `<br>`. */
function messageInline(text, max = MESSAGE_MAX) {
    const clipped = clipEnd(text.trim(), max);
    return mdMessage(clipped.text) + clipNote(clipped.left);
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
/** The step's outputs and its failure message, from a report. Pure. */






/** Failures listed one by one in the failure message; the log has a line for each of them. */
const LISTED_FAILURES = 100;
/** Every output, also for a run that failed partway: what succeeded is listed. */
function renderOutputs(report) {
    const main = (0,report_report/* mainItem */.LG)(report);
    return {
        cid: main?.cid ?? '',
        'gateway-url': main?.gatewayUrl ?? '',
        cids: JSON.stringify(report.items.map(i => i.cid)),
        results: JSON.stringify(report.items),
        cluster: report.items.find(i => i.cluster)?.cluster ?? report.cluster,
        'local-cid': main?.localCid ?? '',
        'deployment-id': report.deployment ? String(report.deployment.id) : '',
        'deployment-url': report.deployment?.url ?? '',
        ready: report.readiness ? String((0,report_report/* isReady */.i_)(report.readiness)) : '',
        // The CID is known in a dry run too: it is what a publish of the same bytes gives.
        dnslink: main ? `dnslink=/ipfs/${main.cid}` : '',
        ...attestationSubject(report, main),
        unpinned: JSON.stringify(report.cleanup?.unpinned ?? []),
        kept: JSON.stringify(report.cleanup?.kept ?? []),
        'car-path': report.car?.path ?? ''
    };
}
/**
 * What `actions/attest` takes as its subject: `ipfs://<cid>` and the SHA-256 the CID's
 * multihash carries, which is the SHA-256 of the root block. Only for content this run
 * published and whose CID it computed itself from the bytes (`verified`): an attestation signs
 * that this workflow made it, so neither a dry run, a pin of a CID given as input, nor an answer
 * the action could not check against the bytes gets one. Empty for any hash but sha2-256.
 */
function attestationSubject(report, main) {
    const digest = !report.dryRun && main?.verified === true ? (0,shared_cid/* sha256DigestOf */.Dw)(main.cid) : undefined;
    return {
        'attestation-subject-name': main && digest ? `ipfs://${main.cid}` : '',
        'attestation-subject-digest': digest ? `sha256:${digest}` : ''
    };
}
/** A value inside a line of the message: on that line, whatever it holds, and cut when long. */
function inline(text, clip, max) {
    const clipped = clip(text, max);
    return (0,visible_controls/* showControls */.mz)(clipped.text) + clipNote(clipped.left);
}
/**
 * The step's failure message: what failed, why, and what still succeeded. One line per failure;
 * names and reasons cannot add lines of their own.
 */
function failureMessage(report) {
    // A mismatch is a failure of an item that is also among the published ones.
    const total = report.items.length +
        report.failures.filter(f => !f.mismatch).length +
        (report.notAttempted?.items.length ?? 0);
    const lines = [`${report.failures.length} of ${(0,format/* plural */.LS)(total, 'item')} failed:`];
    // Failures alike share a line, so shared advice (about a rate limit, say) is given once.
    for (const { error, names } of (0,report_report/* failuresByReason */.fs)(report.failures.slice(0, LISTED_FAILURES))) {
        const what = names.map(name => inline(name, clipMiddle, NAME_MAX));
        lines.push(`- ${what.join(', ')}: ${inline(error, clipEnd, MESSAGE_MAX)}`);
    }
    if (report.failures.length > LISTED_FAILURES) {
        lines.push(`- and ${report.failures.length - LISTED_FAILURES} more (the log lists each)`);
    }
    if (report.notAttempted) {
        const count = (0,format/* plural */.LS)(report.notAttempted.items.length, 'item');
        lines.push((0,report_report/* stoppedByAFailure */.YL)(report)
            ? `${count} not attempted, because of that failure.`
            : `${count} not attempted: ${inline(report.notAttempted.reason, clipEnd, MESSAGE_MAX)}`);
    }
    if (report.items.length > 0)
        lines.push(`${(0,format/* plural */.LS)(report.items.length, 'item')} succeeded; outputs list them.`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/run/conclude.ts
/** Phase: outputs, warnings, the closing line, and the step's verdict. */



function conclude(report, closing) {
    for (const [name, value] of Object.entries(renderOutputs(report)))
        (0,action_log/* setOutput */.uH)(name, value);
    for (const warning of report.warnings)
        action_log/* actionLog */.Zx.warning(warning);
    if (closing)
        action_log/* actionLog */.Zx.info(closingLine(report, closing.elapsed));
    if (report.error)
        (0,action_log/* fail */.fJ)(report.error);
    else if (report.failures.length > 0 || report.notAttempted)
        (0,action_log/* fail */.fJ)(failureMessage(report));
}

;// CONCATENATED MODULE: ./src/github/event.ts


const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** A full commit SHA in lower case: 40 hex digits (SHA-1) or 64 (SHA-256). */
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** Whether `value` is a full commit SHA, in lower case as GitHub writes them. */
function isCommitSha(value) {
    return COMMIT_SHA.test(value);
}
/**
 * `value` when it is a commit SHA (upper-case hex digits taken in lower case); empty when it is
 * absent or anything else, with a warning naming `where` for the latter.
 */
function commitShaOf(value, where, log) {
    if (value === undefined || value === null || value === '')
        return '';
    const text = typeof value === 'string' ? value.toLowerCase() : '';
    if (isCommitSha(text))
        return text;
    log?.warning(`${where} is not a commit SHA (40 or 64 hex digits) but ${typeof value === 'string' ? (0,quote/* quoteValue */.c)(value, 80) : `a JSON ${typeof value}`}: ignored, so no link or status uses it.`);
    return '';
}
/** A pull request number, as a URL path may carry it: a positive whole number. */
function event_isPullNumber(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
function readEvent(env, payload, log) {
    const data = (0,json/* fieldsOf */.Pf)(payload);
    const name = env.GITHUB_EVENT_NAME ?? '';
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const info = {
        name,
        owner,
        repo,
        sha: commitShaOf(env.GITHUB_SHA, 'GITHUB_SHA', log),
        pullRequest: undefined,
        forkPullRequest: false,
        ref: env.GITHUB_REF ?? '',
        defaultBranch: (0,json/* stringOf */.Je)((0,json/* fieldsOf */.Pf)(data.repository).default_branch),
        action: (0,json/* stringOf */.Je)(data.action),
        workflowRun: undefined
    };
    if (PULL_REQUEST_EVENTS.includes(name)) {
        const pr = (0,json/* fieldsOf */.Pf)(data.pull_request);
        const head = (0,json/* fieldsOf */.Pf)(pr.head);
        const headSha = commitShaOf(head.sha, "The event payload's pull_request.head.sha", log);
        // Known by its number even without a usable head: the comment and the cleanup still work,
        // and links fall back to GITHUB_SHA.
        if (event_isPullNumber(pr.number)) {
            info.pullRequest = {
                number: pr.number,
                headSha,
                state: pr.state === 'closed' || info.action === 'closed' ? 'closed' : 'open',
                merged: pr.merged === true
            };
            if (headSha)
                info.sha = headSha;
        }
        const headRepo = (0,json/* stringOf */.Je)((0,json/* fieldsOf */.Pf)(head.repo).full_name);
        const baseRepo = (0,json/* stringOf */.Je)((0,json/* fieldsOf */.Pf)((0,json/* fieldsOf */.Pf)(pr.base).repo).full_name) || `${owner}/${repo}`;
        info.forkPullRequest = name === 'pull_request' && headRepo !== '' && headRepo !== baseRepo;
    }
    if (name === 'workflow_run') {
        const run = (0,json/* fieldsOf */.Pf)(data.workflow_run);
        const headSha = commitShaOf(run.head_sha, "The event payload's workflow_run.head_sha", log);
        const headRepository = (0,json/* fieldsOf */.Pf)(run.head_repository);
        info.workflowRun = {
            event: (0,json/* stringOf */.Je)(run.event),
            headSha,
            headBranch: (0,json/* stringOf */.Je)(run.head_branch),
            headOwner: (0,json/* stringOf */.Je)((0,json/* fieldsOf */.Pf)(headRepository.owner).login) ||
                (0,json/* stringOf */.Je)(headRepository.full_name).split('/')[0],
            headRepository: (0,json/* stringOf */.Je)(headRepository.full_name),
            pullRequests: (Array.isArray(run.pull_requests) ? run.pull_requests : []).flatMap(item => {
                const pr = (0,json/* fieldsOf */.Pf)(item);
                if (!event_isPullNumber(pr.number))
                    return [];
                const where = `The event payload's workflow_run.pull_requests (#${pr.number}) head.sha`;
                return [{ number: pr.number, headSha: commitShaOf((0,json/* fieldsOf */.Pf)(pr.head).sha, where, log) }];
            })
        };
        if (headSha)
            info.sha = headSha;
    }
    if (name === 'release') {
        const release = (0,json/* fieldsOf */.Pf)(data.release);
        if (typeof release.id === 'number' && Number.isSafeInteger(release.id)) {
            info.release = { id: release.id, tagName: (0,json/* stringOf */.Je)(release.tag_name) };
        }
    }
    return info;
}

;// CONCATENATED MODULE: ./src/github/pull-request.ts

const pull_request_PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/**
 * The pull request the results belong to, asking GitHub when the event does not say: a
 * `workflow_run` payload lists same-repository pull requests without their state, and lists none
 * for a fork, whose pull request is found by its head branch and commit. The head commit is the
 * run's (checked by event.ts), else the API's when that is a commit SHA, else empty; a run
 * without a usable head commit matches no pull request by commit.
 */
async function findPullRequest(api, event) {
    if (event.pullRequest)
        return event.pullRequest;
    const run = event.workflowRun;
    if (!run || !pull_request_PULL_REQUEST_EVENTS.includes(run.event))
        return undefined;
    const listed = run.pullRequests.find(pr => run.headSha !== '' && pr.headSha === run.headSha) ??
        run.pullRequests[0];
    if (listed) {
        const pull = await api.pull(event.owner, event.repo, listed.number);
        return { ...pull, headSha: run.headSha || (isCommitSha(pull.headSha) ? pull.headSha : '') };
    }
    if (!run.headOwner || !run.headBranch || !run.headSha)
        return undefined;
    const pulls = await api.pulls(event.owner, event.repo, {
        state: 'all',
        head: `${run.headOwner}:${run.headBranch}`
    });
    // Open ones first: a branch reused for a second pull request keeps its closed first one.
    const match = pulls.find(pr => pr.headSha === run.headSha && pr.state === 'open') ??
        pulls.find(pr => pr.headSha === run.headSha);
    return match ? { ...match, headSha: run.headSha } : undefined;
}

;// CONCATENATED MODULE: ./src/github/link.ts



/** Undefined, with a warning, when there is no token to connect with. */
async function connectGitHub(settings, event, log, connect = createGitHubApi) {
    if (settings.token === '') {
        log.warning('Input `github-token` is empty, so nothing can be written to GitHub (comment, commit status, deployment). Leave it unset to use the job token.');
        return undefined;
    }
    const api = await connect(settings.token);
    let pullRequest;
    try {
        pullRequest = await findPullRequest(api, event);
    }
    catch (error) {
        log.warning(explainGitHubError('find the pull request of this workflow run', error, 'pull-requests'));
    }
    return {
        api,
        owner: event.owner,
        repo: event.repo,
        viewer: (await api.viewerLogin()) ?? 'github-actions[bot]',
        pullRequest,
        commit: pullRequest?.headSha || event.sha,
        runUrl: settings.runUrl,
        serverUrl: settings.serverUrl
    };
}

;// CONCATENATED MODULE: ./src/run/connect.ts
/** Phase: the connection to GitHub, when the run needs one, and the mode it runs in. */


/**
 * Connects to GitHub when the run writes there, or must ask it whether a workflow_run's pull
 * request is closed (`mode: auto`).
 */
async function linkToGitHub(inputs, event, env) {
    const needed = inputs.comment ||
        inputs.commitStatus ||
        inputs.deployment ||
        (inputs.releaseNotes && event.name === 'release') ||
        inputs.mode === 'cleanup' ||
        (inputs.mode === 'auto' && event.workflowRun !== undefined);
    if (!needed)
        return undefined;
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    return connectGitHub({
        token: inputs.githubToken,
        serverUrl,
        runUrl: `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    }, event, action_log/* actionLog */.Zx);
}
/** `auto`: clean up when the pull request is closed, publish otherwise. */
function chooseMode(inputs, event, link) {
    if (inputs.mode !== 'auto')
        return inputs.mode;
    const pull = link?.pullRequest ?? event.pullRequest;
    return pull?.state === 'closed' ? 'cleanup' : 'publish';
}
/** The commit this run publishes: the head commit the link decided, else the event's. */
function publishedCommit(link, event) {
    return link?.commit ?? event.sha;
}

;// CONCATENATED MODULE: ./src/run/deployment.ts
/**
 * Phases of a publish's GitHub Deployment: created `in_progress` before anything is uploaded,
 * with the record of what is about to be published as its payload; finished with the link, or
 * with the reason it failed. A refusal (no `deployments: write`) is a warning: the content is
 * published either way.
 */






/**
 * What a deployment records before the uploads: the local CIDs, and the CIDs to pin. A marked
 * preview's local root holds the marker, so it is this preview's own whatever Pinarkive answers.
 */
function plannedContent(plan, local, reused, preview) {
    const total = (plan.directory ? 1 : plan.files.length) + plan.pins.length;
    const site = preview?.site;
    if (local instanceof Error)
        return { cids: plan.pins, total, reused, profile: '', site };
    const uploads = local.directory ? [local.directory] : [...local.files.values()];
    const previewRoot = preview?.marker !== undefined ? local.directory : undefined;
    return {
        cids: [...uploads, ...plan.pins],
        total,
        reused,
        profile: local.profile ?? '',
        site,
        previewRoot
    };
}
/** Phase: the deployment exists and is in progress, when one was asked for and may be made. */
async function startDeployment(link, inputs, event, planned) {
    if (!inputs.deployment || !link)
        return undefined;
    if (inputs.dryRun) {
        action_log/* actionLog */.Zx.info('deployment: true, but a dry run publishes nothing, so no deployment is created.');
        return undefined;
    }
    const environment = chooseEnvironment(inputs.environment, event, link.pullRequest, inputs.commentHeader);
    if ('why' in environment) {
        action_log/* actionLog */.Zx.warning(`No deployment created: ${environment.why}`);
        return undefined;
    }
    const record = {
        sha: link.commit,
        at: new Date().toISOString(),
        runUrl: link.runUrl,
        cids: planned.cids,
        total: planned.total,
        ...(planned.previewRoot && { previewRoot: planned.previewRoot }),
        ...(planned.site !== undefined && { site: planned.site }),
        format: RECORD_FORMAT,
        reused: planned.reused,
        expiresAt: inputs.timelock?.toISOString() ?? null
    };
    try {
        const run = await DeploymentRun.start(link.api, link, {
            ref: record.sha,
            environment,
            payload: recordPayload(record, {
                pullRequest: link.pullRequest?.number,
                cluster: inputs.cluster,
                profile: planned.profile
            }),
            logUrl: link.runUrl
        });
        action_log/* actionLog */.Zx.info(`Deployment ${run.deployment.id} to ${environment.name}: in progress.`);
        return run;
    }
    catch (error) {
        action_log/* actionLog */.Zx.warning(explainGitHubError(`create a deployment to ${environment.name}`, error, 'deployments'));
        return undefined;
    }
}
/**
 * Phase: the deployment's final state, and for a pull request, its earlier deployments made
 * inactive (never another pull request's).
 */
async function finishDeployment(run, link, report) {
    if (!run || !link)
        return undefined;
    const main = (0,report_report/* mainItem */.LG)(report);
    const failed = report.failures.length > 0 || report.notAttempted !== undefined || !main;
    // `error`: the run itself stopped; `failure`: items failed, or nothing was published.
    const state = report.error !== undefined ? 'error' : failed ? 'failure' : 'success';
    const description = state === 'success' ? successDescription(report) : failureReason(report);
    const url = state === 'success' ? main?.gatewayUrl : undefined;
    const finished = {
        id: run.deployment.id,
        environment: run.environment.name,
        url: url ?? '',
        state
    };
    try {
        await run.finish(state, description, url);
        action_log/* actionLog */.Zx.info(`Deployment ${run.deployment.id} to ${run.environment.name}: ${state}.`);
        const pullRequest = link.pullRequest?.number;
        if (pullRequest !== undefined && state === 'success') {
            const byPull = await deploymentsByPull(link.api, link, run.environment.name, link.viewer);
            // Another site of the same pull request keeps its own deployment.
            const site = report.preview?.site;
            const own = (byPull.get(pullRequest) ?? []).filter(d => ofSite(d.payload, site));
            await deactivate(link.api, link, own, {
                keep: run.deployment.id,
                log: action_log/* actionLog */.Zx,
                why: `superseded by deployment ${run.deployment.id}`
            });
        }
    }
    catch (error) {
        action_log/* actionLog */.Zx.warning(explainGitHubError(`update deployment ${run.deployment.id}`, error, 'deployments'));
    }
    return finished;
}
function successDescription(report) {
    return `Published ${(0,report_report/* mainItem */.LG)(report)?.cid ?? ''}${readinessSuffix(report.readiness)}`;
}
function failureReason(report) {
    if (report.error)
        return report.error;
    const first = report.failures[0];
    if (first)
        return `${report.failures.length} failed: ${(0,report_report/* failureLine */.Pu)(first)}`;
    return report.notAttempted?.reason ?? 'Nothing was published';
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/multiformats/dist/src/cid.js
var src_cid = __webpack_require__(3656);
// EXTERNAL MODULE: ./src/content/file-cids.ts
var file_cids = __webpack_require__(1509);
// EXTERNAL MODULE: ./src/content/import-pipeline.ts
var import_pipeline = __webpack_require__(139);
// EXTERNAL MODULE: ./src/content/plan-cids.ts
var plan_cids = __webpack_require__(5354);
;// CONCATENATED MODULE: ./src/content/car-export.ts
/**
 * The CARv1 of what a run publishes, written to a file: the same DAG Pinarkive gets, so that
 * users can import the exact bytes elsewhere (`ipfs dag import`) or keep them as proof. Each
 * block appears once, in the order the importer writes it, so the same content always gives
 * the same file. `@ipld/car` is loaded only when a CAR is asked for.
 */









/**
 * Writes the CAR of the plan's uploads (not its pins: their blocks are not here) into `dir`,
 * named by its first root (`<cid>.car`), through a temporary name, so that a failed export
 * leaves no partial CAR behind. `expected`
 * are the roots computed beforehand, when there are any: a CAR whose roots differ is refused.
 */
async function exportCar(plan, profile, dir, options = {}) {
    const directory = plan.directory !== undefined;
    const entries = directory
        ? plan.directory.entries.map(listed)
        : plan.files.map(f => ({ ...f, path: f.relPath }));
    // Roots go in the header, which comes first: they are those computed for the upload, or
    // computed here by a pass that keeps nothing. The blocks then come from a second pass, which
    // must end at the same roots.
    const roots = (options.expected ?? (await computeRoots(plan, profile, options)))
        .filter((cid, i, all) => all.indexOf(cid) === i)
        .map(cid => src_cid/* CID */.TO.parse(cid));
    const { CarWriter } = await Promise.all(/* import() */[__webpack_require__.e(75), __webpack_require__.e(944)]).then(__webpack_require__.bind(__webpack_require__, 2944));
    const { writer, out } = CarWriter.create(roots);
    const file = external_node_path_.join(dir, `${String(roots[0])}.car`);
    const partial = `${file}.partial`;
    await (0,promises_.mkdir)(dir, { recursive: true });
    let bytes = 0;
    const written = (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(out), async function* (chunks) {
        for await (const chunk of chunks) {
            bytes += chunk.length;
            yield chunk;
        }
    }, (0,external_node_fs_.createWriteStream)(partial));
    // A failed write must not leave the writer waiting for a reader that is gone.
    written.catch(() => { });
    try {
        const sink = new CarSink(block => writer.put(block));
        const again = unique(await (0,import_pipeline/* importBlocks */.g0)(entries, profile, directory, sink, options.signal));
        await sink.flush();
        if (again.join() !== roots.join()) {
            throw new Error(`The CAR's roots (${again.join(', ')}) differ from the CIDs computed for the upload (${roots.join(', ')}): a file changed while it was read`);
        }
        await writer.close();
        await written;
        await (0,promises_.rename)(partial, file);
        return { path: file, roots: roots.map(String), blocks: sink.count, bytes };
    }
    catch (error) {
        await writer.close().catch(() => { });
        await written.catch(() => { });
        await (0,promises_.rm)(partial, { force: true });
        throw error;
    }
}
function listed(entry) {
    return { ...entry.file, path: entry.path };
}
function unique(cids) {
    const seen = new Set();
    return cids.filter(cid => !seen.has(cid.toString()) && seen.add(cid.toString()));
}
/** The roots as plan-cids.ts computes them for the upload. */
async function computeRoots(plan, profile, options) {
    if (plan.directory)
        return [await (0,plan_cids/* directoryRootCid */.sl)(plan.directory.entries, profile, options.signal)];
    return (0,file_cids/* fileCids */._3)(plan.files, profile, options);
}
/**
 * Passes blocks on once each, one block late: the importer stores a file node of 2 to 4 GiB
 * before `fixLargeSizes` corrects it, and the correction replaces the block still held.
 */
class CarSink {
    write;
    count = 0;
    seen = new Set();
    held;
    constructor(write) {
        this.write = write;
    }
    async put(cid, bytes) {
        await this.flush();
        this.held = { cid, bytes };
    }
    replace(old, cid, bytes) {
        if (!this.held?.cid.equals(old)) {
            throw new Error(`Cannot correct block ${old.toString()} of the CAR: it was already written`);
        }
        this.held = { cid, bytes };
    }
    async flush() {
        const block = this.held;
        this.held = undefined;
        if (!block || this.seen.has(block.cid.toString()))
            return;
        this.seen.add(block.cid.toString());
        this.count += 1;
        await this.write(block);
    }
}

;// CONCATENATED MODULE: ./src/run/export-car.ts
/** The CAR export phase (`car: true`): content/car-export.ts, with the run's log and paths. */







/**
 * Phase: the CAR of the uploads, with `car: true`, before anything is sent (a dry run writes it
 * too, so a fork's build can hand it over). Its roots must be the CIDs computed for the upload,
 * when those were computed; a CAR that cannot be written stops the run before any upload.
 */
async function writeCar(plan, inputs, local, signal, env) {
    if (!plan.directory && plan.files.length === 0) {
        action_log/* actionLog */.Zx.warning('`car: true`, but this run uploads nothing: a pin by CID has no blocks here to export, so no CAR was written.');
        return undefined;
    }
    const profile = (0,profile_choice/* firstProfile */.w4)(inputs.cidProfile);
    return (0,action_log/* group */.Os)(`Export CAR (${profile})`, async () => {
        const expected = local instanceof Error ? undefined : computedRoots(plan, local);
        const dir = external_node_path_.join(env.RUNNER_TEMP || external_node_os_.tmpdir(), 'pin-action');
        try {
            const car = await exportCar(plan, profile, dir, { expected, signal });
            action_log/* actionLog */.Zx.info(`Wrote ${car.path}: ${(0,format/* plural */.LS)(car.roots.length, 'root')}, ${(0,format/* plural */.LS)(car.blocks, 'block')}, ${(0,format/* formatBytes */.z3)(car.bytes)}.`);
            return car;
        }
        catch (error) {
            if (signal.aborted)
                throw error;
            const message = (0,error_text/* errorText */.k)(error);
            throw new Error(`Could not write the CAR (\`car: true\`): ${message}. Nothing was uploaded.`, {
                cause: error
            });
        }
    });
}
/** The roots computed for the upload, in the plan's order, when they were computed. */
function computedRoots(plan, local) {
    if (plan.directory)
        return local.directory === undefined ? undefined : [local.directory];
    const cids = plan.files.map(file => local.files.get(file.relPath));
    return cids.every(cid => cid !== undefined) ? cids : undefined;
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./src/content/glob-pattern.ts
/**
 * The `path` patterns, matched exactly as `@actions/glob` 0.7 matches them (its `Pattern` and
 * pattern helper, which the package does not export): minimatch with the same options, a
 * trailing separator selecting directories only, implicit descendants (`dist` also means
 * `dist/**`), and each line overriding the lines before it. The walk (walk.ts) asks it, entry
 * by entry, what `@actions/glob` would visit and return; a test compares the two on real trees.
 */


const IS_WINDOWS = process.platform === 'win32';
const MINIMATCH_OPTIONS = {
    dot: true,
    nobrace: true,
    nocase: IS_WINDOWS,
    nocomment: true,
    noext: true,
    nonegate: true
};
/** What a pattern selects at a path: nothing, a directory only, or anything. */
const NONE = 0;
const DIRECTORY = 1;
const FILE = 2;
const ANY = DIRECTORY | FILE;
class Pattern {
    exclude;
    implicit;
    minimatch;
    directoriesOnly;
    globstarLast;
    root;
    /** `pattern` without its trailing separator, for the implicit `pattern/**`. */
    trimmed;
    /** The path before the first glob segment, escapes undone: where a walk starts. */
    searchPath;
    constructor(exclude, pattern, implicit) {
        this.exclude = exclude;
        this.implicit = implicit;
        this.directoriesOnly = pattern.endsWith(external_node_path_.sep);
        this.trimmed = trimSeparator(pattern);
        this.globstarLast = external_node_path_.basename(this.trimmed) === '**';
        this.root = external_node_path_.parse(this.trimmed).root;
        const forMinimatch = IS_WINDOWS ? this.trimmed.replace(/\\/g, '/') : this.trimmed;
        this.minimatch = new esm/* Minimatch */.VR(forMinimatch, MINIMATCH_OPTIONS);
        // Minimatch parses each segment without glob magic to its literal text.
        const parts = this.minimatch.set[0];
        const magic = parts.findIndex(part => typeof part !== 'string');
        const literal = (magic === -1 ? parts : parts.slice(0, magic));
        this.searchPath = external_node_path_.resolve(literal.join('/') || this.root);
    }
    /** Whether the pattern needs its implicit `/**` twin (not already ending in `**`). */
    get wantsDescendants() {
        return this.directoriesOnly || !this.globstarLast;
    }
    match(item) {
        // Minimatch matches `/dist/**` against `/dist/` but not `/dist`: @actions/glob adds the
        // separator so the directory itself matches too, except for the implicit pattern.
        const subject = this.globstarLast && !this.implicit && !item.endsWith(external_node_path_.sep) ? item + external_node_path_.sep : item;
        if (!this.minimatch.match(subject))
            return NONE;
        return this.directoriesOnly ? DIRECTORY : ANY;
    }
    /** Whether something below `item` may match. */
    partialMatch(item) {
        if (external_node_path_.dirname(item) === item)
            return samePath(item, this.root);
        const segments = item.split(IS_WINDOWS ? /\\+/ : /\/+/);
        return this.minimatch.matchOne(segments, this.minimatch.set[0], true);
    }
}
class GlobPatterns {
    patterns;
    constructor(lines) {
        this.patterns = lines.flatMap(line => {
            const pattern = new Pattern(line.exclude, line.pattern, false);
            if (!pattern.wantsDescendants)
                return [pattern];
            const descendants = external_node_path_.join(pattern.trimmed, '**');
            return [pattern, new Pattern(line.exclude, descendants, true)];
        });
    }
    /** Where the include lines point: the folders (or files) a walk starts from. */
    searchPaths() {
        return this.patterns.filter(pattern => !pattern.exclude).map(pattern => pattern.searchPath);
    }
    /** What the lines select at `item`, the later lines overriding the earlier ones. */
    match(item) {
        let result = NONE;
        for (const pattern of this.patterns) {
            if (pattern.exclude)
                result &= ~pattern.match(item);
            else
                result |= pattern.match(item);
        }
        return result;
    }
    /** A file at `item` is selected. */
    selectsFile(item) {
        return (this.match(item) & FILE) !== 0;
    }
    /** Whether @actions/glob looks at `item` at all (stats it). */
    visits(item) {
        return this.match(item) !== NONE || this.descendsInto(item);
    }
    /** A directory at `item` is walked into: an include line may match below it. */
    descendsInto(item) {
        return this.patterns.some(pattern => !pattern.exclude && pattern.partialMatch(item));
    }
    /** A `!` line matches `item` itself (and, through its implicit `/**`, what lies below). */
    excludes(item) {
        return this.patterns.some(pattern => pattern.exclude && pattern.match(item) !== NONE);
    }
}
/**
 * Where a walk for one pattern (absolute and normalized) starts: the path before its first glob
 * segment, escapes undone. Everything the pattern can match lies below it.
 */
function searchPathOf(pattern) {
    return new Pattern(false, pattern, false).searchPath;
}
function trimSeparator(pattern) {
    const root = external_node_path_.parse(pattern).root;
    return pattern.length > root.length && pattern.endsWith(external_node_path_.sep) ? pattern.slice(0, -1) : pattern;
}
function samePath(a, b) {
    return IS_WINDOWS ? a.toUpperCase() === b.toUpperCase() : a === b;
}

// EXTERNAL MODULE: ./src/content/read-file.ts
var read_file = __webpack_require__(7936);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/content/walk.ts
/**
 * Walks the folders the `path` patterns point at, as `@actions/glob` walks them: following
 * symbolic links, looking only at what the patterns may select, skipping broken links and
 * symbolic-link cycles. Two differences keep a hostile tree from hiding or crashing anything:
 *
 * - Names are read as bytes. Node decodes a name that is not valid UTF-8 with U+FFFD, a name
 *   that then opens nothing, so `@actions/glob` took such a file for a broken link and left it
 *   out without a word. Here it is found, matched by that decoded name, and reported.
 * - An entry that cannot be examined (`ELOOP`, `EACCES`) is reported instead of ending the walk.
 *
 * Synchronous: nothing else runs yet, and for thousands of entries the calls cost a tenth of
 * the thread-pool round trips of their promise versions. One `readdir` per folder walked, and
 * one `stat` per entry the patterns may select, as `@actions/glob` does.
 */



/**
 * Every file the patterns select under `roots` (which must not lie inside each other), and
 * every selected entry that could not be examined, in no particular order.
 */
function walk(roots, patterns) {
    const found = [];
    const stack = roots.map(root => ({
        path: root,
        fsPath: root,
        shown: undefined,
        ancestors: undefined
    }));
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
        if (!patterns.visits(item.path))
            continue;
        let stats;
        try {
            stats = (0,external_node_fs_.statSync)(item.fsPath, { bigint: true, throwIfNoEntry: false });
        }
        catch (error) {
            if (unexaminedMatters(item.path, error, patterns))
                found.push(problem(item, error));
            continue;
        }
        // A broken symbolic link, or an entry removed since its folder was read: nothing to publish.
        if (stats === undefined)
            continue;
        if (!stats.isDirectory()) {
            if (patterns.selectsFile(item.path))
                found.push({ ...entry(item), stats });
            continue;
        }
        if (!patterns.descendsInto(item.path) || isCycle(item.ancestors, stats))
            continue;
        const ancestors = { dev: stats.dev, ino: stats.ino, up: item.ancestors };
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(item.fsPath, { encoding: 'buffer' });
        }
        catch (error) {
            if (!patterns.excludes(item.path))
                found.push({ ...problem(item, error), stats });
            continue;
        }
        for (let i = names.length - 1; i >= 0; i--)
            stack.push(child(item, names[i], ancestors));
    }
    return found;
}
/**
 * Whether an entry that could not be examined might have been published: as a file the
 * patterns select, or as a folder they would walk into (unless a `!` line excludes it). A
 * looping link is never a folder.
 */
function unexaminedMatters(item, error, patterns) {
    if (patterns.selectsFile(item))
        return true;
    const loop = error.code === 'ELOOP';
    return !loop && patterns.descendsInto(item) && !patterns.excludes(item);
}
function isCycle(ancestors, stats) {
    for (let a = ancestors; a !== undefined; a = a.up) {
        if (a.dev === stats.dev && a.ino === stats.ino)
            return true;
    }
    return false;
}
function entry(item) {
    return { path: item.path, fsPath: item.fsPath, shown: item.shown ?? item.path };
}
function problem(item, error) {
    return { ...entry(item), error: error };
}
const SEPARATOR = Buffer.from(external_node_path_.sep);
function child(parent, name, ancestors) {
    const valid = (0,external_node_buffer_.isUtf8)(name);
    const text = name.toString('utf8');
    const join = (base, leaf) => base.endsWith(external_node_path_.sep) ? base + leaf : base + external_node_path_.sep + leaf;
    const exact = valid && typeof parent.fsPath === 'string';
    return {
        path: join(parent.path, text),
        fsPath: exact
            ? join(parent.fsPath, text)
            : Buffer.concat([Buffer.from(parent.fsPath), SEPARATOR, name]),
        shown: valid && parent.shown === undefined
            ? undefined
            : join(parent.shown ?? parent.path, valid ? text : showBytes(name)),
        ancestors
    };
}
/** The name with each byte that is not part of a valid UTF-8 sequence as `\xNN`. */
function showBytes(name) {
    let shown = '';
    let i = 0;
    while (i < name.length) {
        const length = sequenceLength(name[i]);
        const sequence = name.subarray(i, i + length);
        if (length > 0 && sequence.length === length && (0,external_node_buffer_.isUtf8)(sequence)) {
            const text = sequence.toString('utf8');
            // Backslashes doubled, so `\xe9` can only be the escape, never a name that spells it.
            shown += text === '\\' ? '\\\\' : text;
            i += length;
        }
        else {
            shown += `\\x${name[i].toString(16).padStart(2, '0')}`;
            i += 1;
        }
    }
    return shown;
}
/** The length of the UTF-8 sequence a byte starts, or 0 when no valid sequence starts so. */
function sequenceLength(byte) {
    if (byte < 0x80)
        return 1;
    if (byte >= 0xc2 && byte <= 0xdf)
        return 2;
    if (byte >= 0xe0 && byte <= 0xef)
        return 3;
    if (byte >= 0xf0 && byte <= 0xf4)
        return 4;
    return 0;
}

;// CONCATENATED MODULE: ./src/content/files.ts
/**
 * Finds the files to publish: globs in the workspace, hidden files, symlinks, sizes, and the
 * relative paths a directory upload uses. No network here.
 *
 * Every file name comes from whoever built the files (a fork, in the `workflow_run` pattern),
 * so a matched entry that cannot be published as it is (a name that is not UTF-8, a link that
 * loops, a file the runner may not read) is never left out quietly: it is listed, with a
 * `path` line that leaves it out.
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
    // `..foo` is a name below `parent`; only `..` itself, as a whole segment, climbs out.
    const climbs = relative === '..' || relative.startsWith(`..${external_node_path_.sep}`);
    return relative === '' || (!climbs && !external_node_path_.isAbsolute(relative));
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
 * Refuses, before walking anything, a line that points outside the workspace; and, before
 * anything is uploaded, files whose real path is outside it (through a symbolic link).
 */
async function resolveFiles(patterns, options) {
    const workspace = external_node_path_.resolve(options.workspace);
    const lines = patterns.map(line => {
        const exclude = line.startsWith('!');
        const pattern = exclude ? line.slice(1).trim() : line;
        const abs = external_node_path_.isAbsolute(pattern) ? external_node_path_.normalize(pattern) : external_node_path_.join(workspace, pattern);
        return { exclude, pattern: abs };
    });
    refuseLinesOutside(patterns, lines, workspace);
    const includes = lines.filter(line => !line.exclude).map(line => line.pattern);
    const searchRoots = includes.map(literalPrefix);
    const globPatterns = new GlobPatterns(lines);
    const found = walk(outermost(globPatterns.searchPaths()), globPatterns);
    const hidden = [];
    const visible = [];
    for (const entry of found) {
        if (!options.includeHidden && isHidden(entry.path, searchRoots))
            hidden.push(entry);
        else
            visible.push(entry);
    }
    return {
        ...examineAll(visible, workspace),
        hiddenSkipped: hidden
            .map(entry => relativeOrAbsolute(workspace, entry.shown))
            .sort(compareStrings),
        singleDirectory: await singleDirectory(includes)
    };
}
/**
 * Include lines that leave the workspace once `..` and absolute paths are resolved
 * (`dist/../../**`, `/tmp/**`, `../other`) are refused before anything is walked, so nothing
 * outside is listed, stat'ed or named. Such a line is where the walk would start, not a file
 * found: the error names the line as written, and no path outside. A `!` line outside excludes
 * nothing and is left alone. Inside means inside the workspace as given (GITHUB_WORKSPACE).
 */
function refuseLinesOutside(written, lines, workspace) {
    const outside = lines.flatMap((line, i) => line.exclude || isInside(workspace, searchPathOf(line.pattern)) ? [] : [`\`${written[i]}\``]);
    if (outside.length === 0)
        return;
    const one = outside.length === 1;
    throw new FileSelectionError(`Input \`path\` has ${one ? 'a line' : `${outside.length} lines`} that ${one ? 'leaves' : 'leave'} the workspace (${workspace}), so nothing was searched: ${(0,format/* listSome */.XT)(outside)}. ` +
        'Only files inside the workspace are published (IPFS content is public and permanent). ' +
        'Write each line relative to the workspace without climbing out of it with `..` (such as `dist` or `dist/**/*.html`), or copy the files into the workspace first.');
}
/** The roots, without those inside another (walked already) or repeated. */
function outermost(roots) {
    const unique = [...new Set(roots)].sort((a, b) => a.length - b.length);
    return unique.filter((root, i) => !unique.slice(0, i).some(other => isInside(other, root)));
}
/**
 * The files with their sizes, inodes and workspace-relative paths, and the entries that cannot
 * be published, both sorted; throws, naming them, when any file lies outside the workspace once
 * symbolic links are followed.
 */
function examineAll(found, workspace) {
    const realWorkspace = external_node_fs_.realpathSync.native(workspace);
    const files = [];
    const unreadable = [];
    const outside = [];
    for (const entry of found) {
        const result = examine(entry);
        if (typeof result === 'string') {
            unreadable.push(unreadableEntry(workspace, entry, result));
        }
        else if (!isInside(realWorkspace, result.real)) {
            const shown = relativeOrAbsolute(workspace, entry.path);
            outside.push(entry.path === result.real ? entry.path : `${shown} -> ${result.real}`);
        }
        else {
            const { inode, size } = result;
            const relPath = toPosix(external_node_path_.relative(workspace, entry.path));
            files.push({ absPath: entry.path, relPath, size, inode });
        }
    }
    if (outside.length > 0) {
        throw new FileSelectionError(`Refusing to publish ${(0,format/* plural */.LS)(outside.length, 'file')} outside the workspace (IPFS content is public and permanent): ${(0,format/* listSome */.XT)(outside)}. ` +
            'Remove the symlinks, or exclude these files with `!` lines in `path`.');
    }
    return {
        files: files.sort((a, b) => compareStrings(a.relPath, b.relPath)),
        unreadable: unreadable.sort((a, b) => compareStrings(a.relPath, b.relPath))
    };
}
/** What an entry the walk found is, or why it cannot be published. */
function examine(entry) {
    const { stats, error } = entry;
    if (error) {
        const why = (0,read_file/* explainFsError */.PA)(error);
        return stats ? `a folder whose content cannot be listed: ${why}` : why;
    }
    if (entry.shown !== entry.path) {
        return 'its path is not valid UTF-8 (those bytes are shown as \\xNN), so it cannot be sent as it is';
    }
    if (!stats.isFile())
        return `${(0,read_file/* describeKind */.SB)(stats)}, not a regular file`;
    return probe(entry.path, stats);
}
/**
 * Opens a listed file, as every read will: it must open (the runner may read it), be the
 * regular file the walk saw, and its real path is taken from the open descriptor itself, so the
 * inode recorded is the one whose place was checked.
 */
function probe(absPath, listed) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(absPath, read_file/* OPEN_FLAGS */.tM);
    }
    catch (error) {
        return (0,read_file/* explainFsError */.PA)(error);
    }
    try {
        const stats = (0,external_node_fs_.fstatSync)(fd, { bigint: true });
        if (!stats.isFile() || stats.dev !== listed.dev || stats.ino !== listed.ino) {
            return 'it was replaced while the files were being listed';
        }
        const inode = { dev: stats.dev, ino: stats.ino };
        return { inode, size: Number(stats.size), real: realPathOf(fd, absPath) };
    }
    catch (error) {
        return (0,read_file/* explainFsError */.PA)(error);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Where an open file really is. Linux names the very file opened (`/proc/self/fd`), so no swap
 * can slip between the check and the inode; elsewhere the path is resolved again, which a swap
 * could race, but every read still checks the inode.
 */
function realPathOf(fd, absPath) {
    if (process.platform === 'linux') {
        try {
            return (0,external_node_fs_.readlinkSync)(`/proc/self/fd/${fd}`);
        }
        catch {
            // No /proc mounted: resolve the path instead.
        }
    }
    return external_node_fs_.realpathSync.native(absPath);
}
function unreadableEntry(workspace, entry, reason) {
    return {
        relPath: relativeOrAbsolute(workspace, entry.shown),
        reason,
        exclude: exclusionLine(relativeOrAbsolute(workspace, entry.path))
    };
}
/**
 * A `path` line that leaves out exactly this entry: glob characters escaped, and as `?` the
 * characters a `path` line cannot hold (control characters, spaces at either end, which are
 * trimmed) and U+FFFD, which stands for bytes that are not UTF-8 in the name as matched.
 */
function exclusionLine(relative) {
    const escaped = relative.replace(/[*?[\\]/g, c => (c === '\\' ? '\\\\' : `[${c}]`));
    const typable = escaped.replace(/[\p{Cc}\u2028\u2029\ufffd]/gu, '?').replace(/^\s|\s$/g, '?');
    return `!${typable}`;
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
/** Entries named in an error message, at most: each is named in the log. */
const NAMED_IN_ERRORS = 20;
/**
 * A directory upload without some of its matched files would publish an incomplete site under
 * one CID: refused before anything is sent, naming each entry and the line that leaves it out.
 */
function incompleteDirectory(unreadable) {
    const them = unreadable.length === 1 ? 'it' : 'them';
    const some = unreadable.slice(0, NAMED_IN_ERRORS);
    const more = unreadable.length - some.length;
    const named = some.map(entry => `${entry.relPath}: ${entry.reason}`).join('; ');
    const lines = some.map(entry => entry.exclude).join(', ');
    return new FileSelectionError(`Nothing was uploaded: the directory would be incomplete, as ${(0,format/* plural */.LS)(unreadable.length, 'matched file')} cannot be published. ${named}${more > 0 ? `; and ${more} more (see the log)` : ''}. ` +
        `Fix or remove ${them}, or leave ${them} out with these lines in \`path\`: ${lines}${more > 0 ? ', …' : ''}.`);
}
/**
 * Lays out a directory upload: picks the root (the `root` input, else the one directory named,
 * else the deepest common ancestor) and computes each file's path inside it.
 */
function planDirectory(selection, options) {
    if (selection.unreadable.length > 0)
        throw incompleteDirectory(selection.unreadable);
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
        throw new FileSelectionError(`${(0,format/* plural */.LS)(outsideRoot.length, 'matched file')} ${outsideRoot.length === 1 ? 'is' : 'are'} outside \`root\` (${relativeOrAbsolute(workspace, root)}): ${(0,format/* listSome */.XT)(outsideRoot)}. ` +
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
        ? ` ${(0,format/* plural */.LS)(hidden.length, 'hidden file')} matched but ${hidden.length === 1 ? 'was' : 'were'} left out (${(0,format/* listSome */.XT)(hidden, 3)}); set \`include-hidden-files: true\` to publish them.`
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
    const { files, hiddenSkipped, unreadable } = selection;
    for (const file of files)
        log.debug(`matched ${file.relPath} (${file.size} B)`);
    if (hiddenSkipped.length > 0) {
        log.info(`Left out ${(0,format/* plural */.LS)(hiddenSkipped.length, 'hidden file')}: ${(0,format/* listSome */.XT)(hiddenSkipped)}. Set include-hidden-files: true to publish them.`);
    }
    for (const entry of unreadable) {
        log.info(`Cannot publish ${entry.relPath}: ${entry.reason}. Leave it out with: ${entry.exclude}`);
    }
    if (files.length === 0 && unreadable.length === 0) {
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
        log.info(`Directory mode: ${(0,format/* plural */.LS)(files.length, 'file')} under ${directory.rootRelPath}/ ${inputs.dryRun ? 'would be uploaded (dry run)' : 'will be uploaded'} as one directory.`);
        plan.directory = { rootRelPath: directory.rootRelPath, entries: directory.entries };
    }
    else {
        if (inputs.root !== '') {
            log.warning('Input `root` only applies when uploading a directory (upload-as: directory); it was ignored.');
        }
        plan.files = files;
        plan.unreadable = unreadable;
        const failing = unreadable.length > 0
            ? `; ${(0,format/* plural */.LS)(unreadable.length, 'more matched file')} cannot be published and will be listed as failed`
            : '';
        log.info(`Files mode: ${(0,format/* plural */.LS)(files.length, 'file')} ${inputs.dryRun ? 'would be uploaded (dry run)' : 'will be uploaded'} one by one${failing}.`);
        if (inputs.nameGiven && inputs.cids.length === 0 && files.length > 0) {
            log.warning('Input `name` names a directory upload and pins, not files: in files mode each file is uploaded under its own file name, so `name` was ignored. Remove it, or set `upload-as: directory` to publish the files as one named directory.');
        }
    }
    return { plan, hiddenSkipped, noFilesMatched: false };
}

;// CONCATENATED MODULE: ./src/run/find-files.ts
/** Phase: which files, in which mode, and what to pin. */


function findFiles(inputs, env) {
    return buildPlan(inputs, env.GITHUB_WORKSPACE || process.cwd(), action_log/* actionLog */.Zx);
}
/** Whether the plan has anything to do: an upload, a pin, or a file that failed to be read. */
function hasWork(plan) {
    const unreadable = plan.unreadable?.length ?? 0;
    return plan.directory !== undefined || plan.files.length + unreadable + plan.pins.length > 0;
}

;// CONCATENATED MODULE: ./src/run/hash-content.ts
/**
 * Phase: the local CIDs needed before anything is sent. A dry run reports every CID, and a
 * directory's root CID needs all its files: those are hashed first. Files mode hashes each file
 * just before sending it, from the bytes it sends. A real run goes on without them when hashing
 * fails (verification then says so); a dry run cannot.
 */





async function hashContent(plan, inputs, signal, marked) {
    const uploads = plan.directory !== undefined || plan.files.length > 0;
    // A deployment records the CIDs before the uploads start; a marked preview's root is what
    // proves it its own, whatever `verify` says.
    const upFront = inputs.dryRun ||
        marked ||
        inputs.deployment ||
        (plan.directory !== undefined && inputs.verify !== 'off');
    if (!uploads || !upFront)
        return (0,plan_cids/* noLocalCids */.K2)();
    const profile = (0,profile_choice/* firstProfile */.w4)(inputs.cidProfile);
    return (0,action_log/* group */.Os)(`Compute CIDs (${profile})`, async () => {
        if (inputs.dryRun && inputs.cidProfile === 'auto') {
            action_log/* actionLog */.Zx.info(`cid-profile auto: a dry run computes ${profile}; it sends nothing, so no answer can show which profile Pinarkive uses.`);
        }
        const started = Date.now();
        try {
            const local = await (0,plan_cids/* computeLocalCids */.We)(plan, profile, signal);
            const count = (plan.directory?.entries.length ?? 0) + plan.files.length;
            action_log/* actionLog */.Zx.info(`Hashed ${(0,format/* plural */.LS)(count, 'file')} in ${(0,format/* formatDuration */.a3)(Date.now() - started)}.`);
            if (local.directory)
                action_log/* actionLog */.Zx.info(`Directory CID: ${local.directory}`);
            return local;
        }
        catch (error) {
            if (inputs.dryRun || signal.aborted)
                throw error;
            return error instanceof Error ? error : new Error((0,error_text/* errorText */.k)(error));
        }
    });
}

;// CONCATENATED MODULE: ./src/run/load-event.ts
/** The event payload the runner wrote, or an empty one when run outside Actions. */




function loadEvent(env) {
    let payload = {};
    try {
        if (env.GITHUB_EVENT_PATH)
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch (error) {
        action_log/* actionLog */.Zx.debug(`Could not read the event payload: ${(0,error_text/* errorText */.k)(error)}`);
    }
    return readEvent(env, payload, action_log/* actionLog */.Zx);
}

;// CONCATENATED MODULE: ./src/content/generated-file.ts
/**
 * Files the action adds to a directory upload (the preview marker). Each is written to a fresh
 * private folder and listed like a matched file, so hashing and uploading read it through the
 * same checked path as the user's files. Its name is reserved: content that already carries it
 * is refused, so no build can pass off its own copy as the action's.
 */




/**
 * The error for a directory that already holds a reserved path, or undefined. Checked on every
 * directory publish, not only on previews: a production build that held a preview's marker could
 * otherwise have that preview's root CID.
 */
function reservedPathProblem(plan, reserved) {
    const taken = plan.directory?.entries.find(entry => entry.path === reserved);
    if (!taken)
        return undefined;
    return new FileSelectionError(`${taken.file.relPath} is in the directory to upload, but \`${reserved}\` is a name this action reserves for the marker it adds to pull-request previews. Rename the file, or leave it out with a \`path\` line \`!${taken.file.relPath}\`.`);
}
/** The plan with `file` added to its directory, in path order. */
async function withGeneratedFile(plan, file, tempRoot = external_node_os_.tmpdir()) {
    if (!plan.directory)
        return plan;
    const problem = reservedPathProblem(plan, file.path);
    if (problem)
        throw problem;
    const folder = await external_node_fs_.promises.mkdtemp(external_node_path_.join(tempRoot, 'pin-action-'));
    const absPath = external_node_path_.join(folder, ...file.path.split('/'));
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(absPath), { recursive: true });
    await external_node_fs_.promises.writeFile(absPath, file.content, { mode: 0o600 });
    const stats = await external_node_fs_.promises.stat(absPath, { bigint: true });
    const entry = {
        path: file.path,
        generated: true,
        file: {
            absPath,
            relPath: file.path,
            size: Number(stats.size),
            inode: { dev: stats.dev, ino: stats.ino }
        }
    };
    const entries = [...plan.directory.entries, entry].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    return { ...plan, directory: { ...plan.directory, entries } };
}

;// CONCATENATED MODULE: ./src/run/mark-preview.ts
/**
 * Phase: a pull request's directory preview gets its marker, so that its root CID is its own;
 * any other directory must not carry one. Files mode cannot be marked: its bytes are the user's.
 */




async function markPreview(plan, inputs, event, link, env) {
    const pull = link?.pullRequest ?? event.pullRequest;
    if (!pull) {
        const problem = reservedPathProblem(plan, MARKER_PATH);
        if (problem)
            throw problem;
        return { plan };
    }
    const site = siteName(inputs.commentHeader, env.GITHUB_WORKFLOW);
    if (!plan.directory) {
        if (!inputs.timelock && (inputs.comment || inputs.deployment)) {
            action_log/* actionLog */.Zx.warning(`This preview of pull request #${pull.number} uploads files one by one, and a cleanup never unpins files-mode content (its bytes are yours, so nothing proves no other pin needs them). Without \`timelock\` these pins stay for good: set one, such as \`timelock: 14d\`, or upload a directory.`);
        }
        return { plan, preview: { pullRequest: pull.number, site, marker: undefined } };
    }
    const identity = {
        repository: `${event.owner}/${event.repo}`,
        pullRequest: pull.number,
        commit: publishedCommit(link, event),
        site
    };
    const file = { path: MARKER_PATH, content: markerContent(identity) };
    const marked = await withGeneratedFile(plan, file, env.RUNNER_TEMP || undefined);
    action_log/* actionLog */.Zx.info(`Preview of pull request #${pull.number}: added ${MARKER_PATH}, which names the pull request and the site, so that this preview's root CID is its own and its cleanup can unpin it.`);
    return { plan: marked, preview: { pullRequest: pull.number, site, marker: MARKER_PATH } };
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

// EXTERNAL MODULE: ./src/content/file-identity.ts
var file_identity = __webpack_require__(3602);
// EXTERNAL MODULE: ./src/pinarkive/explain.ts
var explain = __webpack_require__(9034);
// EXTERNAL MODULE: ./src/transport/resend.ts
var resend = __webpack_require__(8010);
// EXTERNAL MODULE: ./src/shared/pool.ts
var pool = __webpack_require__(5135);
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
    /**
     * Items sent again after their body went out in full, without knowing whether Pinarkive had
     * stored them: task index → why (see `guardResends`).
     */
    resentUnchecked = new Map();
    /** `cid-profile: auto`: the profile an answer has confirmed, once one has. */
    confirmedProfile;
    warnings = [];
    directoryFiles = [];
    /** The explained error that stops new tasks from starting. */
    fatal;
}
async function publish(plan, target, settings, log) {
    const tasks = buildTasks(plan);
    const session = { target, settings, log, state: new PublishState() };
    const deadline = settings.deadline;
    const skipped = await (0,pool/* runPool */.k)(tasks, settings.concurrency, (task, index) => runTask(session, task, index), () => session.state.fatal !== undefined || deadline?.aborted === true);
    const outcome = collectOutcome(session, tasks, skipped);
    return { ...outcome, failures: [...unreadableFailures(plan), ...outcome.failures] };
}
/** Files the scan could not read fail on their own (listed first: they never started). */
function unreadableFailures(plan) {
    return (plan.unreadable ?? []).map(entry => ({
        type: 'file',
        path: entry.relPath,
        name: external_node_path_.posix.basename(entry.relPath),
        error: `Not published: ${entry.reason}. Fix it, or leave it out with this line in \`path\`: ${entry.exclude}`
    }));
}
/** One task per item, reported in input order: the directory, then files, then pins. */
function buildTasks(plan) {
    const tasks = [];
    if (plan.directory) {
        const { rootRelPath, entries } = plan.directory;
        const size = entries.reduce((sum, e) => sum + e.file.size, 0);
        const label = `${rootRelPath}/ (${(0,format/* plural */.LS)(entries.length, 'file')}, ${(0,format/* formatBytes */.z3)(size)})`;
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
    const asked = settings.timelock?.toISOString() ?? null;
    return {
        cluster,
        expiresAt: uploaded.expiresAt === null ? null : (uploaded.expiresAt ?? asked),
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
    // Files mode asks only where a lookup may pay: big files (see reuse.ts).
    const asked = target.reuse?.worthAsking(file.size) ? identity.cid : undefined;
    const held = await alreadyHeld(session, index, asked, name, task.label);
    const sent = held ?? (await sendFile(session, task, index, name, identity));
    const answer = sent.answer;
    const { cluster, expiresAt, gateway } = placement(session, answer);
    state.published.set(index, {
        type: 'file',
        path: file.relPath,
        name,
        cid: answer.cid,
        size: file.size,
        cluster,
        gatewayUrl: (0,gateway_url/* gatewayUrl */.MS)(gateway, answer.cid),
        expiresAt,
        ...(held && { reused: true }),
        ...storedTwice(session, index, task.label)
    });
    log.info(sent.line ??
        `${verb(target, 'upload')} ${file.relPath} (${(0,format/* formatBytes */.z3)(file.size)}) → ${answer.cid}`);
}
async function sendFile(session, task, index, name, identity) {
    const { target, settings } = session;
    const { cid, profile } = identity;
    const item = {
        label: task.label,
        name,
        what: 'upload',
        cid,
        profile,
        noCid: NO_FILE_CID
    };
    const result = await guardResends(session, index, item, options => target.api.uploadFile({ filename: name, source: (0,read_file/* fileSource */.IO)(task.file, identity.data) }, { ...pinOptions(settings), ...options }, task.label));
    if ('held' in result)
        return result.held;
    const uploaded = result.sent;
    if (identity.cid !== undefined && identity.profile !== undefined) {
        const local = { cid: identity.cid, profile: identity.profile };
        const kept = await learnProfile(session, uploaded.cid, local, profile => (0,file_identity/* cidOf */.ut)(task.file, profile, identity.data, settings.deadline));
        target.local?.files.set(task.file.relPath, kept.cid);
    }
    return { answer: uploaded };
}
async function uploadDirectory(session, task, index) {
    const { target, settings, state, log } = session;
    const held = await alreadyHeld(session, index, target.local?.directory, settings.name, task.label);
    const sent = held ?? (await sendDirectory(session, task, index));
    const answer = sent.answer;
    const { cluster, expiresAt, gateway } = placement(session, answer);
    state.published.set(index, {
        type: 'directory',
        path: task.rootRelPath,
        name: settings.name,
        cid: answer.cid,
        size: task.size,
        // The preview marker the action added is not one of the user's files.
        files: task.entries.filter(e => !e.generated).length,
        cluster,
        gatewayUrl: (0,gateway_url/* gatewayUrl */.MS)(gateway, answer.cid),
        expiresAt,
        ...(held && { reused: true }),
        ...storedTwice(session, index, task.label)
    });
    state.directoryFiles = task.entries.map(e => ({
        path: e.path,
        size: e.file.size,
        url: (0,gateway_url/* gatewayUrl */.MS)(gateway, answer.cid, e.path)
    }));
    log.info(sent.line ?? `${verb(target, 'upload')} ${task.label} → ${answer.cid}`);
}
async function sendDirectory(session, task, index) {
    const { target, settings, state, log } = session;
    const item = {
        label: task.label,
        name: settings.name,
        what: 'upload',
        cid: target.local?.directory,
        profile: target.local?.profile ?? target.profiles?.current,
        noCid: NO_DIRECTORY_CID
    };
    const result = await guardResends(session, index, item, options => target.api.uploadDirectory(task.entries.map(e => ({ path: e.path, source: (0,read_file/* fileSource */.IO)(e.file) })), { ...pinOptions(settings), ...options, dirName: settings.name }, task.label));
    if ('held' in result)
        return result.held;
    const uploaded = result.sent;
    const flattened = flattenedWarning(task, uploaded, log);
    if (flattened)
        state.warnings.push(flattened);
    const local = target.local;
    if (local?.directory !== undefined) {
        const profile = local.profile ?? target.profiles?.current;
        if (profile !== undefined) {
            const kept = await learnProfile(session, uploaded.cid, { cid: local.directory, profile }, p => (0,plan_cids/* directoryRootCid */.sl)(task.entries, p, settings.deadline));
            local.directory = kept.cid;
        }
    }
    return { answer: uploaded };
}
/**
 * `reuse`: what Pinarkive already holds of the content whose local CID is `cid`, standing in for
 * its upload: the record itself, or the answer of a pin by CID when the record expires too
 * early or carries another name. Undefined: upload it (not held, not asked, or the pin failed).
 */
async function alreadyHeld(session, index, cid, name, label) {
    const { target, settings, log } = session;
    if (!target.reuse || cid === undefined)
        return undefined;
    const decision = await target.reuse.decide(cid, name);
    if (decision.action === 'upload')
        return undefined;
    const { record } = decision;
    if (decision.action === 'skip') {
        const answer = { cid: record.cid, clusterId: record.clusterId, expiresAt: record.expiresAt };
        return { answer, line: `Already pinned: ${label} → ${record.cid} (nothing uploaded)` };
    }
    try {
        const item = { label, name, what: 'pin request', cid: record.cid };
        const result = await guardResends(session, index, item, options => target.api.pin(record.cid, { ...pinOptions(settings), ...options, name }));
        if ('held' in result)
            return result.held;
        const pinned = result.sent;
        const line = `${label}: already on the cluster: pinned by CID (${decision.reason}) → ${pinned.cid}`;
        return { answer: pinned, line };
    }
    catch (error) {
        if (settings.deadline?.aborted)
            throw error;
        log.debug(`Pinning ${record.cid} by CID failed (${(0,error_text/* errorText */.k)(error)}); uploading ${label}.`);
        return undefined;
    }
}
/** What happened to an attempt whose body went out in full, as the log and summary say it. */
const CAUSE = {
    dropped: () => 'the connection dropped',
    timeout: () => 'no answer came in time',
    unreadable: () => 'the answer could not be read in full',
    'server-error': reason => `Pinarkive answered ${/^HTTP \d{3}/.exec(reason)?.[0] ?? reason}`
};
const NO_FILE_CID = 'no local CID was computed for it (`verify: off`)';
const NO_DIRECTORY_CID = 'its local CID was not computed (`verify: off`)';
/**
 * `send`, asking before each resend of a body that went out in full whether Pinarkive stored it
 * after all (`recheck`, with the item's CID, afresh). Held as asked: not sent again, and the
 * item stands for that record (`held`). Not held: sent again. Not known (no CID to ask with, a
 * refused or failed lookup, a `cid-profile: auto` CID no answer has confirmed yet): sent again,
 * and noted in `resentUnchecked`, since it may now be stored twice. This is no `reuse`: the
 * content was uploaded by this run, so `reuse: off` asks too.
 */
async function guardResends(session, index, item, send) {
    const { target, state, log } = session;
    const recheck = target.recheck;
    if (!recheck)
        return { sent: await send({}) };
    let held;
    const beforeResend = async (event) => {
        const happened = `${CAUSE[event.cause](event.reason)} after the ${item.what} was sent in full`;
        const answer = item.cid === undefined
            ? { held: 'unknown', why: item.noCid ?? 'no CID to ask about' }
            : await recheck.holdsNow(item.cid, item.name);
        if (answer.held === true) {
            const { record } = answer;
            held = {
                answer: { cid: record.cid, clusterId: record.clusterId, expiresAt: record.expiresAt },
                line: `${item.label}: ${happened}; Pinarkive holds it now, so it was not sent again → ${record.cid}`
            };
            return 'stop';
        }
        const trusted = item.profile === undefined ||
            !target.profiles?.auto ||
            state.confirmedProfile === item.profile;
        if (answer.held === false && trusted) {
            // Nothing of it is stored, not even by an earlier attempt: no copy to count.
            state.resentUnchecked.delete(index);
            log.debug(`${item.label}: ${happened}; Pinarkive does not hold it (${answer.reason}).`);
            return 'resend';
        }
        const why = answer.held === false
            ? `its local CID is under \`${item.profile}\`, which no answer of Pinarkive has confirmed yet (\`cid-profile: auto\`)`
            : answer.why;
        state.resentUnchecked.set(index, `${happened}, and it was sent again without knowing whether Pinarkive had stored it: ${why}`);
        log.info(`${item.label}: ${happened}; sending it again without knowing whether Pinarkive stored it, so it may be stored twice: ${why}`);
        return 'resend';
    };
    try {
        return { sent: await send({ beforeResend }) };
    }
    catch (error) {
        if (error instanceof resend/* ResendStopped */.re && held)
            return { held };
        throw error;
    }
}
/** The `mayBeStoredTwice` mark of a published item, and its warning, when it may be. */
function storedTwice(session, index, label) {
    const why = session.state.resentUnchecked.get(index);
    if (why === undefined)
        return {};
    session.state.warnings.push(`${label} may have been stored twice: ${why}. Look for a second copy among the account's uploads, and remove it if there is one.`);
    return { mayBeStoredTwice: why };
}
/**
 * `cid-profile: auto`: the local CID to keep for an item Pinarkive answered `server` for (see
 * ProfileChoice). Computing it again may fail (a file changed since): the upload stands, and
 * verification reports what it finds.
 */
async function learnProfile(session, server, local, compute) {
    const profiles = session.target.profiles;
    if (!profiles?.auto)
        return local;
    try {
        const kept = await profiles.reconcile(server, local, compute);
        if ((0,shared_cid/* sameContent */.Cm)(server, kept.cid))
            session.state.confirmedProfile = kept.profile;
        return kept;
    }
    catch (error) {
        session.log.debug(`Could not compute the CID of ${local.cid} again: ${(0,error_text/* errorText */.k)(error)}`);
        return local;
    }
}
async function pinCid(session, task, index) {
    const { target, settings, state, log } = session;
    const item = {
        label: task.label,
        name: settings.name,
        what: 'pin request',
        cid: task.cid
    };
    const result = await guardResends(session, index, item, options => target.api.pin(task.cid, { ...pinOptions(settings), ...options, name: settings.name }));
    const pinned = 'held' in result ? result.held.answer : result.sent;
    const { cluster, expiresAt, gateway } = placement(session, pinned);
    state.published.set(index, {
        type: 'pin',
        name: settings.name,
        cid: pinned.cid,
        cluster,
        gatewayUrl: (0,gateway_url/* gatewayUrl */.MS)(gateway, pinned.cid),
        expiresAt,
        ...storedTwice(session, index, task.label)
    });
    log.info('held' in result ? result.held.line : `${verb(target, 'pin')} ${pinned.cid}`);
}
/** `Uploaded` / `Would upload`: a dry run's log says nothing was sent. */
function verb(target, action) {
    if (target.dryRun)
        return action === 'upload' ? 'Would upload' : 'Would pin';
    return action === 'upload' ? 'Uploaded' : 'Pinned';
}
/** A message that starts with "this file" starts a sentence. */
function sentence(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
const THIS_ITEM = { file: 'this file', directory: 'this directory', pin: 'this CID' };
function recordFailure(session, task, index, error) {
    const { settings, state, log } = session;
    const size = task.type === 'pin' ? undefined : (task.type === 'file' ? task.file : task).size;
    const explained = error instanceof read_file/* FileReadError */.tJ
        ? error.message
        : sentence((0,explain/* explainError */.U)(error, {
            // The report and the log name the item beside the message: it says "this file".
            item: THIS_ITEM[task.type],
            kind: task.type,
            size,
            cluster: settings.cluster,
            timelock: settings.timelock,
            apiUrl: settings.apiUrl,
            timeoutMs: settings.timeoutMs
        }));
    const twice = state.resentUnchecked.get(index);
    const message = twice ? `${explained} It may have been stored twice: ${twice}.` : explained;
    state.failed.set(index, {
        type: task.type,
        path: task.type === 'pin' ? undefined : describeTask(task),
        name: task.type === 'file' ? external_node_path_.posix.basename(task.file.relPath) : settings.name,
        cid: task.type === 'pin' ? task.cid : undefined,
        size,
        error: message
    });
    log.info(`Failed ${task.label}: ${message}`);
    if ((0,explain/* isFatal */.B)(error) && state.fatal === undefined)
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
    return (`Pinarkive did not keep the folder structure of ${(0,format/* plural */.LS)(lost.length, 'file')} (${examples.join('; ')}${lost.length > 3 ? '; …' : ''}). ` +
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
        log.info(`${(0,format/* plural */.LS)(duplicates, 'file')} had the same bytes as another file and ${duplicates === 1 ? 'was' : 'were'} not uploaded twice.`);
    }
    const deadline = settings.deadline;
    const notAttempted = skipped.length > 0
        ? {
            items: skipped.map(i => describeTask(tasks[i])),
            reason: deadline?.aborted ? String(deadline.reason) : (state.fatal ?? 'the run stopped')
        }
        : undefined;
    if (notAttempted) {
        log.info(`Not attempted (${notAttempted.items.length}): ${(0,format/* listSome */.XT)(notAttempted.items)}`);
    }
    return {
        items,
        failures,
        notAttempted,
        directoryFiles: state.directoryFiles,
        warnings: state.warnings
    };
}

;// CONCATENATED MODULE: ./src/run/publish-plan.ts
/** Phase: uploads and pins, on Pinarkive or as a dry run. */



function publishPlan(plan, target, inputs, deadline) {
    return (0,action_log/* group */.Os)(`${target.dryRun ? 'Dry run' : 'Publish'}: ${describePlan(plan)}`, () => publish(plan, target, { ...inputs, deadline }, action_log/* actionLog */.Zx));
}
function describePlan(plan) {
    const parts = [];
    if (plan.directory)
        parts.push(`upload ${plan.directory.rootRelPath}/ as a directory`);
    if (plan.files.length > 0)
        parts.push(`upload ${(0,format/* plural */.LS)(plan.files.length, 'file')}`);
    if (plan.pins.length > 0)
        parts.push(`pin ${(0,format/* plural */.LS)(plan.pins.length, 'CID')}`);
    return parts.join(' and ');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/layout.ts
/** What a rendering of a report is laid out for: its heading, its size limit and its notes. */

/** The note under a list or table that lost `left` rows to the limit, and where to find them. */
function trimNote(left, what, layout, whereAll) {
    return `\n> … ${(0,format/* plural */.LS)(left, what)} not shown: trimmed to fit ${layout.limitName}. ${whereAll}\n`;
}

;// CONCATENATED MODULE: ./src/report/preview.ts
/**
 * The preview's own lines in a rendered report: when and by which run it was published, whether
 * its links work yet, its deployment, when it expires, its earlier previews, and what a cleanup
 * removed and kept. Pure; every value through the escapers.
 */







/** Earlier previews listed in the comment, at most. */
const HISTORY_ROWS = 20;
/** `[text](url)` from Markdown already escaped, or that Markdown alone when `url` is not linked. */
function linked(markdown, url) {
    const destination = mdLinkDestination(url);
    return destination === undefined ? markdown : `[${markdown}](${destination})`;
}
/** `2026-11-30 10:58 UTC`: a date a reader in any zone can place. */
function formatTime(iso) {
    const time = Date.parse(iso);
    if (Number.isNaN(time))
        return '';
    return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** `in 14 days`, `in 5 hours`, `in 30 minutes`, or `expired`, from `now`. */
function relativeTime(iso, now) {
    const left = Date.parse(iso) - Date.parse(now);
    if (Number.isNaN(left))
        return '';
    if (left <= 0)
        return 'expired';
    const minutes = Math.round(left / 60_000);
    if (minutes < 120)
        return `in ${(0,format/* plural */.LS)(Math.max(1, minutes), 'minute')}`;
    const hours = Math.round(minutes / 60);
    if (hours < 48)
        return `in ${(0,format/* plural */.LS)(hours, 'hour')}`;
    return `in ${(0,format/* plural */.LS)(Math.round(hours / 24), 'day')}`;
}
/** The expiry as a date, and as "in 14 days" when the publish time is known. */
function expiryText(expiresAt, publishedAt) {
    const date = formatTime(expiresAt);
    if (!date)
        return shownName(expiresAt);
    const relative = publishedAt ? relativeTime(expiresAt, publishedAt) : '';
    return relative ? `${date} (${relative})` : date;
}
/** Which state the links are in: retrievable, pinned but not yet served, or not checked. */
function readinessText(report) {
    const readiness = report.readiness;
    if (!readiness)
        return 'not checked';
    const { icon } = readinessWords(readiness);
    const checked = readiness.checked < readiness.total
        ? ` (${readiness.checked} of ${readiness.total} items checked)`
        : '';
    const why = readiness.detail ? `: ${messageInline(readiness.detail, 300)}` : '';
    switch (readiness.state) {
        case 'verified':
            return `${icon} verified: the gateway served every block, each hashing to its CID${checked}`;
        case 'mismatch':
            return `${icon} the gateway served a different or incomplete DAG${checked}${why}`;
        case 'retrievable': {
            const note = readiness.waitedFor === 'verified' && readiness.detail ? `; not verified${why}` : '';
            return `${icon} retrievable: the gateway serves them${checked}${note}`;
        }
        case 'pinned':
        case 'not-ready': {
            if ((0,report_report/* isReady */.i_)(readiness))
                return `${icon} pinned on the cluster; the gateway was not asked${checked}`;
            const waited = Math.round(readiness.waitedMs / 1000);
            return readiness.state === 'pinned'
                ? `${icon} pinned, but not served by the gateway yet after ${waited} s${checked}${why}`
                : `${icon} not pinned yet after ${waited} s${checked}${why}`;
        }
    }
}
/** Whether the links work yet, and the deployment: lines that say something, only. */
function stateLines(report, layout) {
    const lines = [];
    const readiness = report.readiness;
    // A comment's status cell already says "✅ Verified"; its line is for what needs words.
    const said = layout.statusTable && readiness && (0,report_report/* isReady */.i_)(readiness) && !readiness.detail;
    if (!report.dryRun && report.items.length > 0 && readiness && !said) {
        lines.push(`**Links:** ${readinessText(report)}`, '');
    }
    const deployment = report.deployment;
    if (deployment) {
        const main = report.items.find(item => item.gatewayUrl === deployment.url);
        const view = deployment.url && !main ? ` · ${linked('view', deployment.url)}` : '';
        lines.push(`**Deployment:** ${mdCode(deployment.environment)}, ${mdText(deployment.state)}${view}`, '');
    }
    return lines;
}
/** The earlier previews of the pull request, collapsed, marking those still pinned. */
function historySection(report, layout) {
    const history = report.history ?? [];
    // A cleanup lists what it unpinned and kept instead: each CID once.
    if (history.length === 0 || report.cleanup)
        return [];
    const rows = history.slice(0, HISTORY_ROWS).map(entry => {
        const commit = entry.sha ? mdCode(entry.sha.slice(0, 7)) : '—';
        const when = entry.at ? formatTime(entry.at) : '—';
        const run = entry.runUrl ? linked(when, entry.runUrl) : when;
        const state = entry.pinned
            ? entry.expiresAt
                ? `pinned until ${formatTime(entry.expiresAt)}`
                : 'pinned'
            : 'removed or expired';
        // Only a preview still pinned is linked: a removed one would not open.
        const cid = entry.pinned && entry.url ? linked(shownName(entry.cid), entry.url) : shownName(entry.cid);
        return `| ${commit} | ${run} | ${mdCell(cid)} | ${state} |`;
    });
    const fitted = fitRows(rows, Math.floor(layout.limit * 0.1), layout.measure);
    // Previews the comment's record no longer lists count as older ones too.
    const more = history.length - fitted.lines.length + (report.historyDropped ?? 0);
    const total = history.length + (report.historyDropped ?? 0);
    return [
        `<details><summary>${(0,format/* plural */.LS)(total, 'earlier preview')}</summary>`,
        '',
        '| Commit | Published | Preview | State |',
        '| --- | --- | --- | --- |',
        ...fitted.lines,
        ...(more > 0 ? ['', `… and ${(0,format/* plural */.LS)(more, 'older one')}.`] : []),
        '',
        '</details>',
        ''
    ];
}
/** What a cleanup did, each CID once: unpinned, or kept and why. */
function cleanupSections(report, layout) {
    const cleanup = report.cleanup;
    if (!cleanup)
        return [];
    const how = cleanup.merged ? 'merged' : 'closed';
    const { unpinned, kept } = cleanup;
    const lines = [];
    if (unpinned.length === 0 && kept.length === 0) {
        lines.push(`The pull request was ${how}. Nothing was recorded for it, so nothing was unpinned.`, '');
    }
    else {
        lines.push(`The pull request was ${how}: ${(0,format/* plural */.LS)(unpinned.length, 'CID')} unpinned, ${kept.length} kept.`, '');
    }
    for (const note of cleanup.notes)
        lines.push(messageInline(note), '');
    if (unpinned.length + kept.length > 0) {
        const rows = [
            ...unpinned.map(cid => `| ${mdCell(shownName(cid))} | 🗑️ unpinned |`),
            ...kept.map(k => `| ${mdCell(shownName(k.cid))} | ${mdCell(`📌 kept: ${messageInline(k.reason, 500)}`)} |`)
        ];
        const fitted = fitRows(rows, Math.floor(layout.limit * 0.4), layout.measure);
        lines.push('| CID | Result |', '| --- | --- |', ...fitted.lines, '');
        if (fitted.left > 0) {
            lines.push(trimNote(fitted.left, 'CID', layout, 'The `unpinned` output lists them.'), '');
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/natural-order.ts
/**
 * The order a reader expects in a list of names: `page-2` before `page-10`. For display only;
 * the outputs keep the order the files were found in.
 *
 * Hand-written rather than `Intl.Collator({ numeric: true })`, which took 0.8 s to sort 100,000
 * paths here: a site's file list is sorted on every run. Each name gets a key in which a run of
 * digits is prefixed by its length, so that the engine's own string comparison orders numbers
 * by value; elsewhere the order stays by UTF-16 code unit, as before. The prefix is made of
 * digits itself, so a number still sorts where its first digit did against other characters.
 */
function sortKey(name) {
    return name.replace(/\d+/g, digits => {
        const value = digits.replace(/^0+(?=\d)/, '');
        return String(Math.min(value.length, 99)).padStart(2, '0') + value;
    });
}
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Compares two names, runs of digits by their value; `2` and `02` by code unit. */
function naturalCompare(a, b) {
    return byCodeUnit(sortKey(a), sortKey(b)) || byCodeUnit(a, b);
}
/** A sorted copy of `items` by the name `nameOf` gives each, each key computed once. */
function naturalSort(items, nameOf) {
    return items
        .map(item => {
        const name = nameOf(item);
        return { item, name, key: sortKey(name) };
    })
        .sort((a, b) => byCodeUnit(a.key, b.key) || byCodeUnit(a.name, b.name))
        .map(entry => entry.item);
}

;// CONCATENATED MODULE: ./src/report/tables.ts
/** The tables of a rendered report: published items, and the files of a directory. */







const TYPE_ICON = { directory: '📁', file: '📄', pin: '📌' };
const TYPE_ORDER = { directory: 0, file: 1, pin: 2 };
/** A table row from cells of inline Markdown, each made safe for its cell. */
function row(cells) {
    return `| ${cells.map(mdCell).join(' | ')} |`;
}
/** The item as a reader names it, with what it should know of it: reused, sent twice. */
function itemLabel(item) {
    // `reuse`: nothing was uploaded, Pinarkive already held the content. The warnings say why an
    // item may be stored twice.
    const held = (item.reused ? ' (already pinned)' : '') +
        (item.mayBeStoredTwice ? ' (⚠️ may have been stored twice)' : '');
    if (item.type === 'directory') {
        return `${shownName(item.path ?? item.name)} (${(0,format/* plural */.LS)(item.files ?? 0, 'file')})${held}`;
    }
    if (item.type === 'file') {
        const same = item.duplicateOf ? ` (same bytes as ${shownName(item.duplicateOf)})` : '';
        return shownName(item.path ?? item.name) + same + held;
    }
    return shownName(item.name) + held;
}
/** The CID, linked to the gateway, and whether it matches the CID computed here. */
function cidCell(item) {
    const check = item.verified === true ? ' ✓' : item.verified === false ? ' ⚠️ mismatch' : '';
    return linked(shownName(item.cid), item.gatewayUrl) + check;
}
/** What a ✓ after a CID means, said once under the table or line that shows one. */
const VERIFIED_LEGEND = '✓ the CID Pinarkive returned equals the one computed here from the files.';
/** Items in the order a reader looks for them: the directory, files by name, then pins. */
function displayOrder(items) {
    const sorted = naturalSort(items, item => item.path ?? item.name);
    return sorted.sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type]);
}
/** One row per published item, as many as fit in `budget`. */
function itemsTable(report, budget, layout) {
    if (report.items.length === 0)
        return [];
    const rows = displayOrder(report.items).map(item => row([
        `${TYPE_ICON[item.type]} ${itemLabel(item)}`,
        cidCell(item),
        item.size === undefined ? '—' : (0,format/* formatBytes */.z3)(item.size)
    ]));
    const table = ['| Item | CID | Size |', '| --- | --- | ---: |'];
    const fitted = fitRows(rows, budget - layout.measure(table.join('\n')), layout.measure);
    table.push(...fitted.lines, '');
    if (fitted.left > 0) {
        table.push(trimNote(fitted.left, 'item', layout, 'The `results` output has everything.'));
    }
    if (report.items.some(item => item.verified === true))
        table.push(VERIFIED_LEGEND, '');
    return table;
}
/** The files of an uploaded directory, collapsed, as many as fit in `budget`. */
function directoryTable(report, budget, layout) {
    if (report.directoryFiles.length === 0)
        return [];
    const directory = report.items.find(i => i.type === 'directory');
    const rows = naturalSort(report.directoryFiles, file => file.path).map(file => {
        const name = clippedName(file.path);
        return row([mdLink(name.text, file.url) + name.note, (0,format/* formatBytes */.z3)(file.size)]);
    });
    const fitted = fitRows(rows, budget - 300, layout.measure);
    const folder = clippedName(directory?.path ?? '.');
    return [
        `<details><summary>${(0,format/* plural */.LS)(report.directoryFiles.length, 'file')} in <code>${htmlText(folder.text)}</code>${htmlText(folder.note)}</summary>`,
        '',
        '| File | Size |',
        '| --- | ---: |',
        ...fitted.lines,
        fitted.left > 0
            ? trimNote(fitted.left, 'file', layout, 'The `results` output has the directory.')
            : '',
        '</details>',
        ''
    ];
}

;// CONCATENATED MODULE: ./src/report/sections.ts
/**
 * The sections around the tables of a rendered report: the head (title, dry-run note, error,
 * cluster and expiry) and the tail (warnings, failures, what was not attempted, hidden files).
 * Each keeps within its share of the limit, trimmed with a visible note.
 */









/** Shares of the limit: what the tail may take, so the tables keep most of it. */
const SHARE = { error: 0.2, warnings: 0.15, failures: 0.2 };
/** The error of a run that stopped is cut here at the latest, whatever the limit. */
const ERROR_MAX = 20_000;
/**
 * What a reader needs first: the status (the title), the main link, the dry-run note, the
 * preamble (a comment's compact table), then the error or "nothing published".
 */
function headSection(report, layout) {
    const head = [`## ${layout.title}`, '', ...(layout.mainLink ? mainLink(report) : [])];
    if (report.dryRun) {
        head.push(`> **Dry run.** CIDs were computed locally with the ${mdCode(report.profile)} profile. Nothing was sent to Pinarkive: the links work once the same content is published.`, '');
    }
    head.push(...(layout.preamble ?? []));
    if (report.error) {
        head.push('### ❌ The step failed', '', ...errorLines(report.error, layout));
    }
    else if (!report.cleanup &&
        report.items.length === 0 &&
        report.failures.length === 0 &&
        !report.notAttempted) {
        head.push('Nothing was published: no files matched `path` and no `cids` were given.', '');
    }
    return head;
}
/** The link of a run that published one item, right under the status. */
function mainLink(report) {
    if (report.items.length !== 1)
        return [];
    const destination = mdLinkDestination(report.items[0].gatewayUrl);
    return destination === undefined ? [] : [`**[Open on IPFS](${destination})**`, ''];
}
/**
 * The facts under the links: a single item's CID, size and name (more items have the table),
 * the cluster and expiry, whether the links work yet, the deployment, what a cleanup did.
 */
function factsSection(report, layout) {
    const lines = [];
    const only = report.items.length === 1 ? report.items[0] : undefined;
    if (only) {
        const word = only.type === 'directory' ? 'Root CID' : 'CID';
        const check = only.verified === true
            ? ' (✓ equals the CID computed here from the files)'
            : only.verified === false
                ? ' (⚠️ not the CID computed here from the files)'
                : '';
        const size = only.size === undefined ? '' : ` · ${(0,format/* formatBytes */.z3)(only.size)}`;
        lines.push(`**${word}:** ${shownName(only.cid)}${check} · ${itemLabel(only)}${size}`, '');
    }
    if (report.items.length > 0) {
        const cluster = report.items.find(i => i.cluster)?.cluster ?? report.cluster;
        const expiry = report.items.find(i => i.expiresAt)?.expiresAt ?? report.timelock;
        lines.push(`**Cluster:** ${cluster ? shownName(cluster) : 'the account default'} · **Expires:** ${expiry ? expiryText(expiry, report.published?.at) : 'never'}`, '', ...stateLines(report, layout));
    }
    return [...lines, ...cleanupSections(report, layout)];
}
/** The error, a paragraph a line, within its share of the limit. */
function errorLines(error, layout) {
    const budget = Math.floor(layout.limit * SHARE.error);
    // A quarter of the budget in characters leaves room for escapes and multi-byte characters.
    const clipped = clipEnd(error, Math.min(ERROR_MAX, Math.floor(budget / 4)));
    const paragraphs = messageBlock(clipped.text, ERROR_MAX).flatMap(line => [line, '']);
    const fitted = fitRows(paragraphs, budget, layout.measure);
    if (clipped.left === 0 && fitted.left === 0)
        return fitted.lines;
    return [
        ...fitted.lines,
        `> … the rest of this error is not shown: trimmed to fit ${layout.limitName}. The step's log has it whole.`,
        ''
    ];
}
/** `a, b, c and 4 more`, rendering only the names shown: a list may hold 20,000. */
function someNames(names, max) {
    return (0,format/* listSome */.XT)(names.map((name, i) => (i < max ? shownName(name) : '')), max);
}
function warningsSection(report, layout) {
    if (report.warnings.length === 0)
        return [];
    const rows = report.warnings.map(w => `- ${messageInline(w)}`);
    const fitted = fitRows(rows, Math.floor(layout.limit * SHARE.warnings), layout.measure);
    const note = fitted.left > 0
        ? [trimNote(fitted.left, 'warning', layout, "The step's log has them all.")]
        : [];
    return ['### ⚠️ Warnings', '', ...fitted.lines, ...note, ''];
}
/**
 * The failures, one row per reason: items that failed alike share a row, so shared advice (what
 * to do about a rate limit, say) is given once.
 */
function failuresSection(report, layout) {
    if (report.failures.length === 0)
        return [];
    const groups = (0,report_report/* failuresByReason */.fs)(report.failures);
    const rows = groups.map(({ error, names }) => `| ${mdCell(someNames(naturalSort(names, name => name), 10))} | ${mdCell(messageInline(error))} |`);
    const fitted = fitRows(rows, Math.floor(layout.limit * SHARE.failures), layout.measure);
    // Counted in failures, not rows: a row may stand for many.
    const left = groups.slice(fitted.lines.length).reduce((sum, { names }) => sum + names.length, 0);
    const note = left > 0 ? [trimNote(left, 'failure', layout, "The step's log lists every failure.")] : [];
    return [
        `### ❌ Failed (${report.failures.length})`,
        '',
        '| Item | Why, and what to do |',
        '| --- | --- |',
        ...fitted.lines,
        ...note,
        ''
    ];
}
function notAttemptedSection(report) {
    if (!report.notAttempted)
        return [];
    const { items, reason } = report.notAttempted;
    const why = (0,report_report/* stoppedByAFailure */.YL)(report)
        ? 'The run stopped before these, because of the failure above.'
        : `The run stopped before these: ${messageInline(reason)}`;
    return [`### ⏹️ Not attempted (${items.length})`, '', why, '', someNames(items, 20), ''];
}
/** The CAR written with `car: true`, where a later step finds it. */
function carSection(report, layout) {
    const car = report.car;
    if (!car || !layout.runnerFiles)
        return [];
    return [
        `**CAR:** ${mdCode(car.path)} · ${(0,format/* plural */.LS)(car.roots.length, 'root')} · ${(0,format/* plural */.LS)(car.blocks, 'block')} · ${(0,format/* formatBytes */.z3)(car.bytes)} (the \`car-path\` output)`,
        ''
    ];
}
function hiddenSection(report) {
    const hidden = report.hiddenSkipped;
    if (hidden.length === 0)
        return [];
    return [
        `> ${(0,format/* plural */.LS)(hidden.length, 'hidden file')} left out: ${someNames(hidden, 5)}. Set \`include-hidden-files: true\` to publish them.`,
        ''
    ];
}

;// CONCATENATED MODULE: ./src/report/release-notes.ts
/**
 * The section the action writes into a release's notes: what was published, its CIDs and
 * gateway links, rendered from a report with the summary's own pieces (head, items table). Pure:
 * the report in, Markdown out, within the characters the release body leaves it.
 */






/** GitHub refuses a release body over 125,000 characters. */
const RELEASE_BODY_LIMIT = 125_000;
/** Below this many characters there is no room for a section worth writing. */
const RELEASE_NOTES_MIN = 600;
/** Room kept for the lines around the table. */
const SLACK = 200;
/**
 * The section's Markdown. It holds nothing that changes from one run of the same content to
 * the next (no time, no run link, no "expires in 14 days": release notes are read long after),
 * so a re-run renders the same text and the body is not written again.
 */
function renderReleaseNotes(report, options) {
    const layout = {
        title: `Published to IPFS${options.site ? `: ${mdText(options.site)}` : ''}`,
        preamble: preamble(report),
        limit: options.limit,
        measure: characters,
        limitName: "GitHub's 125,000-character limit on release notes"
    };
    const shown = asPublished(report);
    const head = headSection(shown, layout);
    const facts = factsSection(shown, layout);
    const tail = incompleteNote(report);
    const budget = layout.limit - characters([...head, ...facts, ...tail].join('\n')) - SLACK;
    // One item needs no table: the main link and the facts name it.
    const items = shown.items.length > 1 ? itemsTable(shown, budget, layout) : [];
    const document = [...head, ...items, ...facts, ...tail].join('\n').trim();
    return capDocument(document, layout.limit, characters, `> … the rest is not shown: trimmed to fit ${layout.limitName}. The workflow run's \`results\` output has everything.`);
}
/**
 * The report as a release's reader needs it: what is published and its links. How this run got
 * it there (already pinned, sent twice) and its error are the run's business, so a re-run that
 * reuses the content renders the same section; an expiry relative to the publish time ("in 14
 * days") would read wrong a month later, so the expiry is shown as a date alone.
 */
function asPublished(report) {
    const items = report.items.map(item => ({
        ...item,
        reused: undefined,
        mayBeStoredTwice: undefined
    }));
    return { ...report, items, error: undefined, published: undefined };
}
/** The main link of a single item, and the commit the content was built from. */
function preamble(report) {
    if (report.items.length === 0)
        return [];
    const sha = report.published?.sha ?? '';
    const parts = [
        ...(report.items.length === 1
            ? [`**${linked('Open on IPFS', report.items[0].gatewayUrl)}**`]
            : []),
        ...(sha ? [`Built from ${mdCode(sha.slice(0, 7))}`] : [])
    ];
    return parts.length > 0 ? [parts.join(' · '), ''] : [];
}
/** Said when not everything was published: the list is what was. */
function incompleteNote(report) {
    const failed = report.failures.filter(f => !f.mismatch).length;
    const missing = failed + (report.notAttempted?.items.length ?? 0);
    if (missing === 0 && !report.error)
        return [];
    const what = missing > 0 ? `${(0,format/* plural */.LS)(missing, 'item')} could not be published` : 'The step failed';
    return [
        '',
        `> ⚠️ ${what}; this lists only what was. The workflow run's log says what went wrong.`,
        ''
    ];
}

;// CONCATENATED MODULE: ./src/github/release-notes.ts
/**
 * Release notes: on a release event, the CIDs and links of what was published go into the
 * release's body, as one section between two hidden markers. A re-run replaces that section
 * and nothing else; the author's text around it is kept byte for byte. Failures warn: the
 * content is published either way.
 *
 * The start marker carries the SHA-256 of the section it opens, so only a section this action
 * wrote, unchanged, counts as one: a marker an author typed or pasted, a start without its end,
 * markers in the wrong order or a section edited by hand are all left as they are, and a fresh
 * section is appended instead. No text the action did not write can be replaced.
 */





const TOOL = 'pinarkive/pin-action release-notes';
/** The marker lines of a site's section; `key` is the site name. */
function releaseNotesMarkers(key) {
    const prefix = `<!-- ${TOOL} start: ${encodeKey(key)} sha256=`;
    const suffix = ' -->';
    return {
        start: digest => `${prefix}${digest}${suffix}`,
        end: `<!-- ${TOOL} end: ${encodeKey(key)} -->`,
        digestOf: line => {
            if (!line.startsWith(prefix) || !line.endsWith(suffix))
                return undefined;
            const digest = line.slice(prefix.length, line.length - suffix.length);
            return /^[0-9a-f]{64}$/.test(digest) ? digest : undefined;
        }
    };
}
/** The digest of a section's text, as it is between the markers: line endings and the blank lines around it do not count (GitHub's editor may rewrite them). */
function digest(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex');
}
function linesOf(body) {
    const lines = [];
    let at = 0;
    for (;;) {
        const newline = body.indexOf('\n', at);
        const stop = newline === -1 ? body.length : newline;
        const end = body[stop - 1] === '\r' && stop > at ? stop - 1 : stop;
        lines.push({ start: at, end, text: body.slice(at, end) });
        if (newline === -1)
            return lines;
        at = newline + 1;
    }
}
/**
 * Where this site's section is: from its start marker line to the end of its end marker's text.
 * Only a start marker whose digest matches the text up to the next end marker counts.
 */
function findSection(body, key) {
    const markers = releaseNotesMarkers(key);
    const lines = linesOf(body);
    for (let i = 0; i < lines.length; i++) {
        const expected = markers.digestOf(lines[i].text);
        if (expected === undefined)
            continue;
        for (let j = i + 1; j < lines.length; j++) {
            if (markers.digestOf(lines[j].text) !== undefined)
                break;
            if (lines[j].text !== markers.end)
                continue;
            const inner = body.slice(lines[i + 1].start, lines[j].start);
            if (digest(inner) === expected)
                return { from: lines[i].start, to: lines[j].end };
            break;
        }
    }
    return undefined;
}
/**
 * The release body with this site's section written: in place of its own section, else
 * appended after a blank line. `render` gets the characters the section may take, so that the
 * whole body stays within GitHub's limit.
 */
function spliceReleaseNotes(body, key, render) {
    const markers = releaseNotesMarkers(key);
    const found = findSection(body, key);
    const before = found
        ? body.slice(0, found.from)
        : body === ''
            ? ''
            : `${body}${body.endsWith('\n') ? '' : '\n'}\n`;
    const after = found ? body.slice(found.to) : '';
    const overhead = markers.start('0'.repeat(64)).length + markers.end.length + 4;
    const limit = RELEASE_BODY_LIMIT - before.length - after.length - overhead;
    if (limit < RELEASE_NOTES_MIN)
        return { tooLong: true, authorLength: before.length + after.length };
    const text = render(limit).trim();
    const section = `${markers.start(digest(text))}\n\n${text}\n\n${markers.end}`;
    return { body: `${before}${section}${after}`, action: found ? 'replaced' : 'appended' };
}
/** Writes the section into the notes of the release the event is for, when asked to. */
async function updateReleaseNotes(report, event, link, settings, log) {
    if (!settings.enabled)
        return;
    const release = event.name === 'release' ? event.release : undefined;
    if (!release || event.action === 'deleted') {
        log.info(`release-notes: true, but this run (${event.name || 'local'}${event.action ? ` ${event.action}` : ''}) is not for a release that exists; no release notes written.`);
        return;
    }
    // Without a token, connecting said so already.
    if (!link)
        return;
    const tag = release.tagName || `#${release.id}`;
    if (report.dryRun || report.cleanup || report.items.length === 0) {
        log.info(`Release ${tag}: ${report.dryRun ? 'a dry run publishes nothing' : 'nothing was published'}, so its notes are left as they are.`);
        return;
    }
    try {
        const current = await link.api.release(link.owner, link.repo, release.id);
        const site = settings.commentHeader;
        const spliced = spliceReleaseNotes(current.body, siteName(settings.commentHeader, settings.workflow), limit => renderReleaseNotes(report, { limit, site }));
        if ('tooLong' in spliced) {
            log.warning(`Release ${tag}: no room for the IPFS section in its notes: the text around it has ${spliced.authorLength.toLocaleString('en-US')} characters, and GitHub allows ${RELEASE_BODY_LIMIT.toLocaleString('en-US')} in all. The notes are left as they are.`);
            return;
        }
        if (spliced.body === current.body) {
            log.info(`Release ${tag}: the IPFS section of its notes is up to date: ${current.htmlUrl}`);
            return;
        }
        const written = await link.api.updateRelease(link.owner, link.repo, release.id, spliced.body);
        log.info(`Release ${tag}: IPFS section ${spliced.action} in its notes: ${written.htmlUrl}`);
    }
    catch (error) {
        log.warning(explainGitHubError(`write the notes of release ${tag}`, error, 'contents'));
    }
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Renders a report as Markdown, for the job summary and the PR comment alike. Pure: the report
 * in, a string out, within the destination's size limit. Every value goes through the escapers
 * of shared/escape-markdown.ts (by way of shown.ts), each section keeps within its share of the
 * limit with a visible note, and a last guard cuts whatever still does not fit.
 */





/** Room kept for the lines between sections and the notes. */
const markdown_SLACK = 1024;
function renderReport(report, layout) {
    const { measure } = layout;
    const head = headSection(report, layout);
    const facts = factsSection(report, layout);
    const tail = [
        ...carSection(report, layout),
        ...historySection(report, layout),
        ...warningsSection(report, layout),
        ...failuresSection(report, layout),
        ...notAttemptedSection(report),
        ...hiddenSection(report)
    ];
    // The tables of items and directory files take what is left of the budget, in that order. A
    // single item needs no table: the head links it and the facts name it.
    let budget = layout.limit -
        measure(head.join('\n')) -
        measure(facts.join('\n')) -
        measure(tail.join('\n')) -
        markdown_SLACK;
    const items = report.items.length > 1 ? itemsTable(report, budget, layout) : [];
    budget -= measure(items.join('\n'));
    const files = directoryTable(report, budget, layout);
    const document = [...head, ...items, ...facts, ...files, ...tail].join('\n');
    return capDocument(document, layout.limit, measure, `> … the rest is not shown: trimmed to fit ${layout.limitName}. The \`results\` output and the step's log have everything.`);
}

;// CONCATENATED MODULE: ./src/report/summary.ts
/** The job summary: the report rendered within GitHub's step-summary size limit. */



/** GitHub refuses a step summary over 1 MiB; leave room for other steps' output. */
const SUMMARY_LIMIT_BYTES = 1_000_000;
function renderSummary(report, options = {}) {
    return renderReport(report, {
        title: options.title !== undefined ? mdText(options.title) : summaryTitle(report),
        limit: options.limitBytes ?? SUMMARY_LIMIT_BYTES,
        measure: utf8Bytes,
        limitName: "GitHub's 1 MiB summary limit",
        runnerFiles: true,
        mainLink: true
    });
}

;// CONCATENATED MODULE: ./src/report/comment.ts
/** The pull-request comment, rendered from a report. Pure. */





/** GitHub's limit on a comment body, in characters. */
const COMMENT_LIMIT = 65_536;
/**
 * GitHub also refuses a body over 262,144 bytes of UTF-8. Counted in UTF-16 units, as here,
 * 65,536 can never pass it (no unit takes more than 3 bytes), but the comment measures both
 * so that the limit holds however either count changes.
 */
const COMMENT_LIMIT_BYTES = 262_144;
/** A comment's size: characters, or a quarter of its UTF-8 bytes, whichever is nearer its cap. */
function commentSize(text) {
    return Math.max(characters(text), Math.ceil((utf8Bytes(text) * COMMENT_LIMIT) / COMMENT_LIMIT_BYTES));
}
function renderComment(report, context) {
    const body = renderReport(report, {
        title: context.title !== undefined ? mdText(context.title) : commentTitle(report),
        preamble: report.cleanup ? [] : statusTable(report, context),
        limit: COMMENT_LIMIT - context.marker.length - 1 - (context.reserve ?? 0),
        measure: commentSize,
        limitName: "GitHub's 65,536-character comment limit",
        statusTable: true
    });
    return `${context.marker}\n${body}`;
}
/** One row, as the preview services show it: status, preview, commit, updated. */
function statusTable(report, context) {
    const commit = context.sha ? linked(mdCode(context.sha.slice(0, 7)), context.commitUrl) : '—';
    const at = report.published?.at ? formatTime(report.published.at) : '';
    const updated = context.runUrl ? linked(at || 'run', context.runUrl) : at || '—';
    return [
        '| Status | Preview | Commit | Updated |',
        '| --- | --- | --- | --- |',
        `| ${statusCell(report)} | ${previewCell(report)} | ${commit} | ${updated} |`,
        ''
    ];
}
/** The link to open: this preview, or after a failure the last one still pinned. */
function previewCell(report) {
    if (report.dryRun)
        return 'none (dry run)';
    if (report.items.length === 1)
        return linked('**Open**', report.items[0].gatewayUrl);
    if (report.items.length > 1)
        return `${(0,format/* plural */.LS)(report.items.length, 'item')}, below`;
    const last = report.history?.find(entry => entry.pinned && entry.url);
    if (last?.url) {
        return linked(`last good: ${mdCode(last.sha.slice(0, 7) || last.cid.slice(-7))}`, last.url);
    }
    return '—';
}

;// CONCATENATED MODULE: ./src/github/preview-state.ts
/** The comment's hidden state, carried from one run of a pull request's preview to the next. */



/**
 * The state after this run: a publish adds its record, a cleanup adds what it unpinned. A
 * failed publish that published nothing adds nothing.
 */
function nextState(previousBody, report, pullRequest) {
    const previous = previousBody ? decodeState(previousBody) : undefined;
    const state = previous?.pullRequest === pullRequest ? previous : emptyState(pullRequest);
    if (report.cleanup) {
        return { ...state, unpinned: [...new Set([...state.unpinned, ...report.cleanup.unpinned])] };
    }
    if (!report.dryRun && report.items.length > 0 && report.published) {
        return boundState({ ...state, history: [...state.history, publishRecord(report)] });
    }
    return state;
}
/** What the comment records of this publish: the main CID, and the root once it is proved. */
function publishRecord(report) {
    const main = (0,report_report/* mainItem */.LG)(report);
    const cids = [...new Set([main?.cid, ...report.items.map(i => i.cid)])].filter((cid) => cid !== undefined);
    const previewRoot = provenRoot(report);
    return {
        sha: report.published?.sha ?? '',
        at: report.published?.at ?? new Date().toISOString(),
        runUrl: report.published?.runUrl ?? '',
        cids,
        total: cids.length,
        ...(previewRoot && { previewRoot }),
        ...(report.preview && { site: report.preview.site }),
        format: RECORD_FORMAT,
        reused: report.items.filter(i => i.reused === true).map(i => i.cid),
        expiresAt: main?.expiresAt ?? null,
        ...(main && { url: main.gatewayUrl })
    };
}
/**
 * The directory's root as Pinarkive answered it, when that is provably this preview's own: the
 * directory carried the marker, and the answer equals the root computed locally from the same
 * files and marker. Pinarkive's word alone proves nothing: a different answer is not recorded.
 */
function provenRoot(report) {
    const directory = report.items.find(item => item.type === 'directory');
    if (report.preview?.marker === undefined || !directory?.localCid)
        return undefined;
    return (0,shared_cid/* sameContent */.Cm)(directory.cid, directory.localCid) ? directory.cid : undefined;
}
/**
 * The earlier previews, newest first, for the comment: this run's own record is not among them.
 * A preview is still pinned when no cleanup unpinned it and its timelock has not passed.
 */
function previewHistory(state, report, now) {
    const earlier = state.history.filter(record => record.at !== report.published?.at);
    return earlier
        .slice()
        .reverse()
        .map(record => ({
        sha: record.sha,
        at: record.at,
        runUrl: record.runUrl,
        cid: record.cids[0] ?? record.previewRoot ?? '',
        ...(record.url !== undefined && { url: record.url }),
        expiresAt: record.expiresAt,
        pinned: !state.unpinned.includes(record.cids[0]) &&
            (record.expiresAt === null || Date.parse(record.expiresAt) > now)
    }));
}

;// CONCATENATED MODULE: ./src/run/report-to-github.ts
/**
 * Phase: reports a run where reviewers look: the sticky PR comment (with the hidden state that
 * records every preview of the pull request) and the commit status. Failures here warn instead of
 * failing the step, since the content is published either way.
 */







async function reportToGitHub(report, event, link, settings, log) {
    const result = { commentUrl: '', commentId: '' };
    if (settings.comment)
        Object.assign(result, await report_to_github_comment(link, report, event, settings, log));
    if (settings.commitStatus)
        await setStatus(link, report, settings, log);
    return result;
}
/** The sticky comment on the pull request, when there is one. */
async function report_to_github_comment(link, report, event, settings, log) {
    const pull = link.pullRequest;
    if (!pull) {
        log.info(`comment: true, but this run (${event.name}) is not for a pull request; no comment written.`);
        return {};
    }
    const sha = link.commit;
    const marker = commentMarker(siteName(settings.commentHeader, settings.workflow));
    try {
        const existing = await findOwnComment(link.api, link, pull.number, marker, link.viewer);
        const state = nextState(existing?.body, report, pull.number);
        // The comment alone shows the earlier previews: they come from its own hidden state.
        const withHistory = {
            ...report,
            history: previewHistory(state, report, Date.now()),
            historyDropped: state.dropped.publishes
        };
        // The state is bounded, and the body is cut to leave room for it: GitHub refuses the whole
        // comment (422) when the two together pass its limit.
        const hidden = encodeState(state);
        const rendered = renderComment(withHistory, {
            marker,
            sha,
            // No usable commit (event.ts refuses SHAs that are not hex): no link to one.
            commitUrl: sha ? `${link.serverUrl}/${link.owner}/${link.repo}/commit/${sha}` : '',
            runUrl: link.runUrl,
            title: settings.title,
            reserve: hidden.length + 1
        });
        const body = `${rendered}\n${hidden}`;
        const written = await writeComment(link.api, { owner: link.owner, repo: link.repo, number: pull.number }, existing, body);
        log.info(`PR #${pull.number}: comment ${written.action}: ${written.url}`);
        return { commentUrl: written.url, commentId: String(written.id) };
    }
    catch (error) {
        log.warning(explainGitHubError(`comment on pull request #${pull.number}`, error, 'pull-requests'));
        return {};
    }
}
/** The commit status on the commit the content was built from. */
async function setStatus(link, report, settings, log) {
    const sha = link.commit;
    const context = `pinarkive${settings.commentHeader ? `/${settings.commentHeader}` : ''}`;
    if (!sha) {
        log.info(`commit-status: true, but no valid commit SHA is known; no status ${context} set.`);
        return;
    }
    const status = commitStatusFor(report, { name: context, runUrl: link.runUrl });
    try {
        await link.api.createStatus(link.owner, link.repo, sha, status);
        log.info(`Commit status ${context} on ${sha.slice(0, 7)}: ${status.state} (${status.description})`);
    }
    catch (error) {
        log.warning(explainGitHubError(`set the commit status on ${sha.slice(0, 7)}`, error, 'statuses'));
    }
}

;// CONCATENATED MODULE: ./src/run/report-run.ts
/**
 * Phases after the verdict: the job summary, the release notes, then the comment and commit
 * status, whatever happened before. Each failure here warns: the content is published either way.
 */





async function reportRun(report, inputs, event, link, env) {
    if (inputs.summary) {
        await summarize(report, env).catch(error => action_log/* actionLog */.Zx.warning(`Could not write the job summary: ${(0,error_text/* errorText */.k)(error)}`));
    }
    // Release notes (`release-notes`): the CIDs and links in the release's body.
    await updateReleaseNotes(report, event, link, {
        enabled: inputs.releaseNotes,
        commentHeader: inputs.commentHeader,
        workflow: env.GITHUB_WORKFLOW ?? ''
    }, action_log/* actionLog */.Zx).catch(error => action_log/* actionLog */.Zx.warning(`Could not write the release notes: ${(0,error_text/* errorText */.k)(error)}`));
    if (!link || (!inputs.comment && !inputs.commitStatus))
        return undefined;
    return (0,action_log/* group */.Os)('Report to GitHub', () => reportToGitHub(report, event, link, {
        comment: inputs.comment,
        commentHeader: inputs.commentHeader,
        commitStatus: inputs.commitStatus,
        workflow: env.GITHUB_WORKFLOW ?? ''
    }, action_log/* actionLog */.Zx)).catch(error => {
        action_log/* actionLog */.Zx.warning(`Could not report to GitHub: ${(0,error_text/* errorText */.k)(error)}`);
        return undefined;
    });
}
async function summarize(report, env) {
    if (!env.GITHUB_STEP_SUMMARY) {
        action_log/* actionLog */.Zx.debug('GITHUB_STEP_SUMMARY is not set, so no job summary is written.');
        return;
    }
    await (0,action_log/* writeSummary */.Sy)(renderSummary(report));
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
/** Each item with its local CID and whether the server's CID matches it; and the mismatches. */
function verifyItems(items, local, mode) {
    const mismatches = [];
    const checked = items.map(item => {
        const localCid = localCidOf(item, local);
        const verified = mode === 'off' || localCid === null ? null : (0,shared_cid/* sameContent */.Cm)(item.cid, localCid);
        if (verified === false && localCid !== null) {
            mismatches.push({ item: item.path ?? item.name, serverCid: item.cid, localCid });
        }
        return { ...item, localCid, verified };
    });
    return { items: checked, mismatches };
}
function describeMismatch(mismatch, profile) {
    return `CID mismatch for ${mismatch.item}: Pinarkive returned ${mismatch.serverCid}, but these bytes have the CID ${mismatch.localCid} under the ${profile} profile. Check that \`cid-profile\` matches how Pinarkive imports content; links built from either CID may differ.`;
}
/**
 * Each item with its local CID and whether it matches, and the mismatches as `mode` says: a
 * warning, or a failure of an item that stays published.
 */
function verifyAgainstLocal(items, local, mode, profile) {
    if (local instanceof Error) {
        const message = `Could not compute the local CIDs to verify against (${local.message}).`;
        const checked = verifyItems(items, undefined, 'off').items;
        const part = mode === 'error' ? { error: message } : { warnings: [message] };
        return { part: { items: checked, ...part }, verified: 0 };
    }
    const checked = verifyItems(items, local, mode);
    const warnings = [];
    const failures = [];
    for (const mismatch of checked.mismatches) {
        const message = describeMismatch(mismatch, profile);
        if (mode !== 'error') {
            warnings.push(message);
            continue;
        }
        const item = checked.items.find(i => (i.path ?? i.name) === mismatch.item);
        failures.push({
            type: item?.type ?? 'file',
            path: item?.path,
            name: item?.name ?? mismatch.item,
            error: message,
            mismatch: true
        });
    }
    return {
        part: { items: checked.items, warnings, failures },
        verified: checked.items.filter(i => i.verified === true).length
    };
}

;// CONCATENATED MODULE: ./src/run/verify.ts
/** Phase: each answer against its local CID. */




function verify(items, local, target, inputs) {
    // With `cid-profile: auto`, the profile the answers showed.
    const profile = target.profiles?.current ?? (0,profile_choice/* firstProfile */.w4)(inputs.cidProfile);
    const { part, verified } = verifyAgainstLocal(items, local, target.verify, profile);
    if (verified > 0) {
        action_log/* actionLog */.Zx.info(`Verified ${(0,format/* plural */.LS)(verified, 'CID')} against the ${profile} profile.`);
    }
    return { ...part, profile };
}

// EXTERNAL MODULE: ./src/shared/deadline.ts
var shared_deadline = __webpack_require__(8013);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * A run, phase by phase: inputs → GitHub link and mode → find files → preview marker → local
 * CIDs → CAR → publish (or its dry run) → verify → wait for the links → verdict → summary and
 * GitHub. The phases live in run/, one per file; each takes what it needs and returns its part.
 * This file only sequences them and assembles the report from their parts, so the order of the
 * phases is written here, once. The dry run differs from a real one only in its publish target.
 */






















async function run(env = process.env) {
    const started = Date.now();
    const event = loadEvent(env);
    const done = redacted(await execute(env, event));
    if (done.report && done.thrown === undefined) {
        const closing = done.planned ? { elapsed: (0,format/* formatDuration */.a3)(Date.now() - started) } : undefined;
        conclude(done.report, closing);
    }
    else {
        (0,action_log/* fail */.fJ)(done.thrown ?? 'The run stopped');
    }
    if (!done.report || !done.inputs)
        return;
    const posted = await reportRun(done.report, done.inputs, event, done.link, env);
    if (posted) {
        (0,action_log/* setOutput */.uH)('comment-url', posted.commentUrl);
        (0,action_log/* setOutput */.uH)('comment-id', posted.commentId);
    }
}
/**
 * Secrets out of the report and the error, before any of them is cut to fit a limit: a cut could
 * leave half a key that no redaction would recognise. The sinks redact again; the inputs keep
 * their secrets, which the GitHub report needs.
 */
function redacted(done) {
    return {
        ...done,
        report: redact/* secrets */.O3.redactDeep(done.report),
        thrown: redact/* secrets */.O3.redactDeep(done.thrown)
    };
}
/**
 * The report as the phases add to it: the one place that holds it. A phase reads what it is
 * given and returns its part; `add` puts the part in.
 */
class Assembly {
    report;
    constructor(report) {
        this.report = report;
    }
    add(part) {
        this.report = (0,report_report/* withPart */.Qz)(this.report, part);
    }
}
async function execute(env, event) {
    const done = {};
    let assembly;
    try {
        const inputs = (done.inputs = getInputs(env, event));
        assembly = new Assembly((0,report_report/* emptyReport */._O)(inputs.cluster, inputs.timelock, {
            dryRun: inputs.dryRun,
            profile: (0,profile_choice/* firstProfile */.w4)(inputs.cidProfile)
        }));
        const link = (done.link = await linkToGitHub(inputs, event, env));
        if (chooseMode(inputs, event, link) === 'cleanup') {
            const cleanup = await (0,action_log/* group */.Os)('Clean up the preview', () => cleanupRun(inputs, event, link, env));
            assembly.add({ cleanup });
        }
        else {
            const found = await (0,action_log/* group */.Os)('Find files', () => findFiles(inputs, env));
            assembly.add({ hiddenSkipped: found.hiddenSkipped });
            if (hasWork(found.plan)) {
                done.planned = true;
                const marked = await markPreview(found.plan, inputs, event, link, env);
                assembly.add({ preview: marked.preview });
                await publishPhases(marked.plan, inputs, assembly, link, event, env);
            }
        }
    }
    catch (error) {
        done.thrown = (0,error_text/* errorText */.k)(error);
        assembly?.add({ error: done.thrown });
    }
    done.report = assembly?.report;
    return done;
}
/** The phases of a publish, within `max-duration`. */
async function publishPhases(plan, inputs, assembly, link, event, env) {
    const deadline = (0,shared_deadline/* startDeadline */.d)(inputs.maxDurationMs, () => `\`max-duration\` (${(0,format/* formatDuration */.a3)(inputs.maxDurationMs ?? 0)}) ran out`);
    let target;
    try {
        checkUploadNames(plan);
        const preview = assembly.report.preview;
        const local = await hashContent(plan, inputs, deadline.signal, preview?.marker !== undefined);
        if (inputs.car)
            assembly.add({ car: await writeCar(plan, inputs, local, deadline.signal, env) });
        // The Pinarkive client and undici load once the inputs are valid: a run that stops at its
        // inputs starts without them (issue 21: start-up within 150 ms of a bare Node).
        const { openTarget } = await Promise.all(/* import() */[__webpack_require__.e(245), __webpack_require__.e(114)]).then(__webpack_require__.bind(__webpack_require__, 5114));
        target = await openTarget(inputs, plan, local, deadline.signal);
        const reused = await (0,reuse/* reusedUpFront */.xf)(target.reuse, plan, local, inputs);
        const content = plannedContent(plan, local, reused, preview);
        const deployment = await startDeployment(link, inputs, event, content);
        assembly.add({
            published: {
                at: new Date().toISOString(),
                sha: publishedCommit(link, event),
                runUrl: link?.runUrl ?? ''
            }
        });
        try {
            assembly.add(await publishPlan(plan, target, inputs, deadline.signal));
            assembly.add(verify(assembly.report.items, local, target, inputs));
            const { waitForLinks } = await Promise.all(/* import() */[__webpack_require__.e(245), __webpack_require__.e(471)]).then(__webpack_require__.bind(__webpack_require__, 9471));
            const client = target.client;
            assembly.add(await waitForLinks(assembly.report, inputs, client, deadline.signal, plan));
        }
        catch (error) {
            // The deployment must not stay in progress: it ends in `error`, with the reason.
            assembly.add({ error: (0,error_text/* errorText */.k)(error) });
            throw error;
        }
        finally {
            assembly.add({ deployment: await finishDeployment(deployment, link, assembly.report) });
        }
    }
    finally {
        await target?.close();
        deadline.dispose();
    }
}


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ readUploaded),
/* harmony export */   Nk: () => (/* binding */ readErrorBody),
/* harmony export */   SR: () => (/* binding */ isPlainId),
/* harmony export */   c6: () => (/* binding */ readClusters),
/* harmony export */   gZ: () => (/* binding */ readDirectory),
/* harmony export */   r6: () => (/* binding */ readPinned)
/* harmony export */ });
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8451);
/* harmony import */ var _shared_cid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9989);
/* harmony import */ var _shared_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6717);
/* harmony import */ var _transport_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9854);
/* harmony import */ var _gateway_gateway_url_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(483);
/* harmony import */ var _shared_header_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8559);
/**
 * Reads Pinarkive's success bodies. Every server answer is hostile input: a CID must parse as
 * one, be one an upload can produce (or the one a pin asked for), and is kept in canonical
 * form; cluster ids must be plain ids; gateway bases must pass the checks of the `gateway`
 * input and more (`serverGatewayProblem`); dates must be dates. What fails is refused (a CID,
 * which the item cannot do without) or left out with a warning (the rest).
 */






/** Cluster ids as Pinarkive names them (`cl0-global`): anything else is not used anywhere. */
function isPlainId(id) {
    return /^[A-Za-z0-9._-]{1,64}$/.test(id);
}
function optionalString(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/**
 * A CID from an answer in canonical form, which also keeps a base64 answer (`/`, `+`) out of
 * URL paths. Anything else fails the item: it must not reach an output, a link or a log as if
 * it were a CID, and the content may be stored all the same.
 */
function serverCid(value, what) {
    try {
        return (0,_shared_cid_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalCid */ .ny)(value);
    }
    catch (error) {
        // The library's reason would only repeat the value.
        throw new _transport_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProtocolError */ .bd(`Pinarkive answered the ${what} with success, but its answer is not a CID: ${(0,_shared_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteValue */ .c)(value)}. ` +
            'The content may have been stored anyway: check the account on Pinarkive before re-running.', { cause: error });
    }
}
/** Multicodecs a UnixFS import produces: dag-pb for files, chunked files and directories. */
const DAG_PB = 0x70;
const RAW = 0x55;
/** The only multihash every import profile uses (Kubo's, IPIP-499's), with its length. */
const SHA2_256 = 0x12;
/**
 * Why `cid` cannot be what an upload produced, or undefined when it can: dag-pb or raw, hashed
 * with sha2-256. An identity-hash CID carries its bytes inside itself, so a server could make a
 * gateway's origin serve HTML and script of its choice; a libp2p-key names an IPNS record.
 */
function uploadCidProblem(cid) {
    const { code, multihash } = (0,_shared_cid_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCid */ .mQ)(cid);
    if (code !== DAG_PB && code !== RAW) {
        return `its codec is 0x${code.toString(16)}, but an upload gives dag-pb (0x70) or raw (0x55)`;
    }
    if (multihash.code === 0x00) {
        return 'it is an identity CID, which holds content inside itself instead of naming stored content';
    }
    if (multihash.code !== SHA2_256 || multihash.digest.length !== 32) {
        return `its hash is 0x${multihash.code.toString(16)}, but every import profile hashes with sha2-256 (0x12)`;
    }
    return undefined;
}
/**
 * The CID of an upload's answer: a CID (see `serverCid`) that an upload can produce (see
 * `uploadCidProblem`). Anything else fails the item, as a non-CID does.
 */
function uploadedCid(value, what) {
    const cid = serverCid(value, what);
    const problem = uploadCidProblem(cid);
    if (problem === undefined)
        return cid;
    throw new _transport_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProtocolError */ .bd(`Pinarkive answered the ${what} with the CID ${cid}, which no upload produces: ${problem}. ` +
        'It is not used or linked. The content may have been stored anyway: check the account on Pinarkive before re-running.');
}
/** A `clusterId` field: a plain id, or left out with a warning. */
function answeredCluster(value, what, warn) {
    const id = optionalString(value);
    if (id === undefined || isPlainId(id))
        return id;
    warn(`Pinarkive answered the ${what} with a cluster id that is not a plain id, ignored: ${(0,_shared_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteValue */ .c)(id)}.`);
    return undefined;
}
/** An `expiresAt` field in ISO 8601, normalised to UTC, or left out with a warning. */
function answeredExpiry(value, what, warn) {
    const text = optionalString(value);
    if (text === undefined)
        return undefined;
    const time = (0,_shared_header_values_js__WEBPACK_IMPORTED_MODULE_4__/* .parseIsoDateTime */ .GU)(text);
    if (time !== undefined)
        return new Date(time).toISOString();
    warn(`Pinarkive answered the ${what} with an expiry that is not a date, ignored: ${(0,_shared_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteValue */ .c)(text)}.`);
    return undefined;
}
/**
 * Reads `cid` (or the older `dagCid`) and the optional fields every success body may carry.
 * `readCid` checks the CID: `uploadedCid` unless the caller knows better (a pin).
 */
function readUploaded(body, what, warn, readCid = uploadedCid) {
    const data = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldsOf */ .Pf)(body);
    const cid = optionalString(data.cid) ?? optionalString(data.dagCid);
    if (cid === undefined) {
        const shown = typeof body === 'string' ? body : (JSON.stringify(body) ?? String(body));
        throw new _transport_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProtocolError */ .bd(`Pinarkive answered the ${what} with success but no CID in the body: ${(0,_shared_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteValue */ .c)(shown, 300)}`);
    }
    return {
        cid: readCid(cid, what),
        clusterId: answeredCluster(data.clusterId, what, warn),
        expiresAt: answeredExpiry(data.expiresAt, what, warn)
    };
}
/**
 * A pin's answer. Older servers answer `{ pinned: true }`: then the CID asked for is the CID.
 * Any codec the user asked for is fine (a pin is not an import), but the answer must name that
 * same content: a server answering another CID would have us link what we never asked for.
 */
function readPinned(body, cid, warn) {
    const data = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldsOf */ .Pf)(body);
    const sameAsAsked = (value, what) => {
        const answered = serverCid(value, what);
        if ((0,_shared_cid_js__WEBPACK_IMPORTED_MODULE_0__/* .sameContent */ .Cm)(answered, cid))
            return answered;
        throw new _transport_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProtocolError */ .bd(`Pinarkive answered the ${what} with another CID, ${answered}, which is not used or linked. ` +
            'Check the pin on Pinarkive before re-running.');
    };
    return readUploaded({ ...data, cid: optionalString(data.cid) ?? cid }, `pin of ${cid}`, warn, sameAsAsked);
}
/** What an error body says, raw: `ApiError` bounds it, `parseRetryAfter` checks the wait. */
function readErrorBody(body) {
    const data = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldsOf */ .Pf)(body);
    return {
        message: optionalString(data.message) ?? optionalString(data.error),
        code: optionalString(data.code),
        required: optionalString(data.required),
        retryAfter: data.retryAfter
    };
}
/** A directory's answer: its root, and the files it lists (each listed CID must be one too). */
function readDirectory(body, what, warn) {
    const uploaded = readUploaded(body, what, warn);
    const listed = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldsOf */ .Pf)(body).files;
    if (!Array.isArray(listed))
        return uploaded;
    uploaded.files = listed.flatMap(entry => {
        const e = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldsOf */ .Pf)(entry);
        const path = optionalString(e.path) ?? optionalString(e.filename);
        if (path === undefined)
            return [];
        const cid = optionalString(e.cid);
        return [
            {
                path,
                cid: cid === undefined ? undefined : uploadedCid(cid, `${what} (file ${(0,_shared_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteValue */ .c)(path)})`),
                size: typeof e.size === 'number' ? e.size : undefined
            }
        ];
    });
    return uploaded;
}
/**
 * A cluster's gateways that pass `serverGatewayProblem`, by `order`; the others with a warning.
 */
function clusterGateways(id, gateways, apiUrl, warn) {
    const usable = (Array.isArray(gateways) ? gateways : []).flatMap(gateway => {
        const g = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldsOf */ .Pf)(gateway);
        const base = optionalString(g.publicUrl) ?? optionalString(g.url);
        if (base === undefined)
            return [];
        const problem = (0,_gateway_gateway_url_js__WEBPACK_IMPORTED_MODULE_3__/* .serverGatewayProblem */ .f6)(base, apiUrl);
        if (problem) {
            warn(`Pinarkive lists a gateway for cluster ${id} that ${problem}, skipped: ${(0,_shared_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteValue */ .c)(base)}.`);
            return [];
        }
        const order = typeof g.order === 'number' ? g.order : Number.MAX_SAFE_INTEGER;
        return [{ base, order }];
    });
    return usable.sort((a, b) => a.order - b.order);
}
/**
 * `GET /users/me/clusters`, read leniently (id or clusterId, publicUrl or url) and checked;
 * `apiUrl` is where the list came from (see `serverGatewayProblem`).
 */
function readClusters(body, apiUrl, warn) {
    const items = Array.isArray(body) ? body : [];
    return items.flatMap(item => {
        const data = (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldsOf */ .Pf)(item);
        const id = optionalString(data.clusterId) ?? optionalString(data.id);
        if (id === undefined)
            return [];
        if (!isPlainId(id)) {
            warn(`Pinarkive lists a cluster whose id is not a plain id, ignored: ${(0,_shared_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteValue */ .c)(id)}.`);
            return [];
        }
        return [{ id, gateways: clusterGateways(id, data.gateways, apiUrl, warn) }];
    });
}


/***/ }),

/***/ 9034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isFatal),
/* harmony export */   U: () => (/* binding */ explainError)
/* harmony export */ });
/* harmony import */ var _transport_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9854);
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6338);
/* harmony import */ var _shared_error_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7859);
/** Turns transport errors into messages that name the cause and the fix. Pure. */



const KEY_HELP = 'Create a key in the Pinarkive dashboard (Account → API tokens) and store it as a secret';
/** Errors after which every other request would fail the same way: stop starting new ones. */
function isFatal(error) {
    if (error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RateLimitWaitError */ .XM || error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AbandonedError */ .TK)
        return true;
    if (!(error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD))
        return false;
    return (error.status === 401 ||
        (error.status === 403 &&
            (error.code === 'missing_scope' ||
                error.code === 'email_not_verified' ||
                error.code === 'account_disabled')));
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
    if (error.code === 'account_disabled') {
        return 'The Pinarkive account is disabled (HTTP 403 account_disabled). No request can succeed until it is enabled again: contact Pinarkive support or check the account in the dashboard, then re-run.';
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
function explainTransport(error, context) {
    const tries = error.attempts > 1 ? ` after ${error.attempts} attempts` : '';
    const timeout = context.timeoutMs / 1000;
    switch (error.kind) {
        case 'timeout':
            return `The request for ${context.item} failed: ${error.message}${tries}. Raise \`timeout\` (how long without progress; now ${timeout} s) if the server is slow to answer.`;
        case 'slow-answer':
            return `The request for ${context.item} failed: ${error.message}${tries}. Pinarkive's answer arrived too slowly to wait for: a problem of the server or of a proxy on the way. Re-run later, or raise \`timeout\` (now ${timeout} s) if answers are large and the network slow.`;
        case 'too-large':
            return `The request for ${context.item} failed: ${error.message}${tries}. No answer of Pinarkive's API is that large: a problem of the server or of a proxy on the way. Re-run later.`;
        case 'network':
            return `Could not reach Pinarkive at ${context.apiUrl} for ${context.item}${tries}: ${error.message}.`;
    }
}
/** A one-paragraph explanation of why `item` failed and what to change. */
function explainError(error, context) {
    if (error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD) {
        const tries = error.attempts > 1 ? ` after ${error.attempts} attempts` : '';
        switch (error.status) {
            case 401:
                return `Pinarkive rejected the API key (${error.message}). Check that \`api-key\` holds a current key: keys can be revoked or expire. ${KEY_HELP}.`;
            case 403:
                return explainForbidden(error, context);
            case 413: {
                const size = context.size !== undefined ? ` (${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(context.size)})` : '';
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
    if (error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX)
        return explainTransport(error, context);
    if (error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RateLimitTotalError */ .wm) {
        return `Pinarkive's rate limit has held this run back for ${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(error.heldMs)} in all and asks for ${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(error.waitMs)} more, past the ${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(error.maxHeldMs)} a run waits for rate limits in all. Publish fewer requests per run (\`upload-as: directory\` sends one), lower \`concurrency\`, or re-run after ${error.retryAt.toISOString()}.`;
    }
    if (error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RateLimitWaitError */ .XM) {
        return `Pinarkive's rate limit asks to wait ${Math.ceil(error.waitMs / 1000)} s, longer than this run waits (5 min). Re-run after ${error.retryAt.toISOString()}.`;
    }
    if (error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BodySourceError */ .MU ||
        error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProtocolError */ .bd ||
        error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileNameError */ .uj) {
        return error.message;
    }
    if (error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AbandonedError */ .TK) {
        return `${context.item} was abandoned when \`max-duration\` ran out. Raise \`max-duration\`, or publish less per run.`;
    }
    return `${context.item}: ${(0,_shared_error_text_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .k)(error)}`;
}


/***/ }),

/***/ 7137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ newBoundary),
/* harmony export */   RP: () => (/* binding */ multipartBody),
/* harmony export */   zU: () => (/* binding */ multipartNameProblem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6338);
/* harmony import */ var _shared_error_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7859);
/* harmony import */ var _shared_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6717);
/* harmony import */ var _transport_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9854);
/**
 * A multipart/form-data body built from byte sources, with its exact length known up front, so
 * the request carries a Content-Length, can be rebuilt for a retry, and can report progress.
 */





const CRLF = '\r\n';
/**
 * Sent as they are inside a quoted `filename`: printable ASCII except `"` and `\` (which
 * busboy, multer's parser, reads as quoting: `trail\` dropped the part) and `%` (which
 * browsers use to escape, so `%22.txt` and `".txt` would look alike).
 */
const PLAIN_NAME = /^[\x20\x21\x23\x24\x26-\x5b\x5d-\x7e]+$/;
/** RFC 8187 attr-char: what an extended parameter value carries without percent-encoding. */
const ATTR_CHAR = /^[A-Za-z0-9!#$&+\-.^_`|~]$/;
/**
 * busboy (and so multer) refuses a part whose header block is over 16 KiB; keep clear of it.
 * A 255-byte name of non-ASCII characters takes about 1.6 KB, a 4 KB path of them about 25 KB.
 */
const MAX_PART_HEADER_BYTES = 16_000;
/** Every UTF-8 byte outside attr-char as `%XX` (RFC 8187). */
function percentEncode(value) {
    let encoded = '';
    for (const byte of Buffer.from(value, 'utf8')) {
        const char = String.fromCharCode(byte);
        encoded += ATTR_CHAR.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return encoded;
}
/**
 * `filename` parameters that arrive exactly as given. A plain name goes as is. Any other goes
 * as RFC 8187 `filename*=UTF-8''…`, which busboy decodes exactly and prefers whatever its
 * `defParamCharset` (multer's default is latin1, which garbles raw UTF-8), next to a
 * `filename` fallback for other parsers: the same percent-encoded text, so that even there two
 * different names never arrive as one.
 */
function filenameParameters(filename) {
    if (PLAIN_NAME.test(filename))
        return `filename="${filename}"`;
    const encoded = percentEncode(filename);
    return `filename="${encoded}"; filename*=UTF-8''${encoded}`;
}
function fieldName(name) {
    // Our field names are constants (`file`, `files`, `cl`, …); anything else is a bug here.
    if (!PLAIN_NAME.test(name))
        throw new TypeError(`multipart field name ${JSON.stringify(name)}`);
    return `name="${name}"`;
}
function partHeader(boundary, part) {
    const disposition = 'filename' in part
        ? `form-data; ${fieldName(part.name)}; ${filenameParameters(part.filename)}`
        : `form-data; ${fieldName(part.name)}`;
    const type = 'filename' in part
        ? `Content-Type: ${part.contentType ?? 'application/octet-stream'}${CRLF}`
        : '';
    return Buffer.from(`--${boundary}${CRLF}Content-Disposition: ${disposition}${CRLF}${type}${CRLF}`);
}
/**
 * Why a file name cannot be sent so that it arrives exactly as it is, or undefined when it can.
 * The upload refuses such names (see `multipartBody`); callers may check them earlier.
 */
function multipartNameProblem(name) {
    if (name === '')
        return 'is empty';
    if (/\p{Cs}/u.test(name)) {
        return 'is not valid Unicode (it holds a lone surrogate), so it has no UTF-8 form to send';
    }
    const header = Buffer.byteLength(`Content-Disposition: form-data; name="files"; ${filenameParameters(name)}${CRLF}` +
        `Content-Type: application/octet-stream${CRLF}${CRLF}`);
    if (header > MAX_PART_HEADER_BYTES) {
        return `is too long to send: its multipart header would be ${header} bytes, and servers parse at most ${MAX_PART_HEADER_BYTES}`;
    }
    return undefined;
}
/** Refuses the whole body when any file name would not arrive exactly, naming each. */
function checkNames(parts) {
    const problems = parts.flatMap(part => {
        if (!('filename' in part))
            return [];
        const problem = multipartNameProblem(part.filename);
        return problem ? [`${(0,_shared_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteValue */ .c)(part.filename, 200)} ${problem}`] : [];
    });
    if (problems.length === 0)
        return;
    const shown = problems.slice(0, 10);
    const more = problems.length > shown.length ? `; and ${problems.length - shown.length} more` : '';
    throw new _transport_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileNameError */ .uj(`Not uploaded: ${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(problems.length, 'file name')} cannot be sent exactly as on disk: ${shown.join('; ')}${more}. Rename or exclude ${problems.length === 1 ? 'it' : 'them'}.`);
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
        throw new _transport_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BodySourceError */ .MU((0,_shared_error_text_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .k)(error), {
            cause: error
        });
    }
    if (sent !== source.size) {
        throw new _transport_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .BodySourceError */ .MU(`${part.filename} changed while it was being uploaded (expected ${source.size} bytes, read ${sent})`);
    }
}
/** Throws a `FileNameError` naming every file name that would not arrive exactly. */
function multipartBody(parts, boundary = newBoundary()) {
    checkNames(parts);
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
    return `----pin-action-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')}`;
}


/***/ }),

/***/ 3695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b9: () => (/* binding */ ReuseCheck),
/* harmony export */   xf: () => (/* binding */ reusedUpFront)
/* harmony export */ });
/* unused harmony exports DEFAULT_CLUSTER, REUSE_MIN_FILE_SIZE, judgeRecords */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _transport_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9854);
/* harmony import */ var _shared_cid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9989);
/* harmony import */ var _shared_error_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7859);
/* harmony import */ var _shared_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5135);
/**
 * `reuse`: before an upload whose local CID is known, whether this account already holds that
 * content on the chosen cluster (`GET /users/me/uploads?cid=`, scope `files:read`). A record
 * held long enough under the same name stands in for the upload; one that expires too early or
 * carries another name is pinned by CID instead; anything else, a failed lookup included, means
 * uploading as usual. The server's filter is never trusted: only records of the same content
 * on the chosen cluster count. Lookups are cached, so an up-front pass (for a deployment's
 * record) and the publish itself ask once per CID.
 */





/**
 * Pinarkive's documented default cluster (API reference §17: `cl0-global`, "default, global,
 * replicated"): where an upload without `cl` goes, so what an empty `cluster` input means here.
 */
const DEFAULT_CLUSTER = 'cl0-global';
/**
 * Files mode asks only for files of at least this size: below it, a lookup's round trip costs
 * about what sending the file does (see the README, "Re-runs", for how it was measured).
 */
const REUSE_MIN_FILE_SIZE = 1024 * 1024;
/** A lookup reads at most this many records: a page or two, never the whole account. */
const LOOKUP = { maxPages: 2, pageSize: 100 };
/**
 * The decision over an account's records, pure. A record counts when it names the same content
 * (any CID version or base), on the chosen cluster (a record that names no cluster never
 * counts), and has not expired. It is held long enough when it never expires, or expires no
 * earlier than the timelock asked for; without a timelock only a record that never expires is.
 */
function judgeRecords(records, wanted) {
    const cluster = wanted.cluster || DEFAULT_CLUSTER;
    const held = records.filter(record => (0,_shared_cid_js__WEBPACK_IMPORTED_MODULE_2__/* .sameContent */ .Cm)(record.cid, wanted.cid) &&
        record.clusterId === cluster &&
        (record.expiresAt === null || Date.parse(record.expiresAt) > wanted.now));
    if (held.length === 0)
        return { action: 'upload', reason: `not held on ${cluster}` };
    const longEnough = (record) => record.expiresAt === null ||
        (wanted.timelock !== undefined && Date.parse(record.expiresAt) >= wanted.timelock.getTime());
    const skip = held.find(record => longEnough(record) && record.name === wanted.name);
    if (skip)
        return { action: 'skip', record: skip };
    const lasting = held.find(longEnough);
    if (lasting)
        return { action: 'pin', record: lasting, reason: 'held under another name' };
    return { action: 'pin', record: held[0], reason: 'held, but expiring earlier than asked' };
}
/** The decisions of one run, over the client; each CID is looked up once. */
class ReuseCheck {
    api;
    settings;
    log;
    lookups = new Map();
    /** Set once Pinarkive refused a lookup (401, 403): no other is sent in this run. */
    refused;
    constructor(api, settings, log) {
        this.api = api;
        this.settings = settings;
        this.log = log;
    }
    /** Whether a files-mode file of `size` bytes is worth a lookup. */
    worthAsking(size) {
        return size >= (this.settings.minFileSize ?? REUSE_MIN_FILE_SIZE);
    }
    /** What to do with the item whose local CID is `cid`, to be recorded under `name`. */
    async decide(cid, name) {
        const lookup = await this.lookUp(cid);
        if (lookup instanceof Error) {
            this.log.debug(`Could not find out whether Pinarkive already holds ${cid} (${lookup.message}); uploading it.`);
            return { action: 'upload', reason: 'the lookup failed' };
        }
        const { cluster, timelock, now = Date.now } = this.settings;
        const decision = judgeRecords(lookup.records, { cid, name, cluster, timelock, now: now() });
        if (decision.action === 'upload') {
            const partial = lookup.complete ? '' : ' among the records read (the list was not complete)';
            this.log.debug(`Pinarkive does not hold ${cid} as asked${partial}: ${decision.reason}.`);
        }
        return decision;
    }
    /**
     * Whether Pinarkive holds `cid` as an upload recorded under `name` asks (`judgeRecords`'s
     * "skip": same content, on the chosen cluster, long enough, same name), looked up afresh: a
     * cached answer from before the upload says nothing of what that upload stored. Content held
     * only under another name or expiring earlier is not what the upload asked for: `held: false`
     * (sent again, the server stores or merges it as it would have). A refusal stops later
     * lookups, as in `decide`.
     */
    async holdsNow(cid, name) {
        if (this.refused)
            return { held: 'unknown', why: refusedWhy(this.refused) };
        let lookup;
        try {
            lookup = await this.api.uploadsOf(cid, LOOKUP);
        }
        catch (error) {
            if (error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AbandonedError */ .TK)
                throw error;
            const failure = error instanceof Error ? error : new Error((0,_shared_error_text_js__WEBPACK_IMPORTED_MODULE_3__/* .errorText */ .k)(error));
            if (isRefusal(failure)) {
                this.refused ??= failure;
                return { held: 'unknown', why: refusedWhy(failure) };
            }
            return { held: 'unknown', why: `the lookup failed (${failure.message})` };
        }
        const { cluster, timelock, now = Date.now } = this.settings;
        const decision = judgeRecords(lookup.records, { cid, name, cluster, timelock, now: now() });
        if (decision.action === 'skip')
            return { held: true, record: decision.record };
        if (!lookup.complete) {
            return { held: 'unknown', why: 'the list of uploads was too long to read whole' };
        }
        return { held: false, reason: decision.reason };
    }
    /**
     * A failed lookup is an answer too: uploading as usual. A refusal (a key without `files:read`)
     * would refuse every other lookup as well, so none is sent after it.
     */
    lookUp(cid) {
        if (this.refused)
            return Promise.resolve(this.refused);
        let lookup = this.lookups.get(cid);
        if (!lookup) {
            lookup = this.api.uploadsOf(cid, LOOKUP).catch(error => {
                const failure = error instanceof Error ? error : new Error((0,_shared_error_text_js__WEBPACK_IMPORTED_MODULE_3__/* .errorText */ .k)(error));
                if (isRefusal(error)) {
                    if (!this.refused) {
                        this.log.debug(`Pinarkive refused a lookup of what it holds (${failure.message}): no more are sent in this run. A key with the scope \`files:read\` lets re-runs skip what is already pinned.`);
                    }
                    this.refused = failure;
                }
                return failure;
            });
            this.lookups.set(cid, lookup);
        }
        return lookup;
    }
}
/** 401 or 403: every other lookup of this run would be refused too. */
function isRefusal(error) {
    return error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && (error.status === 401 || error.status === 403);
}
function refusedWhy(error) {
    if (error instanceof _transport_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && error.code === 'missing_scope') {
        return `the key may not list uploads (it lacks the scope \`${error.required ?? 'files:read'}\`)`;
    }
    return `Pinarkive refused to list uploads (${error.message})`;
}
/**
 * The up-front pass, when the local CIDs were computed before the publish (a deployment records
 * them first): decides the directory and the files worth asking about, `concurrency` lookups at
 * a time, and returns the CIDs Pinarkive already holds, which this run will not have created.
 * The publish asks again and gets the same cached answers.
 */
async function reusedUpFront(check, plan, local, settings) {
    if (!check || local instanceof Error)
        return [];
    const items = [];
    if (plan.directory && local.directory)
        items.push({ cid: local.directory, name: settings.name });
    for (const file of plan.files) {
        const cid = local.files.get(file.relPath);
        if (cid && check.worthAsking(file.size)) {
            items.push({ cid, name: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file.relPath) });
        }
    }
    const reused = new Set();
    await (0,_shared_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .runPool */ .k)(items, settings.concurrency, async (item) => {
        const decision = await check.decide(item.cid, item.name);
        if (decision.action !== 'upload')
            reused.add(item.cid);
    });
    return [...new Set(items.map(item => item.cid))].filter(cid => reused.has(cid));
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LG: () => (/* binding */ mainItem),
/* harmony export */   Pu: () => (/* binding */ failureLine),
/* harmony export */   Qz: () => (/* binding */ withPart),
/* harmony export */   YL: () => (/* binding */ stoppedByAFailure),
/* harmony export */   _O: () => (/* binding */ emptyReport),
/* harmony export */   fs: () => (/* binding */ failuresByReason),
/* harmony export */   i_: () => (/* binding */ isReady)
/* harmony export */ });
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
/**
 * The report with `part` added: its warnings and failures after the ones before, each other
 * field as the part says (a later phase's items, checked, replace the ones it was given).
 */
function withPart(report, part) {
    return {
        ...report,
        ...part,
        warnings: [...report.warnings, ...(part.warnings ?? [])],
        failures: [...report.failures, ...(part.failures ?? [])]
    };
}
/**
 * Whether the run stopped because of one of its failures (a fatal error such as a rejected key),
 * so that a report says the reason once, with that failure, instead of again for each skipped item.
 */
function stoppedByAFailure(report) {
    const reason = report.notAttempted?.reason;
    return reason !== undefined && report.failures.some(failure => failure.error === reason);
}
/**
 * The failures grouped by reason, in the order each reason first came, each with the names of
 * what failed: failures alike are reported together, so shared advice is given once.
 */
function failuresByReason(failures) {
    const byReason = new Map();
    for (const failure of failures) {
        const names = byReason.get(failure.error) ?? [];
        names.push(failure.path ?? failure.cid ?? failure.name);
        byReason.set(failure.error, names);
    }
    return [...byReason].map(([error, names]) => ({ error, names }));
}
/** A failure and what failed, for one-line reports (a status): `dist/a.js: This file is …`. */
function failureLine(failure) {
    return `${failure.path ?? failure.cid ?? failure.name}: ${failure.error}`;
}
/** The item a reader wants first: the directory, else the first file, else the first pin. */
function mainItem(report) {
    return (report.items.find(i => i.type === 'directory') ??
        report.items.find(i => i.type === 'file') ??
        report.items[0]);
}
/** Ready means what was waited for happened: pinned, or served by the gateway. */
function isReady(readiness) {
    if (readiness.waitedFor === 'verified')
        return readiness.state === 'verified';
    return readiness.waitedFor === 'gateway'
        ? readiness.state === 'retrievable'
        : readiness.state !== 'not-ready';
}


/***/ }),

/***/ 9989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   Dw: () => (/* binding */ sha256DigestOf),
/* harmony export */   Ju: () => (/* binding */ blockKey),
/* harmony export */   mQ: () => (/* binding */ parseCid),
/* harmony export */   mj: () => (/* binding */ checkCids),
/* harmony export */   ny: () => (/* binding */ canonicalCid)
/* harmony export */ });
/* unused harmony export MAX_CID_LENGTH */
/* harmony import */ var multiformats_cid__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3656);
/* harmony import */ var multiformats_basics__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2509);
/* harmony import */ var multiformats_bases_base16__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3439);
/* harmony import */ var multiformats_hashes_sha2__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3097);
/* harmony import */ var _error_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7859);
/** CID validation, delegated to `multiformats` so every multibase a user may paste is understood. */





// CID.parse only knows base32 and base58btc unless given a decoder; users paste base36 (k51…)
// and base16 CIDs too, so accept every base multiformats ships.
const anyBase = Object.values(multiformats_basics__WEBPACK_IMPORTED_MODULE_1__/* .bases */ .Fo)
    .map(base => base.decoder)
    .reduce((all, decoder) => all.or(decoder));
/**
 * Longer than any CID a pinning service deals in (a CIDv1 with a 64-byte digest is 141
 * characters in base16, 561 in base2), and short enough that decoding stays cheap: base58
 * decoding is quadratic, and a server may answer 10 MB where a CID belongs.
 */
const MAX_CID_LENGTH = 1024;
/** Parses a CID string; throws with the library's reason when it is not one. */
function parseCid(value) {
    if (value.length > MAX_CID_LENGTH) {
        throw new Error(`${value.length} characters is longer than any CID (${MAX_CID_LENGTH} at most)`);
    }
    // CIDv0 (Qm…) has no multibase prefix, so it must not go through the multibase decoder.
    return value.startsWith('Qm') ? multiformats_cid__WEBPACK_IMPORTED_MODULE_0__/* .CID */ .TO.parse(value) : multiformats_cid__WEBPACK_IMPORTED_MODULE_0__/* .CID */ .TO.parse(value, anyBase);
}
/**
 * The canonical form of a CID string (CIDv1 in base32, CIDv0 as is): letters and digits only,
 * so it is safe in a URL path, a host name, a file name or a shell word. Throws when `value`
 * is not a CID.
 */
function canonicalCid(value) {
    return parseCid(value).toString();
}
/** Multicodec of libp2p public keys: a k51… string names an IPNS record, not pinnable content. */
const LIBP2P_KEY = 0x72;
/**
 * Splits user input into valid and invalid CIDs. Valid ones come back in their canonical form
 * (see `canonicalCid`), the form every IPFS service understands.
 */
function checkCids(values) {
    const result = { valid: [], invalid: [] };
    for (const value of values) {
        let cid;
        try {
            cid = parseCid(value);
        }
        catch (error) {
            result.invalid.push({ value, reason: (0,_error_text_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .k)(error) });
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
/**
 * The SHA-256 digest a CID's multihash carries, as lower-case hex: the SHA-256 of the CID's
 * root block. Undefined when the CID does not parse or its multihash is anything but a 32-byte
 * sha2-256 (an identity hash holds the bytes themselves, blake3 is another function).
 */
function sha256DigestOf(value) {
    let cid;
    try {
        cid = parseCid(value);
    }
    catch {
        return undefined;
    }
    const { code, digest } = cid.multihash;
    if (code !== multiformats_hashes_sha2__WEBPACK_IMPORTED_MODULE_3__.sha256.code || digest.length !== 32)
        return undefined;
    return multiformats_bases_base16__WEBPACK_IMPORTED_MODULE_2__.base16.baseEncode(digest);
}
/**
 * The key a block goes by when blocks are compared: its multihash, so that the CIDv0 and the
 * CIDv1 of one dag-pb block agree.
 */
function blockKey(cid) {
    return Buffer.from(cid.multihash.bytes).toString('base64url');
}


/***/ }),

/***/ 8013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ AbandonedError),
/* harmony export */   d: () => (/* binding */ startDeadline)
/* harmony export */ });
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


/***/ }),

/***/ 6338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   XT: () => (/* binding */ listSome),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
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


/***/ }),

/***/ 8559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GU: () => (/* binding */ parseIsoDateTime),
/* harmony export */   m6: () => (/* binding */ parseHttpDate),
/* harmony export */   mo: () => (/* binding */ parseDecimalSeconds),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   zq: () => (/* binding */ parseCount)
/* harmony export */ });
/* unused harmony export MAX_SERVER_WAIT_MS */
/**
 * Strict readers for the numbers and dates a server sends about waiting. `Number()` and
 * `Date.parse()` accept far too much (`0x3`, `-5` as the year -5, `1e13`), and a value read
 * wrongly turns into "retry now" or a wait no runner should hold for.
 */
/** A plain decimal number of seconds (`3`, `2.5`); not signed, not hex, not exponent form. */
function parseDecimalSeconds(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value >= 0 ? value : undefined;
    if (typeof value !== 'string' || !/^\s*\d+(?:\.\d+)?\s*$/.test(value))
        return undefined;
    const seconds = Number(value);
    return Number.isFinite(seconds) ? seconds : undefined;
}
/** A plain non-negative integer (`X-RateLimit-Remaining`). */
function parseCount(value) {
    if (value === undefined || !/^\s*\d{1,15}\s*$/.test(value))
        return undefined;
    return Number(value);
}
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '\\d{2}:\\d{2}:\\d{2}';
/** The three forms RFC 9110 §5.6.7 asks recipients to accept: IMF-fixdate, RFC 850, asctime. */
const HTTP_DATE = [
    new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT$`),
    new RegExp(`^${LONG_DAY}, \\d{2}-${MONTH}-\\d{2} ${TIME} GMT$`),
    new RegExp(`^${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4}$`)
];
/** An HTTP-date in ms since the epoch, or undefined when `value` is not one. */
function parseHttpDate(value) {
    const text = value.trim();
    const form = HTTP_DATE.findIndex(pattern => pattern.test(text));
    if (form === -1)
        return undefined;
    // asctime carries no zone; HTTP dates are always UTC.
    const time = Date.parse(form === 2 ? `${text} GMT` : text);
    return Number.isNaN(time) ? undefined : time;
}
/**
 * An ISO 8601 date-time with a zone (`2026-11-28T12:00:00Z`, or with a space for the `T`), in
 * ms since the epoch.
 */
function parseIsoDateTime(value) {
    const text = value.trim();
    if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i.test(text)) {
        return undefined;
    }
    const time = Date.parse(text);
    return Number.isNaN(time) ? undefined : time;
}
/**
 * Server waits are capped here: a longer one is still "too long" (see `decide`), and a date
 * computed from it stays a valid Date (`1e13` seconds is past the largest one).
 */
const MAX_SERVER_WAIT_MS = 366 * 24 * 3600 * 1000;
/**
 * How long a 429 asks us to wait: the body's `retryAfter` (decimal seconds), else the
 * `Retry-After` header (decimal seconds or an HTTP-date). Undefined when the server gave no
 * usable hint: negative, hex, `NaN` or empty values are no hint, never "retry now".
 */
function parseRetryAfter(header, bodyRetryAfter, now) {
    const seconds = parseDecimalSeconds(bodyRetryAfter) ?? parseDecimalSeconds(header);
    let waitMs;
    if (seconds !== undefined) {
        waitMs = Math.round(seconds * 1000);
    }
    else if (header !== undefined) {
        const date = parseHttpDate(header);
        if (date !== undefined)
            waitMs = Math.max(0, date - now);
    }
    return waitMs === undefined ? undefined : Math.min(waitMs, MAX_SERVER_WAIT_MS);
}


/***/ }),

/***/ 8451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ stringOf),
/* harmony export */   Pf: () => (/* binding */ fieldsOf),
/* harmony export */   eB: () => (/* binding */ asObject),
/* harmony export */   jk: () => (/* binding */ arrayOf)
/* harmony export */ });
/** Reading JSON of unknown shape (server answers, event payloads, records) without trusting it. */
/** The value as an object, when it is one (not an array, not null). */
function asObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
/** The value as an object, or an empty one: for reading fields that may all be missing. */
function fieldsOf(value) {
    return asObject(value) ?? {};
}
/** The value as an array, or an empty one. */
function arrayOf(value) {
    return Array.isArray(value) ? value : [];
}
/** The value when it is a string, else ''. */
function stringOf(value) {
    return typeof value === 'string' ? value : '';
}


/***/ }),

/***/ 5135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ runPool)
/* harmony export */ });
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


/***/ }),

/***/ 6717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ truncateText),
/* harmony export */   c: () => (/* binding */ quoteValue)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8932);
/* harmony import */ var _visible_controls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3262);
/**
 * Bounded, visible renderings of untrusted text (a server's answer, a header) for messages. Not
 * escaping for Markdown or the log: the sinks do that. This only keeps a value short and makes
 * what is invisible in it visible, by the one rule of visible-controls.ts.
 */


/** A character JSON.stringify left as it is, as JSON escapes: `\u200f`, `\udb40\udc41`. */
function jsonEscape(char) {
    return Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
}
/**
 * `text` cut to at most `max` UTF-16 units plus `…` when it was longer. Never splits a
 * surrogate pair, so the result is as well formed as the input.
 */
function truncateText(text, max) {
    // Redact first, cut second: a cut could leave half a secret no redaction would recognise.
    text = _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .secrets */ .O3.redact(text);
    if (text.length <= max)
        return text;
    let end = max;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}…`;
}
/**
 * A value as a JSON string literal, cut to `max` characters first: quotes show where it starts
 * and ends, and every character the shared rule shows (controls, line and paragraph separators,
 * format and default-ignorable characters: visible-controls.ts) is a `\uXXXX` escape. The
 * literal stays valid JSON, so the exact value can be read back: the escapes are the sinks' own
 * (`\u200f`) from U+0100 on, and JSON's below (`\u007f`, not `\x7f`) and beyond U+FFFF (the
 * surrogate pair `\udb40\udc41`, not `\u{e0041}`).
 */
function quoteValue(value, max = 100) {
    return JSON.stringify(truncateText(value, max)).replace(_visible_controls_js__WEBPACK_IMPORTED_MODULE_1__/* .HIDDEN */ .RG, jsonEscape);
}


/***/ }),

/***/ 8932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ isTooShortToRedact),
/* harmony export */   O3: () => (/* binding */ secrets),
/* harmony export */   du: () => (/* binding */ secretLength),
/* harmony export */   vb: () => (/* binding */ MIN_SECRET_LENGTH)
/* harmony export */ });
/* unused harmony exports MIN_CUT_PIECE, Redactor */
/**
 * The one place secrets are taken out of text: the API key, the GitHub token and anything else
 * the action masks become `***` in every string that leaves the process (log lines,
 * annotations, the job summary, the PR comment, commit statuses, outputs). The runner masks only
 * its log; a comment or a status written through the API is not masked by anyone else.
 *
 * What is found, for each secret of at least `MIN_SECRET_LENGTH` characters:
 *
 * - the secret as is, in any letter case (upper, lower, mixed), and with characters that hide
 *   text (zero-width spaces and joiners, word joiner, soft hyphen, BOM, bidi marks, variation
 *   selectors, Hangul fillers, tag characters) between any of its characters, raw or written as
 *   `\uXXXX`, `\u{XXXX}` or `\xad` escapes;
 * - the secret inside a JSON string, percent-encoded (component, URI and form styles, `%xx` in
 *   either case), HTML-escaped and with Markdown's backslash escapes;
 * - its UTF-8 bytes in hex (either case), and in base64, standard and URL-safe, with and without
 *   padding, alone or inside a longer base64 string at any of the three byte alignments (the
 *   characters that depend on the bytes around it excepted), and percent-encoded;
 * - a cut piece of any of these forms, at least `MIN_CUT_PIECE` characters long: the start of a
 *   form where the text ends or is cut (`…`, `...`), and the end of a form where the text starts
 *   or resumes after a cut. A cut that came before redaction cannot leave half a key behind.
 *
 * A shorter secret is not redacted at all: it would be found inside CIDs, URLs and words and
 * corrupt them, outputs included. The inputs refuse such a secret before anything is sent
 * (src/inputs.ts).
 */
const REDACTED = '***';
/** Shortest secret, in characters (code points), that is redacted, and that the inputs accept. */
const MIN_SECRET_LENGTH = 8;
/** Shortest piece of a secret's form recognised next to a cut or at an end of the text. */
const MIN_CUT_PIECE = 8;
/** The length of a value as the rules above count it: in code points. */
function secretLength(value) {
    return [...value].length;
}
/** A non-blank value too short to be redacted without corrupting other text. */
function isTooShortToRedact(value) {
    return value.trim() !== '' && secretLength(value) < MIN_SECRET_LENGTH;
}
/**
 * The textual forms a secret takes when a server or a renderer echoes it: as is, in upper and
 * lower case, inside a JSON string, percent-encoded (component, URI and form styles),
 * HTML-escaped, and with Markdown's backslash escapes.
 */
function textForms(secret) {
    const component = encodeURIComponent(secret);
    return [
        secret,
        secret.toUpperCase(),
        secret.toLowerCase(),
        JSON.stringify(secret).slice(1, -1),
        component,
        component.replace(/%20/g, '+'),
        // application/x-www-form-urlencoded as URLSearchParams writes it: `!'()~` encoded too.
        new URLSearchParams({ s: secret }).toString().slice('s='.length),
        encodeURI(secret),
        secret.replace(/[&<>"']/g, c => `&${ENTITIES[c]};`),
        secret.replace(/[!-/:-@[-`{-~]/g, '\\$&')
    ];
}
const ENTITIES = {
    '&': 'amp',
    '<': 'lt',
    '>': 'gt',
    '"': 'quot',
    "'": '#39'
};
/**
 * The forms of the secret's UTF-8 bytes: hex, and base64 in both alphabets, padded and not,
 * alone or at each byte alignment inside a longer base64 string, and percent-encoded.
 */
function byteForms(secret) {
    const bytes = Buffer.from(secret, 'utf8');
    const padded = bytes.toString('base64');
    const standard = [padded, padded.replace(/=+$/, '')];
    for (let offset = 0; offset < 3; offset++) {
        // Behind `offset` other bytes of its group, the secret's bits start `8 * offset` bits in:
        // only the characters wholly made of its bits are the same whatever surrounds it.
        const shifted = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
        const first = Math.ceil((8 * offset) / 6);
        const end = Math.floor((8 * (offset + bytes.length)) / 6);
        standard.push(shifted.slice(first, end));
    }
    const url = standard.map(form => form.replace(/\+/g, '-').replace(/\//g, '_'));
    return [bytes.toString('hex'), ...standard, ...url, ...standard.map(encodeURIComponent)];
}
/**
 * Characters that hide text, which an echo may slip between a secret's characters, raw or as
 * the escapes JSON, `quoteValue` and the sinks write. Tag characters and the variation
 * selectors supplement (U+E0000–U+E01EF) are surrogate pairs, as the pattern has no `u` flag.
 */
const HIDING_CHARACTERS = 
// eslint-disable-next-line no-misleading-character-class -- each mark is matched alone, on purpose
/[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udc7f\udd00-\uddef]/;
const HIDING_ESCAPES = /\\u(?:00ad|034f|061c|115f|1160|17b[45]|180[b-f]|200[b-f]|202[a-e]|206[0-46-f]|3164|fe0[0-9a-f]|feff|ffa0)|\\u\{0*(?:ad|34f|61c|115f|1160|17b[45]|180[b-f]|200[b-f]|202[a-e]|206[0-46-f]|3164|fe0[0-9a-f]|feff|ffa0|e00[0-7][0-9a-f]|e01[0-9a-e][0-9a-f])\}|\\xad|\\udb40\\ud[cd][0-9a-f]{2}/;
const GAP = `(?:${HIDING_CHARACTERS.source}|${HIDING_ESCAPES.source})*`;
/** A regular expression source matching `text` literally. */
function literal(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
/** The secret with any run of hiding characters allowed between two of its characters. */
function interleaved(secret) {
    return [...secret].map(literal).join(GAP);
}
/** Where a piece of a secret may end (a cut, or the end of the text) or start again. */
const CUT_MARK = /…|\.\.\./g;
/** Holds the secrets of a run and removes them from text. */
class Redactor {
    #secrets = new Set();
    #pattern;
    /** Every form of every secret, ASCII letters in lower case, long enough to be cut. */
    #pieces = [];
    #longestPiece = 0;
    /** Every run of `MIN_CUT_PIECE` characters of a piece: any piece next to a cut ends in one. */
    #grams = new Set();
    /**
     * Adds a secret; says whether it was taken. Blank values are ignored, as the runner ignores
     * them, and so are values shorter than `MIN_SECRET_LENGTH`, which would corrupt other text.
     */
    add(secret) {
        if (secret.trim() === '' || isTooShortToRedact(secret))
            return false;
        if (this.#secrets.has(secret))
            return true;
        this.#secrets.add(secret);
        this.#compile();
        return true;
    }
    #compile() {
        const secrets = [...this.#secrets];
        const allForms = secrets.flatMap(secret => [...textForms(secret), ...byteForms(secret)]);
        // Keyed by lower case: the pattern ignores case, so forms differing only in case are one.
        // Each secret as is comes first, with hiding characters allowed inside it.
        const forms = new Map();
        for (const secret of secrets) {
            forms.set(secret.toLowerCase(), { length: secret.length, source: interleaved(secret) });
        }
        for (const form of allForms) {
            const key = form.toLowerCase();
            if (form !== '' && !forms.has(key))
                forms.set(key, { length: form.length, source: literal(form) });
        }
        // Longest first, so a secret that contains another is replaced whole.
        const sorted = [...forms.values()].sort((a, b) => b.length - a.length);
        this.#pattern = new RegExp(sorted.map(form => form.source).join('|'), 'gi');
        this.#pieces = [...new Set(allForms.map(asciiLower))].filter(p => p.length >= MIN_CUT_PIECE);
        this.#longestPiece = Math.max(0, ...this.#pieces.map(piece => piece.length));
        this.#grams = new Set(this.#pieces.flatMap(piece => Array.from({ length: piece.length - MIN_CUT_PIECE + 1 }, (_, i) => piece.slice(i, i + MIN_CUT_PIECE))));
    }
    /** `text` with every secret, in every form above, replaced by `***`. */
    redact(text) {
        if (this.#pattern === undefined)
            return text;
        return this.#redactCuts(text.replace(this.#pattern, REDACTED));
    }
    /**
     * Pieces of a secret's forms where the text was cut: a form's start, at least
     * `MIN_CUT_PIECE` characters, just before the end of the text or a cut mark; and a form's end
     * just after the start of the text or a cut mark.
     */
    #redactCuts(text) {
        if (text.length < MIN_CUT_PIECE)
            return text;
        const ends = [text.length];
        const starts = [0];
        for (const mark of text.matchAll(CUT_MARK)) {
            // A clipped note reads ` (… 12 more characters)`: the piece ends before ` (`.
            ends.push(text.slice(0, mark.index).endsWith(' (') ? mark.index - 2 : mark.index);
            starts.push(mark.index + mark[0].length);
        }
        const ranges = [];
        for (const end of ends) {
            const before = asciiLower(text.slice(Math.max(0, end - this.#longestPiece), end));
            if (!this.#grams.has(before.slice(-MIN_CUT_PIECE)))
                continue;
            for (const piece of this.#pieces) {
                const length = pieceStartAtEnd(before, piece);
                if (length > 0)
                    ranges.push([end - length, end]);
            }
        }
        for (const start of starts) {
            const after = asciiLower(text.slice(start, start + this.#longestPiece));
            if (!this.#grams.has(after.slice(0, MIN_CUT_PIECE)))
                continue;
            for (const piece of this.#pieces) {
                const length = pieceEndAtStart(after, piece);
                if (length > 0)
                    ranges.push([start, start + length]);
            }
        }
        if (ranges.length === 0)
            return text;
        ranges.sort((a, b) => a[0] - b[0]);
        const merged = [];
        for (const [from, to] of ranges) {
            const last = merged[merged.length - 1];
            if (last && from <= last[1])
                last[1] = Math.max(last[1], to);
            else
                merged.push([from, to]);
        }
        let out = '';
        let at = 0;
        for (const [from, to] of merged) {
            out += text.slice(at, from) + REDACTED;
            at = to;
        }
        return out + text.slice(at);
    }
    /** A copy of `value` with every string in it redacted, at any depth. */
    redactDeep(value) {
        if (this.#pattern === undefined)
            return value;
        return this.#walk(value);
    }
    #walk(value) {
        if (typeof value === 'string')
            return this.redact(value);
        if (Array.isArray(value))
            return value.map(item => this.#walk(item));
        if (value === null || typeof value !== 'object')
            return value;
        if (Object.getPrototypeOf(value) !== Object.prototype)
            return value;
        return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, this.#walk(v)]));
    }
    /** Forgets every secret (for tests). */
    clear() {
        this.#secrets.clear();
        this.#pattern = undefined;
        this.#pieces = [];
        this.#longestPiece = 0;
        this.#grams.clear();
    }
}
/** Lower case for ASCII letters only, so that every index stays where it was. */
function asciiLower(text) {
    return text.replace(/[A-Z]+/g, letters => letters.toLowerCase());
}
/**
 * The length of the longest start of `piece`, at least `MIN_CUT_PIECE` long, that `text` ends
 * with; 0 when there is none. Both in lower case.
 */
function pieceStartAtEnd(text, piece) {
    const head = piece.slice(0, MIN_CUT_PIECE);
    let at = text.indexOf(head, Math.max(0, text.length - piece.length));
    while (at !== -1) {
        if (piece.startsWith(text.slice(at)))
            return text.length - at;
        at = text.indexOf(head, at + 1);
    }
    return 0;
}
/**
 * The length of the longest end of `piece`, at least `MIN_CUT_PIECE` long, that `text` starts
 * with; 0 when there is none. Both in lower case.
 */
function pieceEndAtStart(text, piece) {
    if (text.length < MIN_CUT_PIECE)
        return 0;
    const head = text.slice(0, MIN_CUT_PIECE);
    for (let at = piece.indexOf(head); at !== -1; at = piece.indexOf(head, at + 1)) {
        if (text.startsWith(piece.slice(at)))
            return piece.length - at;
    }
    return 0;
}
/**
 * The run's secrets. The sink (src/action-log.ts) adds to it when it masks a value; the sink, the
 * GitHub API wrapper and the transport's errors (transport/errors.ts, before they cut a server's
 * words) redact with it.
 */
const secrets = new Redactor();


/***/ }),

/***/ 7216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ isLoopbackHost),
/* harmony export */   k: () => (/* binding */ hideUserinfo)
/* harmony export */ });
/** Small URL facts shared by the inputs and the transport. */
/** Hosts where plain http cannot expose anything to anyone but this machine. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/**
 * `text` with the user name and password of each URL-like string in it replaced by `***`, so
 * that an error about a malformed URL can show it without its secret. Works on text no URL
 * parser accepts (`https://user:secret@host:bad/`), also when something precedes the URL (a
 * quote left over from YAML: `'https://user:secret@host'`).
 */
function hideUserinfo(text) {
    return text.replace(/([A-Za-z][A-Za-z0-9+.-]*:\/*)[^\s/?#]*@/g, '$1***@');
}


/***/ }),

/***/ 9854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ SERVER_TEXT_MAX),
/* harmony export */   MU: () => (/* binding */ BodySourceError),
/* harmony export */   TK: () => (/* reexport safe */ _shared_deadline_js__WEBPACK_IMPORTED_MODULE_2__.T),
/* harmony export */   XM: () => (/* binding */ RateLimitWaitError),
/* harmony export */   bd: () => (/* binding */ ProtocolError),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   uj: () => (/* binding */ FileNameError),
/* harmony export */   wX: () => (/* binding */ TransportError),
/* harmony export */   wm: () => (/* binding */ RateLimitTotalError)
/* harmony export */ });
/* harmony import */ var _shared_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6717);
/* harmony import */ var _shared_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8932);
/* harmony import */ var _shared_deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8013);
/** Errors the Pinarkive transport raises. They carry facts; `explain.ts` turns them into advice. */



/**
 * How much of a server's own words an error keeps. Enough for any real message; a 2 MB one
 * must not become a 2 MB log line, summary or comment.
 */
const SERVER_TEXT_MAX = 500;
/** The same for the short fields of an error body (`code`, `required`). */
const SERVER_CODE_MAX = 64;
/**
 * A server's words, redacted and then cut: the run's secrets (registered with
 * `shared/redact.ts` when the inputs are read, before any request) go first, so that a cut
 * can never leave part of a secret that no later redaction would recognise.
 */
function bounded(text, max) {
    return text === undefined ? undefined : (0,_shared_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .E)(_shared_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .secrets */ .O3.redact(text), max);
}
/** The API answered with a non-success status. */
class ApiError extends Error {
    status;
    attempts;
    name = 'ApiError';
    /** The body's `message ?? error`, when there is one, redacted, then cut to `SERVER_TEXT_MAX`. */
    serverMessage;
    /** The body's `code`, such as `missing_scope` or `FILE_TOO_LARGE`. */
    code;
    /** The scope a 403 `missing_scope` asks for. */
    required;
    constructor(status, serverMessage, code, required, 
    /** Attempts made, including the first. */
    attempts) {
        const message = bounded(serverMessage, SERVER_TEXT_MAX);
        const shortCode = bounded(code, SERVER_CODE_MAX);
        super(`HTTP ${status}${shortCode ? ` ${shortCode}` : ''}${message ? `: ${message}` : ''}`);
        this.status = status;
        this.attempts = attempts;
        this.serverMessage = message;
        this.code = shortCode;
        this.required = bounded(required, SERVER_CODE_MAX);
    }
}
/**
 * The request did not get a usable answer: a network error, no progress within `timeout`
 * (`timeout`), an answer that did not finish within `timeout` of its headers (`slow-answer`),
 * or one larger than the client reads (`too-large`).
 */
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
/**
 * A 429 whose wait would take the time the server has held the run back past its bound
 * (`maxServerWaitTotalMs`): the run stops instead of waiting on.
 */
class RateLimitTotalError extends RateLimitWaitError {
    heldMs;
    maxHeldMs;
    name = 'RateLimitTotalError';
    constructor(waitMs, retryAt, 
    /** How long the server had held the run back already. */
    heldMs, maxHeldMs) {
        super(waitMs, retryAt);
        this.heldMs = heldMs;
        this.maxHeldMs = maxHeldMs;
        this.message = `rate limited for ${Math.ceil(heldMs / 1000)} s in all, and asked for ${Math.ceil(waitMs / 1000)} s more`;
    }
}
/** A success status with a body we cannot use (no CID in it, or something else than a CID). */
class ProtocolError extends Error {
    name = 'ProtocolError';
}
/** An upload's bytes could not be produced (a file vanished or changed); retrying will not help. */
class BodySourceError extends Error {
    name = 'BodySourceError';
}
/** File names a multipart upload cannot carry exactly; nothing was sent. */
class FileNameError extends Error {
    name = 'FileNameError';
}


/***/ }),

/***/ 8010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ mayHaveBeenStored),
/* harmony export */   dt: () => (/* binding */ SentBody),
/* harmony export */   qZ: () => (/* binding */ askBeforeResend),
/* harmony export */   re: () => (/* binding */ ResendStopped)
/* harmony export */ });
/* unused harmony export resendCause */
/* harmony import */ var node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3053);
/* harmony import */ var node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Sending again a request the server may already have carried out. An upload or pin whose
 * body went out in full before the connection dropped, the answer timed out or a 5xx came back
 * may be stored although no answer said so; sent again, a server that keeps one record per
 * upload stores it twice. The transport tells which failed attempts these were and asks its
 * caller (`beforeResend`) before sending such a body again; what the server holds is the
 * caller's question (publish/ asks with `reuse`'s lookup).
 */

/** The caller's `beforeResend` answered `stop`: the request was not sent again. */
class ResendStopped extends Error {
    label;
    failure;
    name = 'ResendStopped';
    constructor(label, 
    /** Why the last attempt failed. */
    failure) {
        super(`${label}: not sent again (${failure.message})`);
        this.label = label;
        this.failure = failure;
    }
}
/**
 * Whether a failed attempt may have been carried out by the server: its body was handed to the
 * socket in full (`bodySent`), and then
 * - the connection dropped or was reset, or the answer could not be read: the server may have
 *   stored it and been about to answer;
 * - no answer came within `timeout`: the server may still be working on it;
 * - a 5xx came: a 500 may follow an import that succeeded, a 502 or 504 is a proxy's word for a
 *   backend that may have finished, a 503 may come after the import and before the pin.
 * Never a 408 or 429 (the server says it did not take the request), another 4xx (not retried
 * anyway), or a failure before the whole body was sent: the server never had all of it.
 */
function mayHaveBeenStored(failure, bodySent) {
    if (!bodySent)
        return false;
    if (failure.kind === 'http')
        return failure.status >= 500 && failure.status <= 599;
    return failure.kind === 'network' || failure.kind === 'timeout';
}
/** The cause to report, from the attempt's failure and the error it raised. */
function resendCause(failure, error) {
    if (failure.kind === 'http')
        return 'server-error';
    const kind = error.kind;
    // The answer had started (`slow-answer`) or was too big to read: it was not read in full.
    if (kind === 'slow-answer' || kind === 'too-large')
        return 'unreadable';
    return failure.kind === 'timeout' ? 'timeout' : 'dropped';
}
/**
 * Asks `beforeResend` whether to send again the body of the attempt that failed with `failure`
 * and `error`; throws `ResendStopped` when it says no.
 */
async function askBeforeResend(beforeResend, { failure, error }, event) {
    const verdict = await beforeResend({ ...event, cause: resendCause(failure, error) });
    if (verdict === 'stop')
        throw new ResendStopped(event.label, error);
}
/**
 * undici publishes `undici:request:bodySent` (a documented diagnostics channel) once a
 * request's body has been written to the socket in full; its `request.body` is the very Buffer
 * or stream the request was given. Attempts register their body here for as long as they run.
 */
const BODY_SENT = 'undici:request:bodySent';
const watched = new Map();
let subscribed = false;
function onBodySent(message) {
    const body = message?.request?.body;
    if (typeof body === 'object' && body !== null)
        watched.get(body)?.();
}
/**
 * Whether one attempt's body was written in full. A body the socket took may still sit in the
 * OS's buffers when the connection drops, so "sent" can be early, never late: it only costs the
 * caller a question. Dispatchers that are not undici's own clients (a MockAgent) never say.
 */
class SentBody {
    sent = false;
    /** Watches `body` (a Buffer or stream given to undici as is) until the returned call. */
    watch(body) {
        if (typeof body !== 'object' || body === null)
            return () => { };
        if (!subscribed) {
            (0,node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__.subscribe)(BODY_SENT, onBodySent);
            subscribed = true;
        }
        watched.set(body, () => {
            this.sent = true;
        });
        return () => {
            watched.delete(body);
        };
    }
}


/***/ })

};
