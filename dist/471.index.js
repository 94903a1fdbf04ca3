export const id = 471;
export const ids = [471];
export const modules = {

/***/ 9471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  waitForLinks: () => (/* binding */ waitForLinks)
});

// EXTERNAL MODULE: ./src/action-log.ts
var action_log = __webpack_require__(4286);
// EXTERNAL MODULE: ./src/transport/errors.ts
var errors = __webpack_require__(9854);
// EXTERNAL MODULE: ./src/transport/retry.ts
var retry = __webpack_require__(2211);
// EXTERNAL MODULE: ./src/transport/transport.ts + 1 modules
var transport = __webpack_require__(8721);
// EXTERNAL MODULE: ./src/shared/quote.ts
var quote = __webpack_require__(6717);
// EXTERNAL MODULE: ./src/shared/url.ts
var shared_url = __webpack_require__(7216);
;// CONCATENATED MODULE: ./src/gateway/probe-url.ts
/** Which URLs the gateway prober may probe: nothing that could leak or go astray. */


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

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/gateway/probe.ts
/**
 * Whether a gateway serves a URL, over the shared transport (its limits, retries and deadline)
 * but as a stranger: only a User-Agent is sent, never the API key or a Pinarkive header.
 */





class GatewayProber {
    transport;
    constructor(transport) {
        this.transport = transport;
    }
    /**
     * Whether a gateway serves `url`: its status, after at most 3 redirects to https:// or
     * loopback http:// URLs on the same host or a subdomain of it (a refused redirect's own
     * status is the answer, and `offHost` names the host it led to). HEAD, or GET stopped
     * after the headers when HEAD is refused. Its answers never feed the rate limiter's budget:
     * they are the gateway's. 408, 429, 5xx and network errors are retried as for any request
     * and thrown when retries run out; any other status (a 404 too) is the answer.
     */
    async probe(url) {
        const problem = probeUrlProblem(url);
        if (problem !== undefined)
            throw new TypeError(`probe: ${problem}`);
        const answer = await this.transport.retrying(`gateway check of ${url}`, attempts => this.probeOnce(url, attempts), { ownServer: false });
        return answer;
    }
    /** One probe attempt, as an answer or a failure to decide on. */
    async probeOnce(url, attempts) {
        const { clock, policy } = this.transport;
        try {
            const { status, retryAfter, offHost } = await this.transport.guarded(exchange => probeExchange(url, exchange));
            const retryAfterMs = status === 429 ? (0,retry/* parseRetryAfter */.mu)(retryAfter, undefined, clock.now()) : undefined;
            // A gateway asking for a long wait is not serving: that is the answer, not a quota of ours.
            const tooLong = (retryAfterMs ?? 0) > policy.maxServerWaitMs;
            if (!(0,retry/* isRetryableStatus */.PS)(status) || tooLong) {
                return { ok: true, body: offHost === undefined ? { status } : { status, offHost } };
            }
            return {
                ok: false,
                failure: { kind: 'http', status, retryAfterMs },
                error: new errors/* ApiError */.hD(status, 'answered by the gateway', undefined, undefined, attempts)
            };
        }
        catch (error) {
            return this.transport.failedOutcome(error, attempts);
        }
    }
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
        const location = (0,transport/* header */.w)(response.headers, 'location');
        const next = location && hops < MAX_PROBE_REDIRECTS ? redirectTarget(location, target) : undefined;
        const offHost = next === undefined ? undefined : offHostOf(next, url);
        if (!isRedirect(status) || next === undefined || offHost !== undefined) {
            return { status, retryAfter: (0,transport/* header */.w)(response.headers, 'retry-after'), offHost };
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

// EXTERNAL MODULE: ./src/shared/error-text.ts
var error_text = __webpack_require__(7859);
// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(6338);
// EXTERNAL MODULE: ./src/shared/pool.ts
var pool = __webpack_require__(5135);
;// CONCATENATED MODULE: ./src/preview/poll-schedule.ts
/**
 * When readiness polls: at once, then after 1 s, 2 s, 4 s, 8 s and every 15 s from there, each
 * delay shortened by up to 20 % at random so that parallel jobs drift apart. Content pinned on
 * upload is seen by the first poll; content a cluster is still fetching is seen within a second
 * or two of being pinned in the first minute, and a 5 min wait costs at most 29 status requests
 * per item (the API allows 100 a minute).
 */
const POLL_SCHEDULE = {
    firstDelayMs: 1000,
    maxDelayMs: 15_000,
    /** The largest fraction taken off a delay at random. */
    jitter: 0.2
};
/** The full delay after poll number `poll` (1 for the first). */
function fullDelay(poll) {
    return Math.min(POLL_SCHEDULE.firstDelayMs * 2 ** Math.min(poll - 1, 30), POLL_SCHEDULE.maxDelayMs);
}
/** The delay after poll number `poll`, jittered by `random()` in [0, 1). */
function pollDelay(poll, random) {
    return Math.round(fullDelay(poll) * (1 - POLL_SCHEDULE.jitter * random()));
}
/**
 * How many polls a wait of `timeoutMs` makes at most: every delay at its shortest, the last one
 * cut to end at the deadline, where the last poll happens. Real polls take time, so a real wait
 * makes as many or fewer.
 */
function maxPolls(timeoutMs) {
    let polls = 1;
    for (let waited = 0; waited < timeoutMs; polls++) {
        const shortest = fullDelay(polls) * (1 - POLL_SCHEDULE.jitter);
        waited += Math.min(shortest, timeoutMs - waited);
    }
    return polls;
}

;// CONCATENATED MODULE: ./src/preview/readiness.ts





/** Items checked at once in a round. */
const CONCURRENCY = 4;
const RANK = { 'not-ready': 0, pinned: 1, retrievable: 2 };
/** Polls every target until it is ready, the timeout passes, or a check cannot ever succeed. */
async function waitUntilReady(targets, options) {
    return new ReadinessWait(targets, options).run();
}
class ReadinessWait {
    options;
    started;
    deadline;
    tracked;
    polls = 0;
    unreadable;
    /** Set when waiting longer cannot help (a missing scope, the run's deadline). */
    stopped;
    constructor(targets, options) {
        this.options = options;
        this.started = options.clock.now();
        this.deadline = this.started + Math.max(0, options.timeoutMs);
        this.tracked = targets.map(target => ({
            target,
            item: { cid: target.cid, url: target.url, state: 'not-ready', detail: 'not checked' },
            phase: 'pin',
            gatewayChecks: 0
        }));
    }
    async run() {
        const { clock, signal } = this.options;
        const most = maxPolls(this.options.timeoutMs);
        for (;;) {
            if (signal?.aborted) {
                this.stop(`the wait was cut short: ${String(signal.reason ?? 'aborted')}`);
                break;
            }
            this.polls++;
            const due = this.pending();
            await (0,pool/* runPool */.k)(due, CONCURRENCY, t => this.check(t), () => this.stopped !== undefined);
            const now = clock.now();
            if (this.pending().length === 0 || this.stopped !== undefined || now >= this.deadline)
                break;
            const delay = Math.min(pollDelay(this.polls, this.options.random ?? Math.random), this.deadline - now);
            this.logRound(most, delay);
            try {
                await clock.sleep(delay, signal);
            }
            catch {
                this.stop(`the wait was cut short: ${String(signal?.reason ?? 'aborted')}`);
                break;
            }
        }
        return this.result();
    }
    pending() {
        return this.tracked.filter(t => t.phase !== 'done');
    }
    /** One item's check this round: the pin, then (once pinned) the gateway straight away. */
    async check(t) {
        try {
            if (t.phase === 'pin')
                await this.checkPin(t);
            if (t.phase === 'gateway')
                await this.checkGateway(t);
        }
        catch (error) {
            this.checkFailed(t, error);
        }
    }
    async checkPin(t) {
        const status = await this.options.api.pinStatus(t.target.cid, t.target.cluster);
        if (status.state === 'pinned') {
            t.item.state = 'pinned';
            delete t.item.detail;
            t.phase = this.options.waitFor === 'gateway' ? 'gateway' : 'done';
            return;
        }
        if (status.state === 'unknown') {
            this.noteUnreadable(t, status.detail ?? 'no reason given');
            t.item.detail = `the pin status could not be read: ${status.detail ?? 'no reason given'}`;
            return;
        }
        const said = status.detail ? ` (${status.detail})` : '';
        t.item.detail = `the cluster reports it ${status.state}${said}`;
    }
    async checkGateway(t) {
        t.gatewayChecks++;
        const { status, offHost } = await this.options.api.probe(t.target.url);
        if (status >= 200 && status < 300) {
            t.item.state = 'retrievable';
            delete t.item.detail;
            t.phase = 'done';
            return;
        }
        const checks = (0,format/* plural */.LS)(t.gatewayChecks, 'check');
        t.item.detail =
            offHost === undefined
                ? `pinned, but the gateway answered HTTP ${status} (${checks})`
                : `pinned, but the gateway redirected to another host, ${(0,quote/* quoteValue */.c)(offHost, 80)}, which does not count as serving it (${checks})`;
    }
    /**
     * A check that threw. A refusal no retry mends (a missing scope, a bad key) ends the whole
     * wait at once; so does the run's deadline. Anything else (5xx after retries, the network)
     * may pass: the item is polled again.
     */
    checkFailed(t, error) {
        if (this.options.signal?.aborted) {
            this.stop(`the wait was cut short: ${String(this.options.signal.reason ?? 'aborted')}`);
            return;
        }
        const facts = (typeof error === 'object' && error !== null ? error : {});
        const message = (0,error_text/* errorText */.k)(error);
        const what = t.phase === 'pin' ? 'the pin status check' : 'the gateway check';
        if (t.phase === 'pin' && isRefusal(facts.status)) {
            this.stop(refusalDetail(facts, message));
            return;
        }
        if (error instanceof TypeError) {
            t.phase = 'done'; // a CID or URL the client refuses to send: asking again changes nothing
        }
        t.item.detail = `${what} failed: ${message}`;
    }
    /** Says once, clearly, that a status answer could not be read. */
    noteUnreadable(t, detail) {
        if (this.unreadable !== undefined)
            return;
        this.unreadable = detail;
        this.options.log.warning(`Pinarkive's pin status for ${t.target.label} (${t.target.cid}) could not be read: ${detail}. ` +
            'It counts as not pinned yet; the wait goes on until the status reads pinned or wait-timeout passes.');
    }
    stop(reason) {
        this.stopped ??= reason;
        for (const t of this.pending())
            t.item.detail = reason;
    }
    logRound(most, delayMs) {
        const pending = this.pending();
        const next = `poll ${this.polls} of at most ${most}, next in ${(0,format/* formatDuration */.a3)(delayMs)}`;
        const names = (phase) => (0,format/* listSome */.XT)(pending.filter(t => t.phase === phase).map(t => t.target.label), 3);
        const pinning = names('pin');
        const serving = names('gateway');
        if (pinning)
            this.options.log.info(`waiting for the cluster to pin ${pinning}: ${next}`);
        if (serving)
            this.options.log.info(`waiting for the gateway to serve ${serving}: ${next}`);
    }
    result() {
        const items = this.tracked.map(t => ({ ...t.item }));
        const done = this.options.waitFor === 'gateway' ? 'retrievable' : 'pinned';
        const state = items.reduce((weakest, item) => (RANK[item.state] < RANK[weakest] ? item.state : weakest), done);
        const result = {
            state,
            items,
            polls: this.polls,
            waitedMs: this.options.clock.now() - this.started
        };
        if (this.unreadable !== undefined)
            result.unreadable = this.unreadable;
        return result;
    }
}
/** 4xx statuses that answer the same however often they are asked. */
function isRefusal(status) {
    return (typeof status === 'number' && status >= 400 && status < 500 && ![404, 408, 429].includes(status));
}
function refusalDetail(facts, message) {
    if (facts.status === 403 && facts.code === 'missing_scope') {
        // The server names the scope; only a plain scope name is repeated in the advice.
        const named = typeof facts.required === 'string' ? facts.required : '';
        const scope = /^[a-z]+:[a-z]+$/.test(named) ? named : 'cluster:read';
        return (`the API key lacks the scope ${scope}, which checking the pin status needs: ` +
            `add ${scope} to the key, or set wait-for: none (${message})`);
    }
    return `Pinarkive refused the pin status check, and waiting will not change that (${message})`;
}

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/shared/clock.ts
var shared_clock = __webpack_require__(6103);
// EXTERNAL MODULE: ./src/shared/cid.ts
var shared_cid = __webpack_require__(9989);
// EXTERNAL MODULE: ./src/content/import-pipeline.ts
var import_pipeline = __webpack_require__(139);
;// CONCATENATED MODULE: ./src/content/local-dag.ts


/** One DAG per root: the directory's, or each file's (a file repeated is one DAG). */
async function localDags(plan, profile, signal) {
    const { dagPb, UnixFS } = await Promise.all(/* import() */[__webpack_require__.e(743), __webpack_require__.e(588)]).then(__webpack_require__.bind(__webpack_require__, 5588));
    const readNode = (bytes) => {
        const node = dagPb.decode(bytes);
        const type = node.Data ? UnixFS.unmarshal(node.Data).type : 'raw';
        return {
            type,
            links: node.Links.map(link => ({ name: link.Name ?? '', key: (0,shared_cid/* blockKey */.Ju)(link.Hash) }))
        };
    };
    const nodes = new Map();
    const sink = {
        // Nothing to wait for; its one caller awaits it, so a throw there is a rejection all the same.
        put(cid, bytes) {
            nodes.set((0,shared_cid/* blockKey */.Ju)(cid), cid.code === dagPb.code ? readNode(bytes) : undefined);
            return Promise.resolve();
        },
        replace(old, cid, bytes) {
            nodes.delete((0,shared_cid/* blockKey */.Ju)(old));
            nodes.set((0,shared_cid/* blockKey */.Ju)(cid), readNode(bytes));
        }
    };
    if (plan.directory) {
        const entries = plan.directory.entries.map(entry => ({ ...entry.file, path: entry.path }));
        // Blocks are attributed by walking from the root, so their order does not matter.
        const [root] = await (0,import_pipeline/* importBlocks */.g0)(entries, profile, true, sink, signal, false);
        return [{ root, blocks: attribute(nodes, root, '') }];
    }
    const entries = plan.files.map(file => ({ ...file, path: file.relPath }));
    const roots = await (0,import_pipeline/* importBlocks */.g0)(entries, profile, false, sink, signal);
    const dags = new Map();
    roots.forEach((root, i) => {
        const key = (0,shared_cid/* blockKey */.Ju)(root);
        if (!dags.has(key))
            dags.set(key, { root, blocks: attribute(nodes, root, plan.files[i].relPath) });
    });
    return [...dags.values()];
}
/** Each block reachable from `root`, with the path it is of (HAMT shards are their directory's). */
function attribute(nodes, root, rootPath) {
    const blocks = new Map();
    const stack = [{ key: (0,shared_cid/* blockKey */.Ju)(root), path: rootPath }];
    while (stack.length > 0) {
        const { key, path } = stack.pop();
        if (blocks.has(key))
            continue;
        blocks.set(key, path);
        const node = nodes.get(key);
        if (!node)
            continue;
        const join = (name) => (path === '' ? name : `${path}/${name}`);
        for (const link of node.links) {
            if (node.type === 'directory')
                stack.push({ key: link.key, path: join(link.name) });
            else if (node.type === 'hamt-sharded-directory') {
                // A link named by its two hex digits alone is a sub-shard; else the digits prefix a name.
                const sub = link.name.length === 2;
                stack.push({ key: link.key, path: sub ? path : join(link.name.slice(2)) });
            }
            else
                stack.push({ key: link.key, path });
        }
    }
    return blocks;
}

// EXTERNAL MODULE: ./node_modules/multiformats/dist/src/hashes/sha2.js
var sha2 = __webpack_require__(3097);
// EXTERNAL MODULE: ./src/shared/header-values.ts
var header_values = __webpack_require__(8559);
;// CONCATENATED MODULE: ./src/gateway/car-check.ts
/**
 * Proof of retrieval for one root: GET it from the gateway as a CAR (Trustless Gateway spec:
 * `Accept: application/vnd.ipld.car; version=1; order=dfs; dups=n`, `?format=car`,
 * `dag-scope=all`), hash every block back to its CID, and compare what came with the DAG that
 * was computed locally from the files. The gateway's word counts for nothing: only blocks
 * that hash to the CIDs of our DAG do. `@ipld/car` is loaded on first use.
 */







const CAR_ACCEPT = 'application/vnd.ipld.car; version=1; order=dfs; dups=n';
const DEFAULT_MAX_BLOCK_BYTES = 2 * 1024 * 1024;
/** The URL of `cid`'s CAR on the gateway that serves it at `url`. */
function carUrl(url) {
    const parsed = new URL(url);
    parsed.searchParams.set('format', 'car');
    parsed.searchParams.set('dag-scope', 'all');
    return parsed.href;
}
/**
 * Whether the gateway answers CAR requests: the empty identity CID `bafkqaaa`, which every
 * trustless gateway can serve without holding anything, fetched at the place of `cid` in `url`.
 */
async function probeTrustless(url, cid, limits) {
    const probe = carUrl(url.split(cid).join('bafkqaaa'));
    try {
        const response = await get(probe, limits);
        const type = header(response.headers, 'content-type');
        await response.body.dump({ limit: 64 * 1024 });
        if (response.statusCode !== 200) {
            return { supported: false, why: `it answered HTTP ${response.statusCode} to a CAR request` };
        }
        if (!isCarType(type)) {
            return {
                supported: false,
                why: `it answered a CAR request with ${(0,quote/* quoteValue */.c)(type ?? 'no content type', 80)}`
            };
        }
        return { supported: true };
    }
    catch (error) {
        return { supported: false, why: `the probe failed: ${(0,error_text/* errorText */.k)(error)}` };
    }
}
/** Fetches `url`'s CAR and checks it against `local`. */
async function checkCar(url, local, limits) {
    let response;
    try {
        response = await get(carUrl(url), limits);
    }
    catch (error) {
        if (limits.signal?.aborted)
            return { kind: 'failed', why: 'the time to wait ran out' };
        return { kind: 'failed', why: (0,error_text/* errorText */.k)(error) };
    }
    const status = response.statusCode;
    if (status !== 200) {
        await response.body.dump({ limit: 64 * 1024 }).catch(() => { });
        if (status >= 300 && status < 400) {
            return { kind: 'redirected', status, location: header(response.headers, 'location') ?? '' };
        }
        if (status === 406 || status === 415 || status === 501) {
            return { kind: 'unsupported', why: `it answered HTTP ${status} to a CAR request` };
        }
        const retryAfterMs = retryAfter(header(response.headers, 'retry-after'));
        return retryAfterMs === undefined
            ? { kind: 'absent', status }
            : { kind: 'absent', status, retryAfterMs };
    }
    const type = header(response.headers, 'content-type');
    if (!isCarType(type)) {
        await response.body.dump({ limit: 64 * 1024 }).catch(() => { });
        return {
            kind: 'mismatch',
            problems: [
                `the gateway answered with ${(0,quote/* quoteValue */.c)(type ?? 'no content type', 80)}, not a CAR`
            ],
            missing: []
        };
    }
    return readAndCompare(response.body, local, limits);
}
async function readAndCompare(body, local, limits) {
    const { CarBlockIterator } = await Promise.all(/* import() */[__webpack_require__.e(75), __webpack_require__.e(252)]).then(__webpack_require__.bind(__webpack_require__, 1252));
    const meter = new Meter(body, limits);
    const received = new Set();
    const problems = [];
    let extra = 0;
    let corrupt = 0;
    try {
        const blocks = await CarBlockIterator.fromIterable(meter.chunks());
        const roots = await blocks.getRoots();
        if (roots.length !== 1 || (0,shared_cid/* blockKey */.Ju)(roots[0]) !== (0,shared_cid/* blockKey */.Ju)(local.root)) {
            problems.push(`the CAR names ${roots.length === 1 ? `the root ${roots[0].toString()}` : `${(0,format/* plural */.LS)(roots.length, 'root')}`} instead of ${local.root.toString()}`);
        }
        for await (const { cid, bytes } of blocks) {
            if (bytes.length > limits.maxBlockBytes) {
                problems.push(`block ${cid.toString()} is larger than ${limits.maxBlockBytes} bytes, which no import makes`);
                break;
            }
            if (!(await hashesTo(cid, bytes))) {
                corrupt += 1;
                continue;
            }
            const key = (0,shared_cid/* blockKey */.Ju)(cid);
            if (local.blocks.has(key))
                received.add(key);
            else
                extra += 1;
        }
    }
    catch (error) {
        if (meter.overBudget) {
            return {
                kind: 'partial',
                checked: received.size,
                total: local.blocks.size,
                bytes: meter.bytes
            };
        }
        if (meter.stalled)
            return { kind: 'failed', why: (0,error_text/* errorText */.k)(error) };
        if (limits.signal?.aborted) {
            return {
                kind: 'failed',
                why: `the time to wait ran out while reading, after ${meter.bytes} bytes`
            };
        }
        problems.push(`the CAR could not be read: ${(0,error_text/* errorText */.k)(error)}`);
    }
    finally {
        meter.stop();
    }
    if (corrupt > 0)
        problems.push(`${(0,format/* plural */.LS)(corrupt, 'block')} did not hash to ${corrupt === 1 ? 'its' : 'their'} CID`);
    if (extra > 0)
        problems.push(`${(0,format/* plural */.LS)(extra, 'block')} that ${extra === 1 ? 'is' : 'are'} not in the published DAG`);
    const missing = missingByPath(local, received);
    if (problems.length === 0 && missing.length === 0) {
        return { kind: 'verified', blocks: received.size, bytes: meter.bytes };
    }
    return { kind: 'mismatch', problems, missing };
}
/** "docs/page-3.html: 2 of 5 blocks missing", by path, in path order. */
function missingByPath(local, received) {
    const byPath = new Map();
    for (const [key, file] of local.blocks) {
        const counts = byPath.get(file) ?? { missing: 0, total: 0 };
        counts.total += 1;
        if (!received.has(key))
            counts.missing += 1;
        byPath.set(file, counts);
    }
    return [...byPath]
        .filter(([, counts]) => counts.missing > 0)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([file, { missing, total }]) => `${file || '(the root)'}: ${missing} of ${(0,format/* plural */.LS)(total, 'block')} missing`);
}
async function hashesTo(cid, bytes) {
    if (cid.multihash.code === 0x00)
        return Buffer.from(cid.multihash.digest).equals(Buffer.from(bytes));
    if (cid.multihash.code !== sha2.sha256.code)
        return false;
    const digest = await sha2.sha256.digest(bytes);
    return Buffer.from(digest.digest).equals(Buffer.from(cid.multihash.digest));
}
function get(url, limits) {
    // No redirect is followed (undici's request does not), and nothing but these two headers goes.
    return (0,undici.request)(url, {
        method: 'GET',
        headers: { accept: CAR_ACCEPT, 'user-agent': limits.userAgent },
        signal: limits.signal,
        dispatcher: limits.dispatcher
    });
}
function isCarType(type) {
    return (type !== undefined && type.split(';')[0].trim().toLowerCase() === 'application/vnd.ipld.car');
}
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** `Retry-After` as the API's is read (seconds or an HTTP-date), bounded to 5 minutes. */
function retryAfter(value) {
    const ms = (0,header_values/* parseRetryAfter */.mu)(value, undefined, Date.now());
    return ms === undefined ? undefined : Math.min(ms, MAX_GATEWAY_WAIT_MS);
}
const MAX_GATEWAY_WAIT_MS = 5 * 60_000;
/** The body as chunks, within the byte budget and without stalling for `stallMs`. */
class Meter {
    body;
    limits;
    bytes = 0;
    overBudget = false;
    stalled = false;
    timer;
    constructor(body, limits) {
        this.body = body;
        this.limits = limits;
    }
    async *chunks() {
        this.arm();
        for await (const chunk of this.body) {
            this.arm();
            this.bytes += chunk.length;
            if (this.bytes > this.limits.maxBytes) {
                this.overBudget = true;
                throw new Error(`the byte budget of ${this.limits.maxBytes} bytes ran out`);
            }
            yield chunk;
        }
    }
    stop() {
        clearTimeout(this.timer);
        if (!this.body.destroyed)
            this.body.destroy();
    }
    arm() {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.stalled = true;
            this.body.destroy(new Error(`the gateway sent nothing for ${this.limits.stallMs} ms`));
        }, this.limits.stallMs);
    }
}

