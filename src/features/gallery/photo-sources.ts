import variants from 'virtual:image-variants'
import type { Photo } from '../../content/schemas'
import { resolveAddress } from '../../shared/asset-url'
import { variantPath, type VariantManifest } from '../../shared/image-variants'

/** What an `<img>`/`<source>` pair needs: the address to fall back on and the WebP `srcset`. */
export interface PhotoSources {
  src: string
  webpSrcset?: string
}

/**
 * The WebP copies the build made of `photo.src`, if any (only site-relative JPEGs it
 * processed: other addresses are used as given), and the thumbnail or full photo as fallback.
 */
export function photoSources(photo: Photo, size: 'thumb' | 'full', manifest: VariantManifest = variants): PhotoSources {
  const src = resolveAddress(size === 'thumb' ? (photo.thumb ?? photo.src) : photo.src)
  const widths = Object.hasOwn(manifest, photo.src) ? manifest[photo.src] : undefined
  if (!widths) return { src }
  return { src, webpSrcset: widths.map((width) => `${resolveAddress(variantPath(photo.src, width))} ${width}w`).join(', ') }
}

/** The screen-sized photo shown in the lightbox. */
export const FULL_SIZES = '100vw'

/** Starts loading a photo the lightbox may show next, as the browser would pick it. */
export function preloadPhoto(photo: Photo): void {
  const { src, webpSrcset } = photoSources(photo, 'full')
  const image = new Image()
  if (webpSrcset) {
    image.sizes = FULL_SIZES
    image.srcset = webpSrcset
  }
  image.src = src
}
