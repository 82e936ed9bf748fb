/**
 * The naming rule shared by the build's image step (build/image-variants.ts) and the app: every
 * shipped JPEG or PNG photo `images/x/1.jpg` gets WebP copies `images/x/1-480.webp`, `…-960.webp`…
 */
export const VARIANT_WIDTHS = [480, 960, 1600] as const

/** The photos the build resizes: JPEG and PNG files. */
const RESIZABLE = /\.(?:jpe?g|png)$/i

/** What the build read of one photo: its pixel size (as shown, EXIF orientation applied) and the widths of its WebP copies. */
export interface PhotoFacts {
  width: number
  height: number
  widths: readonly number[]
}

/** The photos the build processed: source address (`images/x/1.jpg`) → what it read and made. */
export type VariantManifest = Readonly<Record<string, PhotoFacts>>

/** Whether the build makes WebP copies of a file, by its name. */
export function isResizable(address: string): boolean {
  return RESIZABLE.test(address)
}

/** The widths to make of a photo `sourceWidth` pixels wide: never wider than the source. */
export function variantWidths(sourceWidth: number): number[] {
  const largest = Math.min(sourceWidth, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!)
  return [...VARIANT_WIDTHS.filter((width) => width < largest), largest]
}

/** `images/x/1.jpg` → `images/x/1-480.webp` (a PNG alike) */
export function variantPath(source: string, width: number): string {
  return source.replace(RESIZABLE, `-${width}.webp`)
}
