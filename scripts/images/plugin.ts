/**
 * The build's image step: every JPEG photo under `public/images/` (thumbnails aside) gets
 * resized WebP copies (`1.jpg` → `1-480.webp`, `1-960.webp`, `1-1600.webp`), written into
 * `dist/` at build time and made on request by the dev server. Nothing generated is committed.
 * The app learns which photos have copies from the `virtual:image-variants` module, so a photo
 * added later on the host (without a rebuild) is still shown from its own `src`.
 */
import { mkdir, readdir } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import sharp from 'sharp'
import type { Plugin } from 'vite'
import { variantPath, variantWidths, type VariantManifest } from '../../src/shared/image-variants.ts'

const MODULE_ID = 'virtual:image-variants'
const RESOLVED_ID = `\0${MODULE_ID}`
const WEBP = { quality: 72, effort: 5 }

/** Site-relative addresses (`images/x/1.jpg`) of the photos to process, sorted. */
export async function findPhotos(publicDir: string): Promise<string[]> {
  const entries = await readdir(join(publicDir, 'images'), { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile() && /\.jpe?g$/i.test(entry.name))
    .map((entry) => relative(publicDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((address) => !address.split('/').includes('thumbs'))
    .sort()
}

async function buildManifest(publicDir: string): Promise<VariantManifest> {
  const manifest: Record<string, number[]> = {}
  for (const address of await findPhotos(publicDir)) {
    const { width } = await sharp(join(publicDir, address)).metadata()
    if (width) manifest[address] = variantWidths(width)
  }
  return manifest
}

const resize = (file: string, width: number) => sharp(file).resize({ width }).webp(WEBP)

export function imageVariants(): Plugin {
  let publicDir = ''
  let outDir = ''
  let isBuild = false
  let manifest: Promise<VariantManifest> | undefined
  const getManifest = () => (manifest ??= buildManifest(publicDir))

  return {
    name: 'image-variants',
    configResolved(config) {
      publicDir = config.publicDir
      outDir = resolve(config.root, config.build.outDir)
      isBuild = config.command === 'build' && !config.build.ssr // the prerender's server build has no images to write
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id === RESOLVED_ID) return `export default ${JSON.stringify(await getManifest())}`
    },
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname).slice(server.config.base.length)
        const width = Number(/-(\d+)\.webp$/.exec(path)?.[1])
        const entries = Object.entries(await getManifest())
        const source = entries.find(([address, widths]) => widths.includes(width) && variantPath(address, width) === path)?.[0]
        if (!source) return next()
        response.setHeader('Content-Type', 'image/webp')
        response.end(await resize(join(publicDir, source), width).toBuffer())
      })
    },
    async closeBundle() {
      if (!isBuild) return
      for (const [address, widths] of Object.entries(await getManifest())) {
        for (const width of widths) {
          const target = join(outDir, variantPath(address, width))
          await mkdir(dirname(target), { recursive: true })
          await resize(join(publicDir, address), width).toFile(target)
        }
      }
    },
  }
}
