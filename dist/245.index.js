export const id = 245;
export const ids = [245];
export const modules = {

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


/***/ }),

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Io: () => (/* binding */ Watchdog),
/* harmony export */   Tp: () => (/* binding */ AttemptLimit),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6338);
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
            throw new AttemptLimit('too-large', `answer larger than ${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(maxBytes)}, reading stopped there`);
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


/***/ }),

/***/ 2211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   VU: () => (/* binding */ DEFAULT_BACKOFF),
/* harmony export */   mu: () => (/* reexport safe */ _shared_header_values_js__WEBPACK_IMPORTED_MODULE_0__.mu)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _shared_header_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8559);
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


/***/ }),

/***/ 8721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ Transport),
  w: () => (/* binding */ header)
});

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/shared/clock.ts
var clock = __webpack_require__(6103);
// EXTERNAL MODULE: ./src/shared/error-text.ts
var error_text = __webpack_require__(7859);
// EXTERNAL MODULE: ./src/shared/quote.ts
var quote = __webpack_require__(6717);
// EXTERNAL MODULE: ./src/transport/attempt-limits.ts
var attempt_limits = __webpack_require__(6109);
// EXTERNAL MODULE: ./src/transport/errors.ts
var errors = __webpack_require__(9854);
// EXTERNAL MODULE: ./src/shared/header-values.ts
var header_values = __webpack_require__(8559);
;// CONCATENATED MODULE: ./src/transport/rate-limiter.ts

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

// EXTERNAL MODULE: ./src/transport/resend.ts
var resend = __webpack_require__(8010);
// EXTERNAL MODULE: ./src/transport/retry.ts
var transport_retry = __webpack_require__(2211);
;// CONCATENATED MODULE: ./src/transport/transport.ts
/**
 * HTTP with retries, backoff, one shared rate limiter, and time and size limits on every attempt.
 * Knows no endpoint and no server's answers: callers pass one attempt as a function, and read
 * what came back themselves. Knows nothing of @actions/core: it reports through events.
 */









/** A header's first value. */
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
class Transport {
    options;
    limiter;
    clock;
    policy;
    dispatcher;
    random;
    ownsDispatcher;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? clock/* systemClock */.m;
        this.random = options.random ?? Math.random;
        this.policy = { ...transport_retry/* DEFAULT_BACKOFF */.VU, ...options.backoff, retries: options.retries };
        this.limiter = new RateLimiter(this.clock, this.policy.maxServerWaitMs, this.policy.maxServerWaitTotalMs);
        this.ownsDispatcher = options.dispatcher === undefined;
        // Our own inactivity watchdog replaces undici's header/body timeouts, which cannot see
        // upload progress. Redirects are never followed, so the key goes to no other host.
        this.dispatcher =
            options.dispatcher ??
                new undici.Agent({ headersTimeout: 0, bodyTimeout: 0, connectTimeout: options.timeoutMs });
    }
    /** Releases pooled connections so the process can exit. */
    async close() {
        if (this.ownsDispatcher)
            await this.dispatcher.close();
    }
    /**
     * Attempts `once` (run it through `guarded`, which releases the limiter) until success or a
     * final error. A body the server may have stored is sent again only when `beforeResend`
     * (asked after the wait, so the server had time to finish) says so.
     */
    async retrying(label, once, { ownServer, beforeResend }) {
        for (let retry = 0;; retry++) {
            this.throwIfAbandoned();
            await this.limiter.acquire(this.options.signal).catch(() => this.throwIfAbandoned());
            const outcome = await once(retry + 1);
            if (outcome.ok)
                return outcome.body;
            const decision = (0,transport_retry/* decide */.LD)(outcome.failure, retry, this.policy, this.random);
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
     * Runs one exchange, aborted when neither request nor response moves for `timeoutMs`, when
     * the answer is not complete `timeoutMs` after its headers (once `answered` is called), when
     * it grows past a cap (an AttemptLimit thrown), or at the run's deadline. The limiter's slot
     * is released when the headers are in, or at the end.
     */
    async guarded(run) {
        const controller = new AbortController();
        const outer = this.options.signal;
        const onOuterAbort = () => controller.abort(outer?.reason);
        outer?.addEventListener('abort', onOuterAbort, { once: true });
        const watchdog = new attempt_limits/* Watchdog */.Io(this.options.timeoutMs, reason => controller.abort(reason));
        let released = false;
        const release = () => {
            if (!released)
                this.limiter.release();
            released = true;
        };
        const cleanups = [];
        try {
            return await run({
                signal: controller.signal,
                touch: () => watchdog.touch(),
                answered: () => {
                    watchdog.answerStarted();
                    release();
                },
                onEnd: cleanup => cleanups.push(cleanup),
                dispatcher: this.dispatcher,
                userAgent: this.options.userAgent
            });
        }
        catch (error) {
            // Over the cap: drop the connection rather than drain the rest.
            if (error instanceof attempt_limits/* AttemptLimit */.Tp)
                controller.abort(error);
            const reason = controller.signal.reason;
            if (reason instanceof attempt_limits/* AttemptLimit */.Tp)
                throw reason;
            if (outer?.aborted) {
                throw new errors/* AbandonedError */.TK('abandoned: the run ran out of time (max-duration)');
            }
            throw findSourceError(error) ?? error;
        }
        finally {
            release();
            for (const cleanup of cleanups)
                cleanup();
            watchdog.stop();
            outer?.removeEventListener('abort', onOuterAbort);
        }
    }
    /** An attempt that threw: a failure to decide on, or (when no retry can mend it) thrown. */
    failedOutcome(error, attempts) {
        if (error instanceof errors/* ProtocolError */.bd || error instanceof errors/* AbandonedError */.TK)
            throw error;
        if (error instanceof errors/* BodySourceError */.MU || error instanceof errors/* FileNameError */.uj)
            throw error;
        this.throwIfAbandoned();
        if (error instanceof attempt_limits/* AttemptLimit */.Tp) {
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
    throwIfAbandoned() {
        if (this.options.signal?.aborted) {
            throw new errors/* AbandonedError */.TK('abandoned: the run ran out of time (max-duration)');
        }
    }
}
/** A network error's message and code; cut, since a parser error may quote what it received. */
function describeNetworkError(error) {
    const err = (typeof error === 'object' && error !== null ? error : {});
    const code = err.code ?? err.cause?.code;
    const message = (0,quote/* truncateText */.E)((0,error_text/* errorText */.k)(error), errors/* SERVER_TEXT_MAX */.B8);
    return code && !message.includes(code) ? `${message} (${code})` : message;
}
/** The retry line's reason: what the server asked for, or what went wrong. */
function retryReason(outcome) {
    const { failure } = outcome;
    if (failure.kind !== 'http' || failure.status !== 429)
        return outcome.error.message;
    return failure.retryAfterMs === undefined
        ? 'HTTP 429 rate limited'
        : `HTTP 429 rate limited, server asked for ${(0,attempt_limits/* formatSeconds */.Xo)(failure.retryAfterMs)}`;
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


/***/ })

};
