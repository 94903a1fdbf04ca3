export const id = 114;
export const ids = [114];
export const modules = {

/***/ 5114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectPinarkive: () => (/* binding */ connectPinarkive),
  openTarget: () => (/* binding */ openTarget)
});

// EXTERNAL MODULE: ./src/action-log.ts
var action_log = __webpack_require__(4286);
// EXTERNAL MODULE: ./src/content/file-identity.ts
var file_identity = __webpack_require__(3602);
// EXTERNAL MODULE: ./src/content/plan-cids.ts
var plan_cids = __webpack_require__(5354);
// EXTERNAL MODULE: ./src/content/profile-choice.ts
var profile_choice = __webpack_require__(1262);
// EXTERNAL MODULE: ./src/shared/json.ts
var json = __webpack_require__(8451);
// EXTERNAL MODULE: ./src/shared/cid.ts
var shared_cid = __webpack_require__(9989);
// EXTERNAL MODULE: ./src/shared/quote.ts
var quote = __webpack_require__(6717);
// EXTERNAL MODULE: ./src/transport/errors.ts
var errors = __webpack_require__(9854);
// EXTERNAL MODULE: ./src/transport/transport.ts + 1 modules
var transport = __webpack_require__(8721);
// EXTERNAL MODULE: ./src/pinarkive/answers.ts
var answers = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/pinarkive/multipart.ts
var multipart = __webpack_require__(7137);
;// CONCATENATED MODULE: ./src/pinarkive/pin-status.ts
/**
 * Reads the answer of `GET /status/:cid`, whose body Pinarkive does not document (API §12):
 * the IPFS Cluster shape `{cid, name, peer_map: {<peer>: {status, error?}}}`, or the normalised
 * one `{success, cid, status, peers, …}`. What cannot be read is said, never guessed.
 */



/**
 * IPFS Cluster's tracker statuses, and the plainer words a normalised body may use. `remote`
 * (a peer not allocated to the pin) and `sharded` say nothing about whether the content is held.
 */
const STATES = {
    pinned: 'pinned',
    pinning: 'pinning',
    pin_queued: 'queued',
    queued: 'queued',
    unpinned: 'unpinned',
    unpinning: 'unpinned',
    unpin_queued: 'unpinned',
    unexpectedly_unpinned: 'failed',
    pin_error: 'failed',
    unpin_error: 'failed',
    cluster_error: 'failed',
    error: 'failed',
    failed: 'failed',
    remote: 'silent',
    sharded: 'silent'
};
/** Which state wins when peers disagree (pinned is handled first: see `fromPeerMap`). */
const PRECEDENCE = [
    'pinned',
    'pinning',
    'queued',
    'failed',
    'unpinned'
];
function unknown(detail) {
    return { state: 'unknown', detail };
}
/** Older cluster versions write a CID as `{"/": "bafy…"}`. */
function cidOf(value) {
    if (typeof value === 'string')
        return value;
    const link = (0,json/* asObject */.eB)(value)?.['/'];
    return typeof link === 'string' ? link : undefined;
}
/**
 * The pin status of `cid` in a status answer's body (as the transport parsed it: JSON, text, or
 * undefined when empty).
 */
function readPinStatus(body, cid) {
    if (body === undefined)
        return unknown('the answer was empty');
    const data = (0,json/* asObject */.eB)(body);
    if (data === undefined) {
        const shown = typeof body === 'string' ? (0,quote/* quoteValue */.c)(body) : `a JSON ${typeof body}`;
        return unknown(`the answer is not a JSON object: ${shown}`);
    }
    const answered = cidOf(data.cid);
    if (answered !== undefined && !(0,shared_cid/* sameContent */.Cm)(answered, cid)) {
        return unknown(`the answer is about another CID: ${(0,quote/* quoteValue */.c)(answered)}`);
    }
    if (data.success === false) {
        const said = [data.message, data.error].find(text => typeof text === 'string');
        return unknown(`the answer says success: false${said ? `: ${(0,quote/* quoteValue */.c)(said)}` : ''}`);
    }
    const peers = (0,json/* asObject */.eB)(data.peer_map);
    if (peers !== undefined && Object.keys(peers).length > 0)
        return fromPeerMap(peers);
    if (typeof data.status === 'string')
        return fromStatus(data.status);
    return unknown('the answer has neither a peer_map nor a status');
}
function fromStatus(status) {
    const state = Object.hasOwn(STATES, status) ? STATES[status] : undefined;
    if (state === undefined || state === 'silent') {
        return unknown(`status ${(0,quote/* quoteValue */.c)(status)} is not one we know`);
    }
    return { state, detail: `status ${status}` };
}
/**
 * The content counts as pinned as soon as one peer reports `pinned`: that peer holds every block
 * and serves them to the network, so gateways can fetch the content. Replicating it to the
 * other allocated peers is the cluster's own business; waiting for all of them would wait on
 * the slowest peer, or forever on one that is down (`cluster_error`), for no gain to a reader.
 */
