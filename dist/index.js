import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_escape_log_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7497);
/* harmony import */ var _shared_error_text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7859);
/**
 * The action's entry point. The work runs in a worker thread with a small young generation:
 * left to itself, V8 grows it to tens of MB while a site of thousands of files is globbed and
 * hashed, and an action cannot pass flags to the runner's `node`. The main thread only waits.
 */




/** Young-generation cap of the worker, in MB: enough for throughput, small for memory. */
const YOUNG_GENERATION_MB = 4;
if (node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread) {
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(new URL(import.meta.url), {
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
    });
    worker.on('error', error => {
        // An error the action did not catch itself; @actions/core and the sink live in the worker.
        // The runner masks the secrets it was given in this line; nothing else reads it.
        // eslint-disable-next-line no-restricted-properties -- the one write outside the sink
        process.stdout.write((0,_shared_escape_log_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCommand */ .iZ)(error instanceof Error ? (error.stack ?? error.message) : (0,_shared_error_text_js__WEBPACK_IMPORTED_MODULE_3__/* .errorText */ .k)(error)));
        process.exitCode = 1;
    });
    worker.on('exit', code => {
        if (code !== 0)
            process.exitCode = code;
    });
}
else {
    const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(573), __nccwpck_require__.e(870)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3870));
    // V8's heuristics that favour memory over speed (`node --optimize-for-size`, which an action
    // cannot pass): the garbage collector then collects the old generation before it holds tens of
    // MB of garbage. A 20,000-file site peaked at 189 MB without, 160 MB with, in the same time.
    // Set once the code is loaded: before, it slowed start-up by 70 ms. The flag is read as the
    // collector goes, so it takes effect from here on.
    (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--optimize-for-size');
    await run();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7859:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ errorText)
/* harmony export */ });
/**
 * The message of anything thrown, as readable text: an Error's message; an object's `message`;
 * a plain object's fields as JSON (not "[object Object]"); anything else as `String()` gives it.
 */
function errorText(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'object' && error !== null) {
        const { message } = error;
        if (typeof message === 'string')
            return message;
        // An object without a toString of its own says more through its fields.
        if (!('toString' in error) || error.toString === Object.prototype.toString) {
            try {
                // undefined when a toJSON() says so
                const json = JSON.stringify(error);
                if (json !== undefined)
                    return json;
            }
            catch {
                // A cycle or a BigInt: fall through to String().
            }
        }
    }
    return String(error);
}


/***/ }),

/***/ 7497:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   iZ: () => (/* binding */ errorCommand),
/* harmony export */   ki: () => (/* binding */ plainAnnotation)
/* harmony export */ });
/* unused harmony export logText */
/* harmony import */ var _visible_controls_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3262);
/**
 * Log lines that cannot carry a workflow command. How the runner reads a step's output
 * (actions/runner: src/Runner.Sdk/ProcessInvoker.cs and src/Runner.Common/ActionCommand.cs):
 *
 * - stdout and stderr are read with .NET `StreamReader.ReadLine`: a line ends at `\n`, `\r` or
 *   `\r\n`. Each line is then tried as a command.
 * - V2 syntax `::name props::data`: the line is trimmed of leading white space (.NET
 *   `TrimStart`: every Unicode space, tab, U+0085, U+2028 …) and must then start with `::` and
 *   name a registered command, in any letter case.
 * - V1 syntax `##[name props]data`: `##[` anywhere in the line, before a registered name and `]`.
 *
 * The rule implemented here, for every line the action prints:
 * 1. control characters and line breaks of every kind are shown as escapes (`\n`, `\r`,
 *    `\u2028`, `\x1b` …), so a value cannot start a line of its own, and so is every character
 *    that hides or reorders text (`\u200f`, `\u200b`, `\ufeff`, `\u{e0041}` …): the shared
 *    rule of visible-controls.ts;
 * 2. a line whose first characters after white space are `::` gets a backslash before them;
 * 3. every `##[` becomes `##\[`.
 * A message the action writes on several lines on purpose (an annotation listing failures) keeps
 * its `\n` between lines, and each line obeys the rule.
 */

/**
 * `TrimStart` white space: JavaScript's `\s` plus U+0085 and U+180E, which .NET also trims (rule
 * 1 has already shown both, and U+FEFF, as escapes; they stay here should that rule change).
 */
const COMMAND_START = /^([\s\u0085\u180e]*)::/;
const V1_COMMAND = /##\[/g;
/** A line with no command in it: rules 2 and 3 on a line already free of line breaks. */
function defuse(line) {
    return line.replace(COMMAND_START, '$1\\::').replace(V1_COMMAND, '##\\[');
}
/** One log line: whatever `text` holds, it prints as a single line that is no command. */
function logLine(text) {
    return defuse((0,_visible_controls_js__WEBPACK_IMPORTED_MODULE_0__/* .showControls */ .mz)(text));
}
/**
 * A message of several lines (an annotation, the failure list): its `\n` and `\r\n` stay line
 * breaks, every other break and control is shown, and no line is a command.
 */
function logText(text) {
    return (0,_visible_controls_js__WEBPACK_IMPORTED_MODULE_0__/* .messageLines */ .VL)(text)
        .map(line => defuse((0,_visible_controls_js__WEBPACK_IMPORTED_MODULE_0__/* .showControls */ .mz)(line)))
        .join('\n');
}
/**
 * An `::error::` command line for where @actions/core is not loaded (the main thread, after the
 * worker died): the message escaped as above, then encoded as the runner decodes command data.
 */