// EXTERNAL MODULE: ./src/shared/version.ts
var version = __webpack_require__(9189);
;// CONCATENATED MODULE: ./src/run/verify-retrieval.ts
/**
 * Phase, for `wait-for: verified`: once the cluster reports the pin, fetch each published root
 * from the gateway as a CAR and check it block by block against the DAG computed locally from
 * the files (content/local-dag.ts, gateway/car-check.ts). A 404 means not served yet and is
 * asked again until `wait-timeout`; a gateway without CAR support falls back to the `gateway`
 * check, with a note. Not being verified in time is a warning; a gateway serving another DAG
 * is reported with what is missing, by path.
 */










/** Bytes a run reads from gateways to verify, at most: past it, a DAG is checked in part. */
const VERIFY_BYTE_BUDGET = 256 * 1024 * 1024;
async function verifyRetrieval(report, inputs, client, deadline, plan, targets, 
// Injected, so that a test can drive the polling without waiting for real.
clock = shared_clock/* systemClock */.m) {
    return (0,action_log/* group */.Os)('Wait until the gateway serves every block (verified)', async () => {
        const started = clock.now();
        const endsAt = started + inputs.waitTimeoutMs;
        const base = { waitedFor: 'verified', checked: targets.length, total: totalOf(report) };
        const waited = () => clock.now() - started;
        const pinned = await waitUntilReady(targets, {
            waitFor: 'pinned',
            timeoutMs: inputs.waitTimeoutMs,
            api: client,
            clock,
            log: action_log/* actionLog */.Zx,
            signal: deadline
        });
        if (pinned.state === 'not-ready') {
            const detail = pinned.unreadable ?? pinned.items.find(i => i.state === 'not-ready')?.detail;
            return { ...base, state: 'not-ready', waitedMs: waited(), ...(detail && { detail }) };
        }
        let dags;
        try {
            dags = await localDags(plan, report.profile, deadline);
        }
        catch (error) {
            const why = (0,error_text/* errorText */.k)(error);
            return {
                ...base,
                state: 'pinned',
                waitedMs: waited(),
                detail: `the DAG could not be computed locally (${why})`
            };
        }
        const checks = targets.flatMap(target => {
            const dag = dags.find(d => (0,shared_cid/* sameContent */.Cm)(d.root.toString(), target.cid));
            return dag ? [{ target, dag }] : [];
        });
        const limits = {
            maxBytes: VERIFY_BYTE_BUDGET,
            maxBlockBytes: DEFAULT_MAX_BLOCK_BYTES,
            stallMs: inputs.timeoutMs,
            signal: deadline,
            userAgent: version/* USER_AGENT */._
        };
        const first = checks[0]?.target;
        const probe = first
            ? await probeTrustless(first.url, first.cid, limits)
            : { supported: false, why: 'pins by CID have no local DAG to compare with' };
        if (!probe.supported) {
            action_log/* actionLog */.Zx.info(`Not verifying block by block: ${probe.why}. Checking that the gateway answers 200 instead.`);
            const served = await waitUntilReady(targets, {
                waitFor: 'gateway',
                timeoutMs: Math.max(0, endsAt - clock.now()),
                api: client,
                clock,
                log: action_log/* actionLog */.Zx,
                signal: deadline
            });
            const detail = first
                ? `the gateway has no trustless (CAR) support (${probe.why}), so only its answer was checked`
                : probe.why;
            return { ...base, state: served.state, waitedMs: waited(), detail };
        }
        let budget = VERIFY_BYTE_BUDGET;
        const results = [];
        for (const { target, dag } of checks) {
            const result = await pollCar(target, dag, { ...limits, maxBytes: budget }, endsAt, {
                deadline,
                clock
            });
            if (result.kind === 'verified' || result.kind === 'partial')
                budget -= result.bytes;
            results.push({ label: target.label, result });
            if (budget <= 0)
                break;
        }
        return { ...base, checked: results.length, ...combine(results), waitedMs: waited() };
    });
}
/** Asks for `target`'s CAR until the answer settles it or the wait ends. */
async function pollCar(target, dag, limits, endsAt, { deadline, clock }) {
    for (let poll = 1;; poll++) {
        // A gateway trickling its answer must not hold the run past `wait-timeout`.
        const left = Math.max(1, endsAt - clock.now());
        const signal = AbortSignal.any([deadline, AbortSignal.timeout(left)]);
        const result = await checkCar(target.url, dag, { ...limits, signal });
        action_log/* actionLog */.Zx.info(`${target.label}: ${describeCheck(result, dag.blocks.size)}`);
        if (!['absent', 'failed', 'redirected'].includes(result.kind))
            return result;
        const asked = result.kind === 'absent' ? result.retryAfterMs : undefined;
        const delay = Math.max(asked ?? 0, pollDelay(poll, Math.random));
        if (deadline.aborted || clock.now() + delay > endsAt)
            return result;
        await clock.sleep(delay, deadline).catch(() => { });
    }
}
function describeCheck(result, dagBlocks) {
    switch (result.kind) {
        case 'verified':
            return `verified: the gateway served all ${(0,format/* plural */.LS)(result.blocks, 'block')} (${(0,format/* formatBytes */.z3)(result.bytes)}), each hashing to its CID.`;
        case 'partial':
            return `checked ${result.checked} of ${(0,format/* plural */.LS)(result.total, 'block')} before the verification budget of ${(0,format/* formatBytes */.z3)(VERIFY_BYTE_BUDGET)} ran out.`;
        case 'absent':
            return `HTTP ${result.status}: not served yet.`;
        case 'redirected':
            return `HTTP ${result.status}: a redirect, which is not followed and does not count as serving it.`;
        case 'failed':
            return `the read failed (${result.why}).`;
        case 'unsupported':
            return `no CAR answer (${result.why}).`;
        case 'mismatch':
            // No emoji here: ⚠️ carries a variation selector, which the log shows escaped.
            return `not our DAG: ${[...result.problems, ...result.missing.slice(0, 5)].join('; ')}${result.missing.length > 5 ? `; and ${result.missing.length - 5} more paths with blocks missing` : ''}${dagBlocks === undefined ? '' : ` (the DAG has ${(0,format/* plural */.LS)(dagBlocks, 'block')})`}.`;
    }
}
/** One state for the report: the weakest result decides. */
function combine(results) {
    const mismatch = results.find(r => r.result.kind === 'mismatch');
    if (mismatch && mismatch.result.kind === 'mismatch') {
        const { problems, missing } = mismatch.result;
        return {
            state: 'mismatch',
            detail: `${mismatch.label}: ${(0,format/* listSome */.XT)([...problems, ...missing], 5)}`
        };
    }
    const unsettled = results.find(r => !['verified', 'partial'].includes(r.result.kind));
    if (unsettled) {
        return { state: 'pinned', detail: `${unsettled.label}: ${describeCheck(unsettled.result)}` };
    }
    const partial = results.find(r => r.result.kind === 'partial');
    if (partial && partial.result.kind === 'partial') {
        return {
            state: 'retrievable',
            detail: `${partial.label}: ${partial.result.checked} of ${(0,format/* plural */.LS)(partial.result.total, 'block')} checked within the budget of ${(0,format/* formatBytes */.z3)(VERIFY_BYTE_BUDGET)}`
        };
    }
    const blocks = results.reduce((sum, r) => sum + (r.result.kind === 'verified' ? r.result.blocks : 0), 0);
    return { state: 'verified', detail: `the gateway served all ${(0,format/* plural */.LS)(blocks, 'block')}` };
}
function totalOf(report) {
    return new Set(report.items.map(i => i.cid)).size;
}

