export const id = 557;
export const ids = [557];
export const modules = {

/***/ 4557:
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
// EXTERNAL MODULE: ./src/content/local-cids.ts
var local_cids = __webpack_require__(370);
// EXTERNAL MODULE: ./src/content/profile-choice.ts
var profile_choice = __webpack_require__(1262);
// EXTERNAL MODULE: ./src/shared/json.ts
var json = __webpack_require__(8451);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/shared/cid.ts
var shared_cid = __webpack_require__(9989);
// EXTERNAL MODULE: ./src/shared/clock.ts
var clock = __webpack_require__(6103);
// EXTERNAL MODULE: ./src/shared/error-text.ts
var error_text = __webpack_require__(7859);
// EXTERNAL MODULE: ./src/shared/quote.ts
var quote = __webpack_require__(6717);
// EXTERNAL MODULE: ./src/pinarkive/answers.ts
var answers = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(6338);
;// CONCATENATED MODULE: ./src/pinarkive/attempt-limits.ts
/**
 * What bounds one HTTP attempt: a watchdog for time, a cap for the answer's size. Either ends
 * the attempt with an `AttemptLimit`, which the client retries like any other failed attempt.
 */

/** Why an attempt was cut short by its limits. */
class AttemptLimit extends Error {
    kind;
    name = 'AttemptLimit';
    constructor(
    /** `timeout`: nothing moved; `slow-answer`: the body trickled; `too-large`: over the cap. */
    kind, message) {
        super(message);
        this.kind = kind;
    }
}
function formatSeconds(ms) {
    const seconds = ms / 1000;
    return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
/**
 * Aborts an attempt when neither the request nor the response moves for `timeoutMs`, and, once
 * the answer's headers are in, when its body is not complete `timeoutMs` later: a server that
 * sends a byte a second moves forever, and must not hold the job.
 */
class Watchdog {
    timeoutMs;
    abort;
    timer;
    stopped = false;
    answering = false;
    constructor(timeoutMs, abort) {
        this.timeoutMs = timeoutMs;
        this.abort = abort;
    }
    /** Something moved: the wait starts again (until the answer has started). */
    touch() {
        // The body stream may still be read after the exchange ended (a reset mid-upload); a
        // timer armed then would keep the process alive for `timeout`.
        if (this.stopped || this.answering)
            return;
        this.arm(new AttemptLimit('timeout', `no progress for ${formatSeconds(this.timeoutMs)}`));
    }
    /** The answer's headers arrived: its body has `timeoutMs` from now, however it trickles. */
    answerStarted() {
        if (this.stopped)
            return;
        this.answering = true;
        this.arm(new AttemptLimit('slow-answer', `answer not complete within ${formatSeconds(this.timeoutMs)} of its headers`));
    }
    stop() {
        this.stopped = true;
        clearTimeout(this.timer);
    }
    arm(reason) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.abort(reason), this.timeoutMs);
    }
}
/**
 * The response body, parsed as JSON when it is JSON, kept as text otherwise. Past `maxBytes`
 * reading stops at once (the caller aborts the request; the rest is never drained).
 */
async function readBody(body, maxBytes) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > maxBytes) {
            throw new AttemptLimit('too-large', `answer larger than ${(0,format/* formatBytes */.z3)(maxBytes)}, reading stopped there`);
        }
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

// EXTERNAL MODULE: ./src/pinarkive/errors.ts
var errors = __webpack_require__(450);
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

// EXTERNAL MODULE: ./src/shared/url.ts
var shared_url = __webpack_require__(7216);
;// CONCATENATED MODULE: ./src/pinarkive/probe-url.ts
/** Which URLs the client may probe on a gateway: nothing that could leak or go astray. */


/** Redirects a probe follows at most. */
const MAX_PROBE_REDIRECTS = 3;
/**
 * Why `url` may not be probed, or undefined when it may: an https:// URL, or http:// to this
 * machine (a local gateway, the test fakes), without a user name or password in it.
 */