function errorCommand(message) {
    const data = logText(message).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return `::error::${data}\n`;
}
/**
 * An annotation as plain text: GitHub shows annotations without Markdown, so the code spans the
 * action's messages use for inputs and values (`` `concurrency` ``) read as raw backticks. They
 * become double quotes; a lone backtick (in a file name, say) stays as it is.
 */
function plainAnnotation(text) {
    return logText(text.replace(/`([^`\n]+)`/g, '"$1"'));
}


/***/ }),

/***/ 3262:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RG: () => (/* binding */ HIDDEN),
/* harmony export */   VL: () => (/* binding */ messageLines),
/* harmony export */   mz: () => (/* binding */ showControls)
/* harmony export */ });
/**
 * The one rule for characters that hide or reorder text, used by every sink a person reads: the
 * job summary and the PR comment (escape-markdown.ts), the log and the annotations
 * (escape-log.ts), the commit and deployment status descriptions (report/status.ts), the failure
 * message (report/outputs.ts) and quoted values inside messages (quote.ts). Each such character
 * is written as an escape (`\n`, `\x1b`, `\u200f`, `\u{e0041}`), so a file name or a server
 * message shows what it holds: it cannot start a line, end a table row, colour a terminal,
 * reorder the text around it, or pass for another name (`ind\u200bex.html` next to
 * `index.html`). A backslash already in the text is left as it is: the escapes are for reading,
 * not for decoding.
 *
 * Display only: uploads carry names exactly, links percent-encode the real bytes, and the JSON
 * outputs (`results`, `cids`, …) keep every character for the workflows that read them.
 */
const NAMED = {
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
    '\f': '\\f',
    '\0': '\\0'
};
/**
 * What is shown as an escape, by Unicode property (V8 in Node 20 and 24 knows each; both carry
 * Unicode 17), so that new characters of a class are covered without a list to keep:
 *
 * - `Cc` control characters: C0, DEL and C1 (U+0085 NEXT LINE among them). Tab only where
 *   `tabs` asks for it.
 * - `Zl` and `Zp`: U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
 * - `Cf` format characters: soft hyphen U+00AD, Arabic letter mark U+061C, U+180E, the zero
 *   widths U+200B–U+200D, the marks LRM U+200E and RLM U+200F, the bidi embeddings and overrides
 *   U+202A–U+202E and isolates U+2066–U+2069, word joiner U+2060, invisible operators
 *   U+2061–U+2064, U+206A–U+206F, BOM U+FEFF, interlinear annotations U+FFF9–U+FFFB, the tag
 *   characters U+E0001 and U+E0020–U+E007F, and the prepended concatenation marks such as
 *   U+0600, which draw over the digits after them.
 * - `Default_Ignorable_Code_Point`: what a font may draw as nothing, beyond `Cf`: the Hangul
 *   fillers U+115F, U+1160, U+3164, U+FFA0, combining grapheme joiner U+034F, Khmer U+17B4 and
 *   U+17B5, the Mongolian selectors U+180B–U+180F, every variation selector (VS1–VS16 U+FE00–
 *   U+FE0F, VS17–VS256 U+E0100–U+E01EF), and the reserved U+2065, U+FFF0–U+FFF8 and
 *   U+E0000–U+E0FFF.
 * - `Cs`: a lone surrogate, which cannot be drawn (a well-formed pair is one character and is
 *   kept).
 *
 * Variation selectors, VS16 included, are shown too, although VS16 is how an emoji asks for its
 * colour form (`⚠️` is U+26A0 U+FE0F). A name is a file path: two paths that differ only in a
 * selector are two files, and whether the selector changes the picture depends on the character
 * before it and on the font (after `🎉`, or after a letter, it changes nothing). So do ZWJ inside
 * emoji sequences and the tag characters of subdivision flags: `⚠\ufe0f.txt` is exact, and still
 * readable. The action's own emoji are not passed through this rule.
 *
 * `HIDDEN` matches one such character, tab included. It is global: use it with `replace`, not
 * `test`, which would carry its position from one call to the next.
 *
 * Spaces other than U+0020 (NBSP, U+3000 …) are drawn as spaces and are left as they are: they
 * are look-alikes, like Cyrillic `а` for Latin `a`, not hidden characters, and this rule does not
 * try to find look-alikes.
 */
const HIDDEN = /[\p{Cc}\p{Zl}\p{Zp}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/gu;
/**
 * A character as an escape: named (`\n`), two hex digits up to U+00FF (`\x1b`), four up to
 * U+FFFF (`\u200f`), and the code point in braces beyond (`\u{e0041}`).
 */
function escapeCharacter(char) {
    const named = NAMED[char];
    if (named !== undefined)
        return named;
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0xff)
        return `\\x${code.toString(16).padStart(2, '0')}`;
    if (code <= 0xffff)
        return `\\u${code.toString(16).padStart(4, '0')}`;
    return `\\u{${code.toString(16)}}`;
}
/**
 * `text` with every character of the rule above as a visible escape: controls, line breaks,
 * format characters, default-ignorable characters and lone surrogates.
 */
function showControls(text, options = {}) {
    return text.replace(HIDDEN, char => char === '\t' && !options.tabs ? char : escapeCharacter(char));
}
/**
 * The lines of a message written on several lines on purpose: split at `\n` and `\r\n` only.
 * Any other line break (a lone `\r`, U+2028, U+0085 …) stays inside its line, to be shown.
 */
function messageLines(text) {
    return text.split(/\r?\n/);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
