import variants from 'virtual:image-variants'
import type { Photo } from '../../content/schemas'
import { resolveAddress } from '../../shared/asset-url'
import type { ShareImage } from '../../shared/head'
import { variantPath, type VariantManifest } from '../../shared/image-variants'

/** A photo's pixel size: its shape, which the page reserves before the file arrives. */
export interface PhotoSize {
  width: number
  height: number
}

/** What an `<img>`/`<source>` pair needs: the address to fall back on, the WebP `srcset` and the size, when known. */
export interface PhotoSources {
  src: string
  webpSrcset?: string
  size?: PhotoSize
}

const factsOf = (photo: Photo, manifest: VariantManifest) => (Object.hasOwn(manifest, photo.src) ? manifest[photo.src] : undefined)

/**
 * The photo's size: the data's when it gives both, else what the build read of the file;
 * unknown for a photo added on the host after the build, or given as a URL.
 */
export function photoSize(photo: Photo, manifest: VariantManifest = variants): PhotoSize | undefined {
  if (photo.width && photo.height) return { width: photo.width, height: photo.height }
  const facts = factsOf(photo, manifest)
  return facts && { width: facts.width, height: facts.height }
}

/** A photo as a page's share image, its size known to the link previews whenever the page knows it. */
export function shareImage(photo: Photo, manifest: VariantManifest = variants): ShareImage {
  return { src: photo.src, alt: photo.alt, ...photoSize(photo, manifest) }
}

/**
 * The WebP copies the build made of `photo.src`, if any (only site-relative JPEG and PNG
 * photos it processed: other addresses are used as given), the thumbnail or full photo as
 * fallback, and the photo's size.
 */
export function photoSources(photo: Photo, size: 'thumb' | 'full', manifest: VariantManifest = variants): PhotoSources {
  const src = resolveAddress(size === 'thumb' ? (photo.thumb ?? photo.src) : photo.src)
  const widths = factsOf(photo, manifest)?.widths ?? []
  const known = photoSize(photo, manifest)
  return {
    src,
    ...(widths.length > 0 && {
      webpSrcset: widths.map((width) => `${resolveAddress(variantPath(photo.src, width))} ${width}w`).join(', '),
    }),
    ...(known && { size: known }),
  }
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
