/** Small URL facts shared by the inputs and the transport. */

/** Hosts where plain http cannot expose anything to anyone but this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host)
}

/**
 * `text` with the user name and password of each URL-like string in it replaced by `***`, so
 * that an error about a malformed URL can show it without its secret. Works on text no URL
 * parser accepts (`https://user:secret@host:bad/`), also when something precedes the URL (a
 * quote left over from YAML: `'https://user:secret@host'`).
 */
export function hideUserinfo(text: string): string {
  return text.replace(/([A-Za-z][A-Za-z0-9+.-]*:\/*)[^\s/?#]*@/g, '$1***@')
}
