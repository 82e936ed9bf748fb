/**
 * The build's image step: every JPEG or PNG photo under `public/images/` (thumbnails aside)
 * gets resized WebP copies (`1.jpg` → `1-480.webp`, `1-960.webp`, `1-1600.webp`), written into
 * `dist/` at build time and made on request by the dev server. Nothing generated is committed.
 * It also reads each photo's pixel size, so editors never type it: the `virtual:image-variants`
 * module tells the app, for each photo it processed, its size and the widths of its copies. A
 * photo added later on the host (without a rebuild) is still shown from its own `src`.
 */
import { mkdir, readdir } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import sharp from 'sharp'
import type { Plugin } from 'vite'
import { isResizable, variantPath, variantWidths, type PhotoFacts, type VariantManifest } from '../src/shared/image-variants.ts'

const MODULE_ID = 'virtual:image-variants'
const RESOLVED_ID = `\0${MODULE_ID}`
const WEBP = { quality: 72, effort: 5 }

/** Site-relative addresses (`images/x/1.jpg`) of the photos to process, sorted. */
export async function findPhotos(publicDir: string): Promise<string[]> {
  const entries = await readdir(join(publicDir, 'images'), { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile() && isResizable(entry.name))
    .map((entry) => relative(publicDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((address) => !address.split('/').includes('thumbs'))
    .sort()
}

/** A photo's size as shown (EXIF orientation applied, as browsers do), or why it cannot be read. */
async function readSize(file: string): Promise<{ width: number; height: number } | Error> {
  try {
    const { width, height } = (await sharp(file).metadata()).autoOrient
    return width > 0 && height > 0 ? { width, height } : new Error('taille illisible')
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

/**
 * What the build knows of each photo under `publicDir/images`. A file sharp cannot read is
 * left out (shown from its own `src`) with a warning; a photo whose copies would overwrite
 * another's (`1.jpg` and `1.png` side by side) keeps its size but gets no copies.
 */
export async function buildManifest(publicDir: string, warn: (message: string) => void = console.warn): Promise<VariantManifest> {
  const manifest: Record<string, PhotoFacts> = {}
  const madeBy = new Map<string, string>()
  for (const address of await findPhotos(publicDir)) {
    const size = await readSize(join(publicDir, address))
    if (size instanceof Error) {
      warn(`${address} : image illisible, pas de copies WebP (${size.message})`)
      continue
    }
    const widths = variantWidths(size.width)
    const taken = widths.map((width) => madeBy.get(variantPath(address, width))).find(Boolean)
    if (taken) warn(`${address} : ses copies WebP porteraient le nom de celles de ${taken} ; renommez l’un des deux fichiers`)
    else for (const width of widths) madeBy.set(variantPath(address, width), address)
    manifest[address] = { ...size, widths: taken ? [] : widths }
  }
  return manifest
}

const resize = (file: string, width: number) => sharp(file).autoOrient().resize({ width }).webp(WEBP)

export function imageVariants(): Plugin {
  let publicDir = ''
  let outDir = ''
  let isBuild = false
  let manifest: Promise<VariantManifest> | undefined
  let warn: (message: string) => void = console.warn
  const getManifest = () => (manifest ??= buildManifest(publicDir, warn))

  return {
    name: 'carif-oref:image-variants',
    configResolved(config) {
      publicDir = config.publicDir
      warn = (message) => config.logger.warn(message)
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
        const source = entries.find(([address, { widths }]) => widths.includes(width) && variantPath(address, width) === path)?.[0]
        if (!source) return next()
        response.setHeader('Content-Type', 'image/webp')
        response.end(await resize(join(publicDir, source), width).toBuffer())
      })
    },
    async closeBundle() {
      if (!isBuild) return
      for (const [address, { widths }] of Object.entries(await getManifest())) {
        for (const width of widths) {
          const target = join(outDir, variantPath(address, width))
          await mkdir(dirname(target), { recursive: true })
          await resize(join(publicDir, address), width).toFile(target)
        }
      }
    },
  }
}