function probeUrlProblem(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return `${(0,quote/* quoteValue */.c)((0,shared_url/* hideUserinfo */.k)(url))} is not a URL`;
    }
    if (parsed.username !== '' || parsed.password !== '') {
        return `${(0,quote/* quoteValue */.c)((0,shared_url/* hideUserinfo */.k)(url))} carries a user name or password`;
    }
    if (parsed.protocol === 'https:')
        return undefined;
    if (parsed.protocol === 'http:' && (0,shared_url/* isLoopbackHost */.c)(parsed.hostname))
        return undefined;
    return `only https:// URLs, or http:// to this machine, are probed, not ${(0,quote/* quoteValue */.c)((0,shared_url/* hideUserinfo */.k)(url))}`;
}
/** Statuses whose `Location` a probe follows. */
function isRedirect(status) {
    return [301, 302, 303, 307, 308].includes(status);
}
/**
 * The host `next` leads to when it is not the probed URL's host or a subdomain of it (a path
 * gateway sends `/ipfs/<cid>` on to `<cid>.ipfs.<host>`): content served elsewhere is not
 * served by the gateway the links name, so the probe stops there and says where it led.
 */
function offHostOf(next, probed) {
    const to = new URL(next).hostname;
    const from = new URL(probed).hostname;
    return to === from || to.endsWith(`.${from}`) ? undefined : to;
}

// EXTERNAL MODULE: ./src/shared/header-values.ts
var header_values = __webpack_require__(8559);
;// CONCATENATED MODULE: ./src/pinarkive/rate-limiter.ts

/** Kept below the measured rate, so evenly spaced requests do not straddle a window edge. */
const SAFETY = 1.05;
/** How far back completed requests count when estimating the server's rate after a 429. */
const LEARN_WINDOW_MS = 1000;
/** After this long without a 429, pacing learned from 429s loosens a little. */
const PROBE_AFTER_MS = 10_000;
/**
 * `X-RateLimit-Reset` is a Unix time in seconds, milliseconds, an ISO date, or (as in the IETF
 * draft) seconds from now. Returns the reset instant in ms, or undefined. Only plain decimal
 * numbers and real dates count: `0x10`, `-5` or `1e9` are no reset time.
 */
