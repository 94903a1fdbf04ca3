/** Kept equal to package.json's version by a unit test; sent in every request's User-Agent. */
export const VERSION = '1.0.0'

export const USER_AGENT = `pinarkive-pin-action/${VERSION} (+https://github.com/pinarkive/pin-action)`
