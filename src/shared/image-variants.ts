/**
 * The naming rule shared by the build's image step (scripts/images/) and the app: every
 * shipped JPEG photo `images/x/1.jpg` gets WebP copies `images/x/1-480.webp`, `…-960.webp`…
 */
export const VARIANT_WIDTHS = [480, 960, 1600] as const

/** Which photos the build processed: source address (`images/x/1.jpg`) → widths made. */
export type VariantManifest = Readonly<Record<string, readonly number[]>>

/** The widths to make of a photo `sourceWidth` pixels wide: never wider than the source. */
export function variantWidths(sourceWidth: number): number[] {
  const largest = Math.min(sourceWidth, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!)
  return [...VARIANT_WIDTHS.filter((width) => width < largest), largest]
}

/** `images/x/1.jpg` → `images/x/1-480.webp` */
export function variantPath(source: string, width: number): string {
  return source.replace(/\.jpe?g$/i, `-${width}.webp`)
}
