/** Written at build time by scripts/images/plugin.ts: the photos that have WebP copies. */
declare module 'virtual:image-variants' {
  const manifest: import('../../shared/image-variants').VariantManifest
  export default manifest
}
