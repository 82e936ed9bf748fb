import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { build, createServer } from 'vite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildManifest, findPhotos, imageVariants } from './image-variants.ts'

let root = ''
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'variants-'))
})
afterEach(() => rm(root, { recursive: true, force: true }))

/** Writes a plain image `width`×`height` at `public/<address>`; its format follows the extension. */
async function image(address: string, width: number, height: number, orientation?: number): Promise<void> {
  const file = join(root, 'public', address)
  await mkdir(join(file, '..'), { recursive: true })
  const picture = sharp({ create: { width, height, channels: 3, background: '#14532d' } })
  const encoded = address.endsWith('.png') ? picture.png() : picture.jpeg()
  await (orientation ? encoded.withMetadata({ orientation }) : encoded).toFile(file)
}

describe('findPhotos', () => {
  it('finds the JPEG and PNG photos to resize, leaving the thumbnails and other files aside', async () => {
    await image('images/album/1.jpg', 40, 30)
    await image('images/album/2.PNG', 40, 30)
    await image('images/album/thumbs/1.jpg', 20, 15)
    await image('images/album/3.webp', 40, 30)
    await writeFile(join(root, 'public/images/CREDITS.md'), '# Crédits')
    expect(await findPhotos(join(root, 'public'))).toEqual(['images/album/1.jpg', 'images/album/2.PNG'])
  })

  it('finds nothing in a folder without images', async () => {
    expect(await findPhotos(join(root, 'public'))).toEqual([])
  })
})

describe('buildManifest', () => {
  it('reads each photo’s pixel size and the widths of its copies', async () => {
    await image('images/album/1.jpg', 2000, 1333)
    await image('images/album/affiche.png', 600, 900)
    expect(await buildManifest(join(root, 'public'))).toEqual({
      'images/album/1.jpg': { width: 2000, height: 1333, widths: [480, 960, 1600] },
      'images/album/affiche.png': { width: 600, height: 900, widths: [480, 600] },
    })
  })

  it('gives the size as shown: a photo turned by its EXIF orientation is as high as it is stored wide', async () => {
    await image('images/album/portrait.jpg', 600, 400, 6)
    expect(await buildManifest(join(root, 'public'))).toEqual({ 'images/album/portrait.jpg': { width: 400, height: 600, widths: [400] } })
  })

  it('leaves out, with a warning, a file it cannot read and copies that would overwrite another photo’s', async () => {
    await image('images/album/1.jpg', 600, 400)
    await image('images/album/1.png', 600, 400)
    await writeFile(join(root, 'public/images/album/2.jpg'), 'pas une image')
    const warnings: string[] = []
    const manifest = await buildManifest(join(root, 'public'), (message) => warnings.push(message))
    expect(manifest).toEqual({
      'images/album/1.jpg': { width: 600, height: 400, widths: [480, 600] },
      'images/album/1.png': { width: 600, height: 400, widths: [] },
    })
    expect(warnings).toEqual([
      expect.stringMatching(/^images\/album\/1\.png : .*images\/album\/1\.jpg/),
      expect.stringMatching(/^images\/album\/2\.jpg : image illisible/),
    ])
  })
})

it('writes the WebP copies of JPEG and PNG photos into the build folder, given as an absolute path too', async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'variants-out-'))
  await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>')
  await image('images/album/1.jpg', 600, 400)
  await image('images/album/2.png', 300, 500)

  try {
    await build({ root, configFile: false, logLevel: 'silent', plugins: [imageVariants()], build: { outDir } })
    expect(await readdir(join(outDir, 'images/album'))).toEqual(['1-480.webp', '1-600.webp', '1.jpg', '2-300.webp', '2.png'])
    expect(await sharp(join(outDir, 'images/album/2-300.webp')).metadata()).toMatchObject({ format: 'webp', width: 300, height: 500 })
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
})

it('writes the copies into the build folder of the project, not of the working directory, and reads the photos of its public folder', async () => {
  await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>')
  await image('images/album/1.jpg', 600, 400)
  await rename(join(root, 'public'), join(root, 'static'))
  await build({ root, configFile: false, logLevel: 'silent', publicDir: 'static', plugins: [imageVariants()], build: { outDir: 'site' } })
  expect(await readdir(join(root, 'site/images/album'))).toEqual(['1-480.webp', '1-600.webp', '1.jpg'])
})

it('tells the app each photo’s size and copies through virtual:image-variants, and the dev server makes the copies on request', async () => {
  await image('images/album/1.jpg', 600, 400)
  await image('images/album/2.png', 300, 500)
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [imageVariants()],
    server: { host: '127.0.0.1', port: 0, ws: false },
  })
  try {
    expect((await server.ssrLoadModule('virtual:image-variants')).default).toEqual({
      'images/album/1.jpg': { width: 600, height: 400, widths: [480, 600] },
      'images/album/2.png': { width: 300, height: 500, widths: [300] },
    })
    await server.listen()
    const response = await fetch(new URL('images/album/2-300.webp', server.resolvedUrls!.local[0]))
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(await sharp(Buffer.from(await response.arrayBuffer())).metadata()).toMatchObject({ format: 'webp', width: 300, height: 500 })
  } finally {
    await server.close()
  }
})
