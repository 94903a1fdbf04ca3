export const id = 588;
export const ids = [588];
export const modules = {

/***/ 5588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CID: () => (/* reexport safe */ multiformats_cid__WEBPACK_IMPORTED_MODULE_4__.TO),
/* harmony export */   UnixFS: () => (/* reexport safe */ ipfs_unixfs__WEBPACK_IMPORTED_MODULE_5__.eu),
/* harmony export */   balanced: () => (/* reexport safe */ ipfs_unixfs_importer_layout__WEBPACK_IMPORTED_MODULE_1__.l),
/* harmony export */   dagPb: () => (/* reexport module object */ _ipld_dag_pb__WEBPACK_IMPORTED_MODULE_2__),
/* harmony export */   importer: () => (/* reexport safe */ ipfs_unixfs_importer__WEBPACK_IMPORTED_MODULE_0__.Tk),
/* harmony export */   sha256: () => (/* reexport safe */ multiformats_hashes_sha2__WEBPACK_IMPORTED_MODULE_3__.sha256)
/* harmony export */ });
/* harmony import */ var ipfs_unixfs_importer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(743);
/* harmony import */ var ipfs_unixfs_importer_layout__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6885);
/* harmony import */ var _ipld_dag_pb__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6047);
/* harmony import */ var multiformats_hashes_sha2__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3097);
/* harmony import */ var multiformats_cid__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3656);
/* harmony import */ var ipfs_unixfs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9497);
/**
 * Everything local CID computation loads, behind one dynamic import: one lazy chunk in the
 * bundle (separate imports made the bundler copy shared modules such as dag-pb into two).
 */








/***/ })

};
