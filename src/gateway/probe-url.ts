/** Which URLs the gateway prober may probe: nothing that could leak or go astray. */
import { quoteValue } from '../shared/quote.js'
import { hideUserinfo, isLoopbackHost } from '../shared/url.js'

/** Redirects a probe follows at most. */
export const MAX_PROBE_REDIRECTS = 3

/**
 * Why `url` may not be probed, or undefined when it may: an https:// URL, or http:// to this
 * machine (a local gateway, the test fakes), without a user name or password in it.
 */
export function probeUrlProblem(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return `${quoteValue(hideUserinfo(url))} is not a URL`
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return `${quoteValue(hideUserinfo(url))} carries a user name or password`
  }
  if (parsed.protocol === 'https:') return undefined
  if (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname)) return undefined
  return `only https:// URLs, or http:// to this machine, are probed, not ${quoteValue(hideUserinfo(url))}`
}

/** Statuses whose `Location` a probe follows. */
export function isRedirect(status: number): boolean {
  return [301, 302, 303, 307, 308].includes(status)
}

/**
 * The host `next` leads to when it is not the probed URL's host or a subdomain of it (a path
 * gateway sends `/ipfs/<cid>` on to `<cid>.ipfs.<host>`): content served elsewhere is not
 * served by the gateway the links name, so the probe stops there and says where it led.
 */
export function offHostOf(next: string, probed: string): string | undefined {
  const to = new URL(next).hostname
  const from = new URL(probed).hostname
  return to === from || to.endsWith(`.${from}`) ? undefined : to
}