;// CONCATENATED MODULE: ./src/run/wait-for-links.ts
/**
 * Phase: with `wait-for`, wait until what was published is pinned (and served by the gateway),
 * so the links posted in the comment and the deployment work when a reviewer clicks them. Not
 * being ready in time is a warning, never a failure of the step.
 */







/**
 * Items checked, at most: each costs a request per poll, and the rate limit is shared with the
 * uploads. The directory (or the first files and pins) are what the comment links first.
 */
const MAX_CHECKED = 10;
/** Returns what it found: the readiness, and a warning when the links do not work yet. */
async function waitForLinks(report, inputs, client, deadline, plan, clock = shared_clock/* systemClock */.m) {
    if (inputs.waitFor === 'none' || !client || report.items.length === 0)
        return {};
    const targets = readinessTargets(report.items);
    const api = readinessApi(client);
    const waitFor = inputs.waitFor;
    if (waitFor === 'verified') {
        const readiness = await verifyRetrieval(report, inputs, api, deadline, plan, targets, clock);
        return { readiness, warnings: concludeVerified(readiness, inputs) };
    }
    const result = await (0,action_log/* group */.Os)(`Wait until the links work (${waitFor})`, () => waitUntilReady(targets, {
        waitFor,
        timeoutMs: inputs.waitTimeoutMs,
        api,
        clock,
        log: action_log/* actionLog */.Zx,
        signal: deadline
    }));
    const notReady = result.items.find(item => item.state !== result.state) ?? result.items[0];
    const readiness = {
        state: result.state,
        waitedFor: waitFor,
        checked: targets.length,
        total: new Set(report.items.map(i => i.cid)).size,
        waitedMs: result.waitedMs,
        detail: result.unreadable ?? notReady?.detail
    };
    if ((0,report_report/* isReady */.i_)(readiness)) {
        action_log/* actionLog */.Zx.info(`${result.state === 'retrievable' ? 'Retrievable' : 'Pinned'} after ${(0,format/* formatDuration */.a3)(result.waitedMs)} (${(0,format/* plural */.LS)(result.polls, 'poll')}).`);
        return { readiness };
    }
    const why = readiness.detail ? `: ${readiness.detail}` : '';
    return {
        readiness,
        warnings: [
            `The content was not ${waitFor === 'gateway' ? 'retrievable from the gateway' : 'pinned'} within \`wait-timeout\` (${(0,format/* formatDuration */.a3)(inputs.waitTimeoutMs)})${why}. It is published; the links may work a little later. Raise \`wait-timeout\` to wait longer.`
        ]
    };
}
/**
 * Pin status from the API, gateway probes on the same transport (its limits, retries and the
 * run's deadline) but without the API's key or headers.
 */