function fromPeerMap(peers) {
    const counts = new Map();
    let error;
    for (const info of Object.values(peers)) {
        const peer = (0,json/* asObject */.eB)(info);
        const status = typeof peer?.status === 'string' ? peer.status : 'unreadable';
        counts.set(status, (counts.get(status) ?? 0) + 1);
        if (error === undefined && typeof peer?.error === 'string' && peer.error !== '') {
            error = peer.error;
        }
    }
    const seen = new Set([...counts.keys()].map(status => (Object.hasOwn(STATES, status) ? STATES[status] : undefined)));
    const summary = [...counts]
        .map(([status, count]) => `${count} ${Object.hasOwn(STATES, status) ? status : (0,quote/* quoteValue */.c)(status, 40)}`)
        .join(', ');
    const detail = `peers: ${summary}${error === undefined ? '' : `; error: ${(0,quote/* quoteValue */.c)(error)}`}`;
    const state = PRECEDENCE.find(candidate => seen.has(candidate));
    return state === undefined ? unknown(`no peer status we know (${detail})`) : { state, detail };
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/transport/attempt-limits.ts
var attempt_limits = __webpack_require__(6109);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/transport/progress.ts
/**
 * A request body of known size: a small one read into one buffer, a big one streamed, its
 * progress reported and fed to the inactivity watchdog.
 */

/**
 * Bodies up to this size are read into one buffer and sent whole: for the many small files of a
 * site, a stream's machinery costs more than the bytes. Larger ones stream, with progress.
 */
const SMALL_BODY = 1024 * 1024;
/** `sized` as it goes on the wire: in one buffer when small, else streamed with progress. */
async function sizedRequestBody(sized, label, touch, progress) {
    if (sized.length <= SMALL_BODY) {
        return { body: await sized.read(), headers: { 'content-type': sized.contentType } };
    }
    return {
        // objectMode off and a small buffer: progress then tracks what the socket takes.
        body: external_node_stream_.Readable.from(tracked(sized, label, touch, progress), {
            objectMode: false,
            highWaterMark: 64 * 1024
        }),
        headers: {
            'content-type': sized.contentType,
            'content-length': String(sized.length)
        }
    };
}
/** The body's stream, reporting progress and feeding the inactivity watchdog. */
async function* tracked(sized, label, touch, progress) {
    let sent = 0;
    for await (const chunk of sized.stream()) {
        sent += chunk.length;
        touch();
        progress?.({ label, sent, total: sized.length });
        yield chunk;
    }
}

// EXTERNAL MODULE: ./src/transport/resend.ts
var resend = __webpack_require__(8010);
// EXTERNAL MODULE: ./src/transport/retry.ts
var retry = __webpack_require__(2211);
;// CONCATENATED MODULE: ./src/pinarkive/request.ts
/**
 * One Pinarkive request on the transport: the path under `apiUrl`, the key and headers, a JSON
 * or multipart body, the rate-limit headers fed to the limiter, and an error answer read as
 * Pinarkive writes it.
 */










/** Caps how much of a response we read; a 20,000-file directory listing fits comfortably. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** Sends requests to the API; the key goes to `apiUrl` and nowhere else. */
class ApiRequests {
    transport;
    options;
    constructor(transport, options) {
        this.transport = transport;
        this.options = options;
    }
    /** One logical request: attempts, waits and retries until success or a final error. */
    async send(spec) {
        return this.transport.retrying(spec.label, attempts => this.tryOnce(spec, attempts), {
            ownServer: true,
            beforeResend: spec.beforeResend
        });
    }
    /**
     * One attempt, as a success or as a failure to decide on. Errors no retry can mend (a body
     * source that failed, an unusable answer, the run's deadline) are thrown.
     */
    async tryOnce(spec, attempts) {
        const sent = new resend/* SentBody */.dt();
        try {
            const answer = await this.transport.guarded(exchange => this.exchange(spec, sent, exchange));
            if (answer.status >= 200 && answer.status < 300) {
                this.transport.limiter.succeeded();
                return { ok: true, body: answer.body };
            }
            return { ...this.httpFailure(answer, attempts), bodySent: sent.sent };
        }
        catch (error) {
            return { ...this.transport.failedOutcome(error, attempts), bodySent: sent.sent };
        }
    }
    /** A non-success status: what the server said, and how long a 429 asks to wait. */
    httpFailure(answer, attempts) {
        const body = (0,answers/* readErrorBody */.Nk)(answer.body);
        const retryAfterMs = answer.status === 429
            ? (0,retry/* parseRetryAfter */.mu)((0,transport/* header */.w)(answer.headers, 'retry-after'), body.retryAfter, this.transport.clock.now())
            : undefined;
        const location = (0,transport/* header */.w)(answer.headers, 'location');
        // ApiError cuts what the server wrote to a few hundred characters.
        const error = new errors/* ApiError */.hD(answer.status, answer.status >= 300 && answer.status < 400 && location
            ? `redirected to ${(0,quote/* quoteValue */.c)(location, 200)}; set api-url to the final address`
            : body.message, body.code, body.required, attempts);
        return { ok: false, failure: { kind: 'http', status: answer.status, retryAfterMs }, error };
    }
    /** One HTTP exchange with the API, inside the transport's guard. */
    async exchange(spec, sent, exchange) {
        exchange.touch();
        const prepared = await this.requestBody(spec, exchange);
        const body = prepared.body;
        const unwatch = sent.watch(body);
        exchange.onEnd(() => {
            unwatch();
            if (body instanceof external_node_stream_.Readable)
                body.destroy();
        });
        const response = await (0,undici.request)(`${this.options.apiUrl}${spec.path}`, {
            method: spec.method,
            headers: { ...this.headers(), ...prepared.headers },
            body,
            signal: exchange.signal,
            dispatcher: exchange.dispatcher
        });
        exchange.answered();
        this.transport.limiter.observe({
            limit: (0,transport/* header */.w)(response.headers, 'x-ratelimit-limit'),
            remaining: (0,transport/* header */.w)(response.headers, 'x-ratelimit-remaining'),
            reset: (0,transport/* header */.w)(response.headers, 'x-ratelimit-reset')
        });
        const parsed = await (0,attempt_limits/* readBody */.x8)(response.body, this.options.maxResponseBytes ?? MAX_RESPONSE_BYTES);
        return { status: response.statusCode, headers: response.headers, body: parsed };
    }
    /**
     * Every request's headers. The key is sent both ways the API documents: as a bearer token,
     * and as `X-API-Key`, the only one the official Python SDK 3.1.x sends, so a server that
     * reads either finds it.
     */
    headers() {
        return {
            authorization: `Bearer ${this.options.apiKey}`,
            'x-api-key': this.options.apiKey,
            'user-agent': this.options.userAgent,
            accept: 'application/json'
        };
    }
    /** JSON, a small multipart body in one buffer, or a big one streamed with progress. */
    async requestBody(spec, exchange) {
        if (spec.json !== undefined) {
            // A Buffer, not a string: undici keeps it as it is, so `SentBody` can tell it was sent.
            const json = Buffer.from(JSON.stringify(spec.json));
            return { body: json, headers: { 'content-type': 'application/json' } };
        }
        if (!spec.multipart)
            return { body: undefined, headers: {} };
        return sizedRequestBody(spec.multipart, spec.label, () => exchange.touch(), this.options.progress);
    }
}

;// CONCATENATED MODULE: ./src/pinarkive/uploads.ts
/**
 * Which upload records of this account hold a CID, from `GET /users/me/uploads?cid=` (API §9).
 * The server's filter is never trusted: only records naming the same content count. The walk is
 * bounded, and says when it could not see everything, so a caller can answer "could not find out".
 */





const MAX_NAME_LENGTH = 1024;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
function count(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}
/** An ISO 8601 date-time, normalised to UTC; undefined when it is not one (`02-30` is not). */
function isoDate(value) {
    const parts = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
    if (parts === null)
        return undefined;
    const [year, month, day] = [parts[1], parts[2], parts[3]].map(Number);
    // Date rolls 30 February over into March; a date that does not exist is not one.
    if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) {
        return undefined;
    }
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
/**
 * One listed item: a record of `cid`'s content, `'other'` (other content, or no CID at all:
 * it cannot be this content), or `'unreadable'` (this content, with a field we cannot trust).
 */
function readRecord(item, cid) {
    const data = (0,json/* asObject */.eB)(item);
    if (data === undefined || typeof data.cid !== 'string' || !(0,shared_cid/* sameContent */.Cm)(data.cid, cid)) {
        return 'other';
    }
    const cluster = data.clusterId ?? undefined;
    const expires = data.expiresAt ?? null;
    const expiresAt = expires === null ? null : isoDate(expires);
    if (cluster !== undefined && (typeof cluster !== 'string' || !(0,answers/* isPlainId */.SR)(cluster))) {
        return 'unreadable';
    }
    if (expiresAt === undefined)
        return 'unreadable';
    const found = {
        cid: (0,shared_cid/* parseCid */.mQ)(data.cid).toString(),
        clusterId: cluster,
        expiresAt
    };
    if (typeof data.name === 'string' && data.name.length <= MAX_NAME_LENGTH)
        found.name = data.name;
    const createdAt = isoDate(data.createdAt ?? data.uploadedAt);
    if (createdAt !== undefined)
        found.createdAt = createdAt;
    return found;
}
function uploadId(item) {
    const data = (0,json/* asObject */.eB)(item);
    const id = data?.uploadId ?? data?.id ?? data?._id;
    return typeof id === 'string' && id !== '' ? id : undefined;
}
/**
 * Reads one page: `{uploads, total}` as documented, `{uploads, pagination: {total, limit}}` as
 * the SDK types it, or a bare array. Throws a ProtocolError when there is no list to read.
 */
function readUploadsPage(body, cid) {
    const data = (0,json/* asObject */.eB)(body);
    const items = Array.isArray(body) ? body : data?.uploads;
    if (!Array.isArray(items)) {
        const shown = typeof body === 'string' ? (0,quote/* quoteValue */.c)(body) : `a JSON ${typeof body}`;
        throw new errors/* ProtocolError */.bd(`Pinarkive's list of uploads has no "uploads" array: ${shown}`);
    }
    const pagination = (0,json/* asObject */.eB)(data?.pagination);
    const page = {
        records: [],
        count: items.length,
        total: count(data?.total) ?? count(pagination?.total),
        limit: count(pagination?.limit),
        unreadable: 0,
        ids: []
    };
    for (const item of items) {
        const read = readRecord(item, cid);
        if (read === 'unreadable')
            page.unreadable++;
        if (typeof read !== 'object')
            continue;
        page.records.push(read);
        page.ids.push(uploadId(item));
    }
    return page;
}
/**
 * After a page: `done` (everything seen), `partial` (the server stopped short of the total it
 * announced), or `more`. An empty page always ends the walk: a server that ignores `page` is
 * never walked further than `maxPages`. A short page ends it too, unless the total says more
 * records exist and the page also lists other content: then the server may have cut `limit`
 * below what was asked, and the next page is read. (A filter evidently honoured lists few
 * records; its short page is the end, whatever a total counting every upload says.)
 */
function afterPage(page, seen, pageSize) {
    if (page.total !== undefined && seen >= page.total)
        return 'done';
    if (page.count === 0)
        return page.total === undefined ? 'done' : 'partial';
    const short = page.count < Math.min(pageSize, page.limit || pageSize);
    const onlyThisContent = page.records.length + page.unreadable === page.count;
    if (short && (page.total === undefined || onlyThisContent))
        return 'done';
    return 'more';
}
/**
 * Walks at most `maxPages` pages of `pageSize` through `fetchPage` (which sends the request)
 * and keeps the records of `cid`'s content.
 */
async function collectUploads(cid, options, fetchPage) {
    const maxPages = options.maxPages ?? 2;
    const pageSize = options.pageSize ?? 100;
    for (const [name, value] of [
        ['maxPages', maxPages],
        ['pageSize', pageSize]
    ]) {
        if (!Number.isInteger(value) || value < 1 || value > 1000) {
            throw new RangeError(`uploadsOf: ${name} must be an integer from 1 to 1000, got ${value}`);
        }
    }
    const records = [];
    const ids = new Set();
    let seen = 0;
    let unreadable = 0;
    for (let number = 1; number <= maxPages; number++) {
        const page = readUploadsPage(await fetchPage(number, pageSize), cid);
        seen += page.count;
        unreadable += page.unreadable;
        page.records.forEach((found, i) => {
            const id = page.ids[i];
            if (id !== undefined && ids.has(id))
                return;
            if (id !== undefined)
                ids.add(id);
            records.push(found);
        });
        const next = afterPage(page, seen, pageSize);
        if (next !== 'more')
            return { records, complete: next === 'done' && unreadable === 0 };
    }
    return { records, complete: false };
}

;// CONCATENATED MODULE: ./src/pinarkive/client.ts
/**
 * The Pinarkive API v3 endpoints, on the transport (transport/: retries, the shared rate
 * limiter, limits on every attempt) and request.ts (the key, headers and bodies). Answers are
 * checked before use. Knows nothing of @actions/core: it reports through events.
 */










function timelockFields(options) {
    const fields = {};
    if (options.cluster)
        fields.cl = options.cluster;
    if (options.timelock)
        fields.timelock = options.timelock.toISOString();
    return fields;
}
class PinarkiveClient {
    options;
    /** The HTTP underneath, shared with what else the run sends (the gateway probe). */
    transport;
    api;
    /** One boundary per client: unique enough, and not drawn for every request. */
    boundary = (0,multipart/* newBoundary */.F$)();
    warn = (message) => this.options.events?.warning?.(message);
    constructor(options) {
        this.options = options;
        this.transport = new transport/* Transport */.o(options);
        this.api = new ApiRequests(this.transport, {
            ...options,
            progress: event => options.events?.progress?.(event)
        });
    }
    /** Allowed clusters and their gateways (`GET /users/me/clusters`, scope `cluster:read`). */
    async listClusters() {
        const body = await this.api.send({
            method: 'GET',
            path: '/users/me/clusters',
            label: 'cluster list'
        });
        return (0,answers/* readClusters */.c6)(body, this.options.apiUrl, this.warn);
    }
    /** `POST /files`: one file, under `filename`. */
    async uploadFile(file, options, label) {
        const parts = [
            ...Object.entries(timelockFields(options)).map(([name, value]) => ({ name, value })),
            { name: 'file', filename: file.filename, source: file.source }
        ];
        const body = await this.api.send({
            method: 'POST',
            path: '/files',
            label,
            multipart: (0,multipart/* multipartBody */.RP)(parts, this.boundary),
            beforeResend: options.beforeResend
        });
        return (0,answers/* readUploaded */.N)(body, `upload of ${label}`, this.warn);
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
        const body = await this.api.send({
            method: 'POST',
            path: '/files/directory-dag',
            label,
            multipart: (0,multipart/* multipartBody */.RP)(parts, this.boundary),
            beforeResend: options.beforeResend
        });
        return (0,answers/* readDirectory */.gZ)(body, `upload of ${label}`, this.warn);
    }
    /** `POST /files/pin/:cid`: pin content already on the network. */
    async pin(cid, options) {
        const json = timelockFields(options);
        if (options.name)
            json.customName = options.name;
        const body = await this.api.send({
            method: 'POST',
            path: `/files/pin/${encodeURIComponent(cid)}`,
            label: `pin ${cid}`,
            json,
            beforeResend: options.beforeResend
        });
        return (0,answers/* readPinned */.r6)(body, cid, this.warn);
    }
    /**
     * `GET /status/:cid?cl=` (scope `cluster:read`): whether the cluster holds the pin. A 404 means
     * the CID is not in the pinset (yet): `unpinned`, not an error. An answer that cannot be read
     * is `unknown`, with the reason in `detail`.
     */
    async pinStatus(cid, cluster) {
        requireCid(cid);
        if (cluster !== undefined && cluster !== '' && !(0,answers/* isPlainId */.SR)(cluster)) {
            throw new TypeError(`pinStatus: ${(0,quote/* quoteValue */.c)(cluster)} is not a cluster id`);
        }
        const query = cluster ? `?${new URLSearchParams({ cl: cluster }).toString()}` : '';
        const body = await unlessNotFound(this.api.send({
            method: 'GET',
            path: `/status/${encodeURIComponent(cid)}${query}`,
            label: `status of ${cid}`
        }));
        if (body === NOT_FOUND)
            return { state: 'unpinned', detail: 'not in the pinset: HTTP 404' };
        return readPinStatus(body, cid);
    }
    /**
     * `DELETE /files/remove/:cid` (scope `files:delete`): the server unpins it from the cluster its
     * upload record names. `absent` when the account holds no such pin (404).
     */
    async unpin(cid) {
        requireCid(cid);
        const body = await unlessNotFound(this.api.send({
            method: 'DELETE',
            path: `/files/remove/${encodeURIComponent(cid)}`,
            label: `unpin ${cid}`
        }));
        return body === NOT_FOUND || (0,json/* fieldsOf */.Pf)(body).removed === false ? 'absent' : 'removed';
    }
    /**
     * The account's upload records of `cid`'s content (`GET /users/me/uploads?cid=`, scope
     * `files:read`), in any CID version or base, whatever the server's filter did. Reads at most
     * `maxPages` pages; `complete` is false when a record may have been missed.
     */
    async uploadsOf(cid, options = {}) {
        requireCid(cid);
        return collectUploads(cid, options, (page, limit) => {
            const query = new URLSearchParams({ cid, page: String(page), limit: String(limit) });
            return this.api.send({
                method: 'GET',
                path: `/users/me/uploads?${query.toString()}`,
                label: `uploads of ${cid}`
            });
        });
    }
    /** Releases pooled connections so the process can exit. */
    async close() {
        await this.transport.close();
    }
}
/** Refuses anything but a CID before it becomes part of a request path. */
function requireCid(cid) {
    try {
        (0,shared_cid/* parseCid */.mQ)(cid);
    }
    catch {
        throw new TypeError(`${(0,quote/* quoteValue */.c)(cid)} is not a CID`);
    }
}
const NOT_FOUND = Symbol('not found');
/** The request's body, or NOT_FOUND when the server answered 404. */
async function unlessNotFound(sending) {
    try {
        return await sending;
    }
    catch (error) {
        if (error instanceof errors/* ApiError */.hD && error.status === 404)
            return NOT_FOUND;
        throw error;
    }
}

// EXTERNAL MODULE: ./src/pinarkive/explain.ts
var explain = __webpack_require__(9034);
// EXTERNAL MODULE: ./src/shared/error-text.ts
var error_text = __webpack_require__(7859);
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
        const missingScope = error instanceof errors/* ApiError */.hD && error.code === 'missing_scope';
        if ((0,explain/* isFatal */.B)(error) && !missingScope) {
            throw new Error((0,explain/* explainError */.U)(error, {
                item: 'the cluster check (GET /users/me/clusters)',
                kind: 'clusters',
                ...settings
            }), { cause: error });
        }
        if (missingScope) {
            log.debug(`The API key cannot list clusters (missing scope ${error.required ?? 'cluster:read'}); the cluster is not checked before uploading.`);
        }
        else {
            log.info(`Could not list clusters (${(0,error_text/* errorText */.k)(error)}); continuing without the check.`);
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

// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(6338);
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
        this.print(`${label}: ${(0,format/* formatBytes */.z3)(sent)} of ${(0,format/* formatBytes */.z3)(total)} (${Math.floor((sent / total) * 100)}%), ${(0,format/* formatBytes */.z3)(rate)}/s`);
    }
}

