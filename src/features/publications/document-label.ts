/**
 * What a document link says of its target (RGAA 13.3): its format, from the address, and its
 * size, as the build read it from the file (`virtual:document-sizes`; none for a document on
 * another host).
 */
import { formatNumber } from '../../shared/number.ts'

const SCHEME = /^[a-z][a-z0-9+.-]*:|^\/\//i

/** "591 o", "245 Ko", "1,2 Mo": sizes as French writes them (1 Ko = 1 024 octets). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} o`
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024))} Ko`
  return `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10)} Mo`
}

/** The file's path within the site (`files/x.pdf`) for an address of the site, else null. */
const sitePath = (address: string) => (SCHEME.test(address) ? null : address.replace(/[?#].*$/, '').replace(/^(\.?\/)+/, ''))

/** "PDF, 245 Ko", "PDF" for a document elsewhere, or "" when the address says nothing. */
export function documentDetails(address: string, sizes: Readonly<Record<string, number>>): string {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(new URL(address, 'http://site/').pathname)?.[1]
  const path = sitePath(address)
  const size = path === null ? undefined : sizes[decodeURIComponent(path)]
  return [extension?.toUpperCase(), size === undefined ? undefined : formatSize(size)].filter(Boolean).join(', ')
}
