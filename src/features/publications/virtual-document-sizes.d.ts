/** Written at build time by build/document-sizes.ts: the size in bytes of each document of the site. */
declare module 'virtual:document-sizes' {
  const sizes: Readonly<Record<string, number>>
  export default sizes
}