// EXTERNAL MODULE: ./src/publish/reuse.ts
var reuse = __webpack_require__(3695);
// EXTERNAL MODULE: ./src/gateway/gateway-url.ts + 1 modules
var gateway_url = __webpack_require__(483);
;// CONCATENATED MODULE: ./src/publish/target.ts


/** Publishing through the Pinarkive client, with the clusters the key may use (when known). */
function pinarkiveTarget(client, options) {
    return {
        api: client,
        identify: options.identify,
        gatewayFor: cluster => (0,gateway_url/* gatewayBase */.s$)(options.gateway, cluster ?? undefined, options.clusters),
        dryRun: false,
        verify: options.verify,
        local: options.local,
        profiles: options.profiles,
        reuse: options.reuse,
        recheck: options.recheck
    };
}
/**
 * A dry run: the CIDs are the local ones, so there is nothing to verify them against, no
 * profile to learn from the answers, and nothing is asked of Pinarkive.
 */
function dryRunTarget(local, gateway) {
    const known = (cid, what) => cid === undefined
        ? Promise.reject(new Error(`No local CID was computed for ${what}`))
        : Promise.resolve({ cid });
    return {
        api: {
            // The label of a file upload is its workspace-relative path.
            uploadFile: (_file, _options, label) => known(local.files.get(label), label),
            uploadDirectory: (_files, _options, label) => known(local.directory, label),
            // A CID to pin is already known; a dry run only validated it.
            pin: cid => Promise.resolve({ cid })
        },
        identify: (0,file_identity/* knownCids */.Ln)(local),
        gatewayFor: cluster => (0,gateway_url/* gatewayBase */.s$)(gateway, cluster ?? undefined, undefined),
        dryRun: true,
        verify: 'off',
        local
    };
}

