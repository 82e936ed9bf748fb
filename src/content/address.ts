/**
 * A link or image address from the data: a path relative to the site base (`images/…`),
 * a root path (`/…`) or an `http(s)://` URL. Anything else — `javascript:`, `data:`,
 * a protocol-relative `//host`, back-slashes, spaces or control characters — is refused,
 * so no address from the data can run code or leave the page for an unexpected scheme.
 */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i
const UNSAFE_CHARACTERS = /[\s\\\u0000-\u001f\u007f]/

export function isSafeAddress(address: string): boolean {
  if (address === '' || UNSAFE_CHARACTERS.test(address)) return false
  if (SCHEME.test(address)) return isHttpUrl(address)
  return !address.startsWith('//')
}

function isHttpUrl(address: string): boolean {
  if (!/^https?:\/\/[^/?#]/i.test(address)) return false
  try {
    const url = new URL(address)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}
