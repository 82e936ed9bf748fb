import { expect, it } from 'vitest'
import { findPhotos } from './plugin.ts'

it('finds the shipped photos to resize, leaving the thumbnails aside', async () => {
  const photos = await findPhotos('public')
  expect(photos).toContain('images/2017-02-22-crij-ta-vie-vae/5.jpg')
  expect(photos.some((address) => address.includes('/thumbs/'))).toBe(false)
  expect(photos).toHaveLength(19)
})

it('finds nothing in a folder without images', async () => {
  expect(await findPhotos('scripts')).toEqual([])
})