// EXTERNAL MODULE: ./src/shared/version.ts
var version = __webpack_require__(9189);
;// CONCATENATED MODULE: ./src/run/targets.ts
/**
 * Opens the publish target a run was asked for: Pinarkive through the HTTP client, with its
 * cluster check and log lines for retries and progress, or the dry run's local answers.
 */











/**
 * The target for this run. A dry run needs every local CID (it fails without them); a real run
 * hashes files mode's files as it uploads them, recording their CIDs in `local`, and with
 * `reuse: auto` asks Pinarkive what it already holds before uploading.
 */
async function openTarget(inputs, plan, local, deadline) {
    if (inputs.dryRun) {
        if (local instanceof Error)
            throw local;
        return { ...dryRunTarget(local, inputs.gateway), close: async () => { } };
    }
    const profiles = new profile_choice/* ProfileChoice */.J2(inputs.cidProfile, action_log/* actionLog */.Zx);
    const client = connectPinarkive(inputs, deadline);
    try {
        action_log/* actionLog */.Zx.debug(`API ${inputs.apiUrl}`);
        const clusters = await (0,action_log/* group */.Os)('Check cluster', () => loadClusters(client, inputs, action_log/* actionLog */.Zx));
        // An Error only when a directory could not be hashed: then there are no files.
        const known = local instanceof Error ? (0,plan_cids/* noLocalCids */.K2)() : local;
        const identify = (0,file_identity/* readingIdentity */.TJ)(plan.files, inputs.verify !== 'off' ? profiles : undefined, known, action_log/* actionLog */.Zx);
        const check = reuseCheck(client, inputs);
        const target = pinarkiveTarget(client, {
            gateway: inputs.gateway,
            clusters,
            identify,
            verify: inputs.verify,
            local: known,
            profiles,
            reuse: inputs.reuse === 'auto' ? check : undefined,
            // Not a reuse: whether an upload this run sent in full was stored, so `reuse: off` asks too.
            recheck: check
        });
        return { ...target, client, close: () => client.close() };
    }
    catch (error) {
        await client.close();
        throw error;
    }
}
/**
 * `reuse: auto`. Files mode asks with the CID each file gets just before its upload, which
 * `verify: off` does not compute: then no file is asked about. The same check answers whether
 * an upload whose connection dropped was stored (`recheck`), so a refused lookup is sent once.
 */