function readinessApi(client) {
    const prober = new GatewayProber(client.transport);
    return {
        pinStatus: (cid, cluster) => client.pinStatus(cid, cluster),
        probe: url => prober.probe(url)
    };
}
/** The log line of a verified DAG, or the warning of one that is not. */
function concludeVerified(readiness, inputs) {
    if (readiness.state === 'verified') {
        action_log/* actionLog */.Zx.info(`Verified after ${(0,format/* formatDuration */.a3)(readiness.waitedMs)}: ${readiness.detail ?? ''}.`);
        return [];
    }
    const why = readiness.detail ? `: ${readiness.detail}` : '';
    return [
        readiness.state === 'mismatch'
            ? `The gateway served a different or incomplete DAG${why}. What was published is pinned; the gateway's copy is not it. Check the gateway, or re-run later.`
            : `The content was not verified on the gateway within \`wait-timeout\` (${(0,format/* formatDuration */.a3)(inputs.waitTimeoutMs)})${why}. It is published; raise \`wait-timeout\` to wait longer.`
    ];
}
/** One target per distinct CID, in report order, the first few. */
function readinessTargets(items) {
    const seen = new Set();
    const targets = [];
    for (const item of items) {
        if (seen.has(item.cid) || targets.length >= MAX_CHECKED)
            continue;
        seen.add(item.cid);
        targets.push({
            cid: item.cid,
            cluster: item.cluster ?? undefined,
            url: item.gatewayUrl,
            label: item.path ?? item.name
        });
    }
    return targets;
}


/***/ })

};