function parseReset(value, now) {
    if (value === undefined)
        return undefined;
    const number = (0,header_values/* parseDecimalSeconds */.mo)(value);
    if (number !== undefined) {
        if (number > 1e12)
            return number;
        if (number > 1e9)
            return number * 1000;
        return now + number * 1000;
    }
    return (0,header_values/* parseIsoDateTime */.GU)(value) ?? (0,header_values/* parseHttpDate */.m6)(value);
}
class RateLimiter {
    clock;
    maxWaitMs;
    maxHeldMs;
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
    /** Time the server has held every request back so far, counting overlapping waits once. */
    heldMs = 0;
    /** The end of the last wait counted in `heldMs`. */
    heldUntil = 0;
    /**
     * @param maxWaitMs A window reset further away than this is not waited for: the request
     *   goes, and a 429 asking for that long fails the run with the time to come back instead of
     *   holding the runner (or a bogus header holding it forever).
     * @param maxHeldMs How long the server may hold the run back in all, by 429s and by window
     *   resets together: many short waits must not add up to hours (see `mayHold`).
     */
    constructor(clock, maxWaitMs = 5 * 60_000, maxHeldMs = Number.POSITIVE_INFINITY) {
        this.clock = clock;
        this.maxWaitMs = maxWaitMs;
        this.maxHeldMs = maxHeldMs;
    }
    /** How long the server has held the run back so far. */
    heldSoFarMs() {
        return this.heldMs;
    }
    /** The part of a wait until `until` that no wait counted so far covers. */
    extension(until) {
        return Math.max(0, until - Math.max(this.clock.now(), this.heldUntil));
    }
    /** Whether the server may hold the run back until `until` without passing `maxHeldMs`. */
    mayHold(until) {
        return this.heldMs + this.extension(until) <= this.maxHeldMs;
    }
    /** Counts a wait until `until` as the server's. */
    hold(until) {
        this.heldMs += this.extension(until);
        this.heldUntil = Math.max(this.heldUntil, until);
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
                // Past the bound, the request goes: a 429 then ends the run with the wait it asks for.
                if (this.mayHold(budget.resetAt)) {
                    this.hold(budget.resetAt);
                    start = Math.max(start, budget.resetAt);
                }
                else {
                    this.budget = undefined;
                }
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
        const remaining = (0,header_values/* parseCount */.zq)(headers.remaining);
        const resetAt = parseReset(headers.reset, now);
        if (remaining === undefined || resetAt === undefined || resetAt - now > this.maxWaitMs) {
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
    /**
     * A request drew a 429; everyone waits `waitMs`, and without headers the pace is learned.
     * Check `mayHold` first: the wait counts towards `maxHeldMs` all the same.
     */
    rateLimited(waitMs) {
        const now = this.clock.now();
        this.lastRateLimited = now;
        this.hold(now + waitMs);
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

// EXTERNAL MODULE: ./src/pinarkive/resend.ts
var resend = __webpack_require__(7022);
;// CONCATENATED MODULE: ./src/pinarkive/retry.ts
/**
 * When and how long to wait before trying a request again. Pure functions: the transport feeds
 * them what happened, and tests feed them a fixed random source.
 */

// Read here first; shared/ so that gateway answers are read the same way.

const DEFAULT_BACKOFF = {
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    maxServerWaitMs: 5 * 60_000,
    maxServerWaitTotalMs: 15 * 60_000
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
 * The Pinarkive API v3 over HTTP: uploads streamed from disk, retries with backoff, one shared
 * rate limiter, time and size limits on every attempt, answers checked before use. Knows
 * nothing of @actions/core: it reports through events.
 */

















/**
 * Bodies up to this size are read into one buffer and sent whole: for the many small files of a
 * site, a stream's machinery costs more than the bytes. Larger ones stream, with progress.
 */
const SMALL_BODY = 1024 * 1024;
/** Caps how much of a response we read; a 20,000-file directory listing fits comfortably. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function timelockFields(options) {
    const fields = {};
    if (options.cluster)
        fields.cl = options.cluster;
    if (options.timelock)
        fields.timelock = options.timelock.toISOString();
    return fields;
}
/** A network error's message and code; cut, since a parser error may quote what it received. */
function describeNetworkError(error) {
    const err = (typeof error === 'object' && error !== null ? error : {});
    const code = err.code ?? err.cause?.code;
    const message = (0,quote/* truncateText */.E)((0,error_text/* errorText */.k)(error), errors/* SERVER_TEXT_MAX */.B8);
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
    boundary = (0,multipart/* newBoundary */.F$)();
    warn = (message) => this.options.events?.warning?.(message);
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? clock/* systemClock */.m;
        this.random = options.random ?? Math.random;
        this.policy = { ...DEFAULT_BACKOFF, ...options.backoff, retries: options.retries };
        this.limiter = new RateLimiter(this.clock, this.policy.maxServerWaitMs, this.policy.maxServerWaitTotalMs);
        this.ownsDispatcher = options.dispatcher === undefined;
        // Our own inactivity watchdog replaces undici's header/body timeouts, which cannot see
        // upload progress. Redirects are never followed, so the key goes to no other host.
        this.dispatcher =
            options.dispatcher ??
                new undici.Agent({ headersTimeout: 0, bodyTimeout: 0, connectTimeout: options.timeoutMs });
    }
    /** Allowed clusters and their gateways (`GET /users/me/clusters`, scope `cluster:read`). */
    async listClusters() {
        const body = await this.send({
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
        const body = await this.send({
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
        const body = await this.send({
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
        const body = await this.send({
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
        const body = await unlessNotFound(this.send({
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
        const body = await unlessNotFound(this.send({
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
            return this.send({
                method: 'GET',
                path: `/users/me/uploads?${query.toString()}`,
                label: `uploads of ${cid}`
            });
        });
    }
    /**
     * Whether a gateway serves `url`: its status, after at most 3 redirects to https:// or
     * loopback http:// URLs on the same host or a subdomain of it (a refused redirect's own
     * status is the answer, and `offHost` names the host it led to). HEAD, or GET stopped
     * after the headers when HEAD is refused. Sends neither the API key nor any Pinarkive header,
     * and its answers never feed the rate limiter's budget: they are the gateway's. 408, 429, 5xx
     * and network errors are retried as for any request and thrown when retries run out; any
     * other status (a 404 too) is the answer.
     */
    async probe(url) {
        const problem = probeUrlProblem(url);
        if (problem !== undefined)
            throw new TypeError(`probe: ${problem}`);
        const answer = await this.retrying(`gateway check of ${url}`, attempts => this.probeOnce(url, attempts), { ownServer: false });
        return answer;
    }
    /** Releases pooled connections so the process can exit. */
    async close() {
        if (this.ownsDispatcher)
            await this.dispatcher.close();
    }
    /** One logical request: attempts, waits and retries until success or a final error. */
    async send(spec) {
        return this.retrying(spec.label, attempts => this.tryOnce(spec, attempts), {
            ownServer: true,
            beforeResend: spec.beforeResend
        });
    }
    /**
     * Attempts `once` (which must release the limiter) until success or a final error. With
     * `ownServer` false the answers are another server's (a gateway): its 429 is waited out by
     * this request alone instead of pausing every worker. A body the server may have stored is
     * sent again only when `beforeResend` (asked after the wait, so the server had time to finish)
     * says so.
     */
    async retrying(label, once, { ownServer, beforeResend }) {
        for (let retry = 0;; retry++) {
            this.throwIfAbandoned();
            await this.limiter.acquire(this.options.signal).catch(() => this.throwIfAbandoned());
            const outcome = await once(retry + 1);
            if (outcome.ok)
                return outcome.body;
            const decision = decide(outcome.failure, retry, this.policy, this.random);
            if (!decision.retry) {
                if (decision.why === 'wait-too-long') {
                    throw new errors/* RateLimitWaitError */.XM(decision.waitMs, new Date(this.clock.now() + decision.waitMs));
                }
                throw outcome.error;
            }
            const maybeStored = (0,resend/* mayHaveBeenStored */.LD)(outcome.failure, outcome.bodySent === true);
            this.options.events?.retry?.({
                label,
                retry: retry + 1,
                retries: this.policy.retries,
                reason: retryReason(outcome),
                delayMs: decision.delayMs,
                pausesAll: decision.rateLimited && ownServer,
                maybeStored
            });
            if (decision.rateLimited && ownServer) {
                const until = this.clock.now() + decision.delayMs;
                if (!this.limiter.mayHold(until)) {
                    throw new errors/* RateLimitTotalError */.wm(decision.delayMs, new Date(until), this.limiter.heldSoFarMs(), this.policy.maxServerWaitTotalMs);
                }
                this.limiter.rateLimited(decision.delayMs);
            }
            else {
                await this.clock
                    .sleep(decision.delayMs, this.options.signal)
                    .catch(() => this.throwIfAbandoned());
            }
            if (maybeStored && beforeResend) {
                this.throwIfAbandoned();
                await (0,resend/* askBeforeResend */.qZ)(beforeResend, outcome, {
                    label,
                    retry: retry + 1,
                    reason: retryReason(outcome)
                });
            }
        }
    }
    /**
     * One attempt, as a success or as a failure to decide on. Errors no retry can mend (a body
     * source that failed, an unusable answer, the run's deadline) are thrown.
     */
    async tryOnce(spec, attempts) {
        const sent = new resend/* SentBody */.dt();
        try {
            const answer = await this.attempt(spec, sent);
            if (answer.status >= 200 && answer.status < 300) {
                this.limiter.succeeded();
                return { ok: true, body: answer.body };
            }
            return { ...this.httpFailure(answer, attempts), bodySent: sent.sent };
        }
        catch (error) {
            return { ...this.failedOutcome(error, attempts), bodySent: sent.sent };
        }
    }
    /** An attempt that threw: a failure to decide on, or (when no retry can mend it) thrown. */
    failedOutcome(error, attempts) {
        if (error instanceof errors/* ProtocolError */.bd || error instanceof errors/* AbandonedError */.TK)
            throw error;
        if (error instanceof errors/* BodySourceError */.MU || error instanceof errors/* FileNameError */.uj)
            throw error;
        this.throwIfAbandoned();
        if (error instanceof AttemptLimit) {
            return {
                ok: false,
                failure: error.kind === 'too-large'
                    ? { kind: 'network', detail: error.message }
                    : { kind: 'timeout' },
                error: new errors/* TransportError */.wX(error.kind, error.message, attempts)
            };
        }
        const detail = describeNetworkError(error);
        return {
            ok: false,
            failure: { kind: 'network', detail },
            error: new errors/* TransportError */.wX('network', detail, attempts)
        };
    }
    /** A non-success status: what the server said, and how long a 429 asks to wait. */
    httpFailure(answer, attempts) {
        const body = (0,answers/* readErrorBody */.Nk)(answer.body);
        const retryAfterMs = answer.status === 429
            ? (0,header_values/* parseRetryAfter */.mu)(header(answer.headers, 'retry-after'), body.retryAfter, this.clock.now())
            : undefined;
        const location = header(answer.headers, 'location');
        // ApiError cuts what the server wrote to a few hundred characters.
        const error = new errors/* ApiError */.hD(answer.status, answer.status >= 300 && answer.status < 400 && location
            ? `redirected to ${(0,quote/* quoteValue */.c)(location, 200)}; set api-url to the final address`
            : body.message, body.code, body.required, attempts);
        return { ok: false, failure: { kind: 'http', status: answer.status, retryAfterMs }, error };
    }
    /** One probe attempt, as an answer or a failure to decide on. */
    async probeOnce(url, attempts) {
        try {
            const { status, retryAfter, offHost } = await this.guarded(exchange => probeExchange(url, exchange));
            const retryAfterMs = status === 429 ? (0,header_values/* parseRetryAfter */.mu)(retryAfter, undefined, this.clock.now()) : undefined;
            // A gateway asking for a long wait is not serving: that is the answer, not a quota of ours.
            const tooLong = (retryAfterMs ?? 0) > this.policy.maxServerWaitMs;
            if (!isRetryableStatus(status) || tooLong) {
                return { ok: true, body: offHost === undefined ? { status } : { status, offHost } };
            }
            return {
                ok: false,
                failure: { kind: 'http', status, retryAfterMs },
                error: new errors/* ApiError */.hD(status, 'answered by the gateway', undefined, undefined, attempts)
            };
        }
        catch (error) {
            return this.failedOutcome(error, attempts);
        }
    }
    /**
     * Runs one exchange under the inactivity watchdog and the run's deadline, releasing the
     * limiter at the end. `send`'s attempts have the same guard inline.
     */
    async guarded(run) {
        const controller = new AbortController();
        const outer = this.options.signal;
        const onOuterAbort = () => controller.abort(outer?.reason);
        outer?.addEventListener('abort', onOuterAbort, { once: true });
        const watchdog = new Watchdog(this.options.timeoutMs, reason => controller.abort(reason));
        try {
            return await run({
                signal: controller.signal,
                touch: () => watchdog.touch(),
                dispatcher: this.dispatcher,
                userAgent: this.options.userAgent
            });
        }
        catch (error) {
            if (controller.signal.reason instanceof AttemptLimit)
                throw controller.signal.reason;
            if (outer?.aborted) {
                throw new errors/* AbandonedError */.TK('abandoned: the run ran out of time (max-duration)');
            }
            throw error;
        }
        finally {
            this.limiter.release();
            watchdog.stop();
            outer?.removeEventListener('abort', onOuterAbort);
        }
    }
    throwIfAbandoned() {
        if (this.options.signal?.aborted) {
            throw new errors/* AbandonedError */.TK('abandoned: the run ran out of time (max-duration)');
        }
    }
    /**
     * One HTTP exchange, aborted when neither request nor response moves for `timeoutMs`, when
     * the answer is not complete `timeoutMs` after its headers, or when it grows past the cap.
     */
    async attempt(spec, sent) {
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
        let unwatch = () => { };
        try {
            watchdog.touch();
            const prepared = await this.requestBody(spec, watchdog);
            body = prepared.body;
            unwatch = sent.watch(body);
            const response = await (0,undici.request)(`${this.options.apiUrl}${spec.path}`, {
                method: spec.method,
                headers: { ...this.headers(), ...prepared.headers },
                body,
                signal: controller.signal,
                dispatcher: this.dispatcher
            });
            watchdog.answerStarted();
            release();
            this.limiter.observe({
                limit: header(response.headers, 'x-ratelimit-limit'),
                remaining: header(response.headers, 'x-ratelimit-remaining'),
                reset: header(response.headers, 'x-ratelimit-reset')
            });
            const parsed = await readBody(response.body, this.options.maxResponseBytes ?? MAX_RESPONSE_BYTES);
            return { status: response.statusCode, headers: response.headers, body: parsed };
        }
        catch (error) {
            // Over the cap: drop the connection rather than drain the rest.
            if (error instanceof AttemptLimit)
                controller.abort(error);
            const reason = controller.signal.reason;
            if (reason instanceof AttemptLimit)
                throw reason;
            if (outer?.aborted)
                throw new errors/* AbandonedError */.TK('abandoned: the run ran out of time (max-duration)');
            throw findSourceError(error) ?? error;
        }
        finally {
            release();
            unwatch();
            watchdog.stop();
            outer?.removeEventListener('abort', onOuterAbort);
            if (body instanceof external_node_stream_.Readable)
                body.destroy();
        }
    }
    /**
     * Every request's headers; the key goes to `apiUrl` and nowhere else. It is sent both ways
     * the API documents: as a bearer token, and as `X-API-Key`, the only one the official Python
     * SDK 3.1.x sends, so a server that reads either finds it.
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
    async requestBody(spec, watchdog) {
        if (spec.json !== undefined) {
            // A Buffer, not a string: undici keeps it as it is, so `SentBody` can tell it was sent.
            const json = Buffer.from(JSON.stringify(spec.json));
            return { body: json, headers: { 'content-type': 'application/json' } };
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
/** The retry line's reason: what the server asked for, or what went wrong. */
function retryReason(outcome) {
    const { failure } = outcome;
    if (failure.kind !== 'http' || failure.status !== 429)
        return outcome.error.message;
    return failure.retryAfterMs === undefined
        ? 'HTTP 429 rate limited'
        : `HTTP 429 rate limited, server asked for ${formatSeconds(failure.retryAfterMs)}`;
}
/** undici may wrap the error our body stream threw; dig it out so it is not retried. */
function findSourceError(error) {
    let current = error;
    for (let depth = 0; depth < 5 && current; depth++) {
        if (current instanceof errors/* BodySourceError */.MU)
            return current;
        current = current.cause;
    }
    return undefined;
}
/**
 * HEAD `url` (GET when HEAD is refused), following redirects the probe rules allow. Only a
 * User-Agent is sent: the key and every Pinarkive header stay with the API.
 */
async function probeExchange(url, exchange) {
    let target = url;
    let method = 'HEAD';
    for (let hops = 0;;) {
        exchange.touch();
        const response = await (0,undici.request)(target, {
            method,
            headers: { 'user-agent': exchange.userAgent, accept: '*/*' },
            signal: exchange.signal,
            dispatcher: exchange.dispatcher
        });
        exchange.touch();
        // A GET's body is not wanted: read a little so the connection may be reused, then drop it.
        await response.body.dump({ limit: 64 * 1024 });
        const status = response.statusCode;
        if (method === 'HEAD' && (status === 405 || status === 501)) {
            method = 'GET';
            continue;
        }
        const location = header(response.headers, 'location');
        const next = location && hops < MAX_PROBE_REDIRECTS ? redirectTarget(location, target) : undefined;
        const offHost = next === undefined ? undefined : offHostOf(next, url);
        if (!isRedirect(status) || next === undefined || offHost !== undefined) {
            return { status, retryAfter: header(response.headers, 'retry-after'), offHost };
        }
        target = next;
        hops++;
    }
}
/** Where a redirect leads, when a probe may follow it there. */
function redirectTarget(location, from) {
    try {
        const next = new URL(location, from).href;
        return probeUrlProblem(next) === undefined ? next : undefined;
    }
    catch {
        return undefined;
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
// EXTERNAL MODULE: ./src/pinarkive/gateway.ts + 1 modules
var pinarkive_gateway = __webpack_require__(2608);
;// CONCATENATED MODULE: ./src/publish/target.ts


/** Publishing through the Pinarkive client, with the clusters the key may use (when known). */
function pinarkiveTarget(client, options) {
    return {
        api: client,
        identify: options.identify,
        gatewayFor: cluster => (0,pinarkive_gateway/* gatewayBase */.s$)(options.gateway, cluster ?? undefined, options.clusters),
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
        gatewayFor: cluster => (0,pinarkive_gateway/* gatewayBase */.s$)(gateway, cluster ?? undefined, undefined),
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
        const known = local instanceof Error ? (0,local_cids/* noLocalCids */.K2)() : local;
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


/***/ }),

/***/ 6103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        // `reason` is typed any and passed on as given to abort(): in the action, an Error (the
        // default DOMException, or the deadline's and the attempt limits' own).
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


/***/ }),

/***/ 9189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ USER_AGENT)
/* harmony export */ });
/* unused harmony export VERSION */
/** Kept equal to package.json's version by a unit test; sent in every request's User-Agent. */
const VERSION = '1.0.0';
const USER_AGENT = `pinarkive-pin-action/${VERSION} (+https://github.com/pinarkive/pin-action)`;


/***/ })

};