function reuseCheck(client, inputs) {
    const minFileSize = inputs.verify === 'off' ? Infinity : undefined;
    return new reuse/* ReuseCheck */.b9(client, { ...inputs, minFileSize }, action_log/* actionLog */.Zx);
}
/**
 * The client, with a log line for each retry and for the progress of long uploads, and a
 * warning for each value an answer held that was not safe to use.
 */
function connectPinarkive(inputs, deadline) {
    const progress = new ProgressReporter(Date.now, line => action_log/* actionLog */.Zx.info(line));
    return new PinarkiveClient({
        apiUrl: inputs.apiUrl,
        apiKey: inputs.apiKey,
        userAgent: version/* USER_AGENT */._,
        retries: inputs.retries,
        timeoutMs: inputs.timeoutMs,
        signal: deadline,
        events: {
            retry: e => action_log/* actionLog */.Zx.info(`${e.label}: ${e.reason}; retry ${e.retry}/${e.retries} in ${(0,format/* formatDuration */.a3)(e.delayMs)}${e.pausesAll ? ' (all requests wait)' : ''}${e.maybeStored ? ' (it had been sent in full)' : ''}`),
            progress: e => progress.update(e.label, e.sent, e.total),
            // What an answer held that is unsafe to use, and so was left out.
            warning: message => action_log/* actionLog */.Zx.warning(message)
        }
    });
}


/***/ })

};
