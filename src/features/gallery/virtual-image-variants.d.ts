/** Written at build time by build/image-variants.ts: each photo's pixel size and its WebP copies. */
declare module 'virtual:image-variants' {
  const manifest: import('../../shared/image-variants').VariantManifest
  export default manifest
}
