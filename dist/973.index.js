export const id = 973;
export const ids = [973];
export const modules = {

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

/***/ 8354:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   balanced: () => (/* reexport safe */ _balanced_js__WEBPACK_IMPORTED_MODULE_0__.l)
/* harmony export */ });
/* harmony import */ var _balanced_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6885);
/**
 * @packageDocumentation
 *
 * Layout functions allow customising the shape of final DAGs
 *
 * {@link https://dag.ipfs.tech} can be used to explore different conigurations.
 */



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

/***/ })

};
