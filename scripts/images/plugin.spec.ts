import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { build } from 'vite'
import { expect, it } from 'vitest'
import { findPhotos, imageVariants } from './plugin.ts'

it('finds the shipped photos to resize, leaving the thumbnails aside', async () => {
  const photos = await findPhotos('public')
  expect(photos).toContain('images/2017-02-22-crij-ta-vie-vae/5.jpg')
  expect(photos.some((address) => address.includes('/thumbs/'))).toBe(false)
  expect(photos).toHaveLength(19)
})

it('finds nothing in a folder without images', async () => {
  expect(await findPhotos('scripts')).toEqual([])
})

it('writes the WebP copies into the build folder, given as an absolute path too', async () => {
  const root = await mkdtemp(join(tmpdir(), 'variants-'))
  const outDir = await mkdtemp(join(tmpdir(), 'variants-out-'))
  await mkdir(join(root, 'public/images/album'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>')
  await sharp({ create: { width: 600, height: 400, channels: 3, background: '#14532d' } })
    .jpeg()
    .toFile(join(root, 'public/images/album/1.jpg'))

  try {
    await build({ root, configFile: false, logLevel: 'silent', plugins: [imageVariants()], build: { outDir } })
    expect(await readdir(join(outDir, 'images/album'))).toEqual(['1-480.webp', '1-600.webp', '1.jpg'])
  } finally {
    await Promise.all([root, outDir].map((dir) => rm(dir, { recursive: true, force: true })))
  }
})
