const SCHEME = /^[a-z][a-z0-9+.-]*:/i

/** The URL to put in `href`/`src`: relative addresses are resolved against the site base. */
export function resolveAddress(address: string, base: string = import.meta.env.BASE_URL): string {
  if (SCHEME.test(address) || address.startsWith('/')) return address
  return `${base.endsWith('/') ? base : `${base}/`}${address.replace(/^\.\//, '')}`
}
