import { describe, expect, it } from 'vitest'
import { photoSize, photoSources, shareImage } from './photo-sources'
import { photo } from './fixtures'

const manifest = {
  'images/forum/1.jpg': { width: 1600, height: 1067, widths: [480, 960, 1600] },
  'images/forum/2.png': { width: 800, height: 1200, widths: [480, 800] },
  'images/forum/3.jpg': { width: 900, height: 600, widths: [] },
}
const unsized = (src: string) => ({ src, alt: 'Une photo' })

describe('photoSources', () => {
  it('offers the WebP copies the build made, by width, under the site base', () => {
    expect(photoSources(photo('forum', 1), 'full', manifest)).toEqual({
      src: '/images/forum/1.jpg',
      webpSrcset: '/images/forum/1-480.webp 480w, /images/forum/1-960.webp 960w, /images/forum/1-1600.webp 1600w',
      size: { width: 1600, height: 1067 },
    })
  })

  it('offers the WebP copies of a PNG photo alike', () => {
    expect(photoSources(unsized('images/forum/2.png'), 'thumb', manifest)).toEqual({
      src: '/images/forum/2.png',
      webpSrcset: '/images/forum/2-480.webp 480w, /images/forum/2-800.webp 800w',
      size: { width: 800, height: 1200 },
    })
  })

  it('offers no srcset for a photo the build sized but made no copies of', () => {
    expect(photoSources(unsized('images/forum/3.jpg'), 'full', manifest)).toEqual({
      src: '/images/forum/3.jpg',
      size: { width: 900, height: 600 },
    })
  })

  it('falls back on the thumbnail when there is one, else on the photo', () => {
    const thumbed = photo('forum', 1, { thumb: 'images/forum/thumbs/1.jpg' })
    expect(photoSources(thumbed, 'thumb', manifest).src).toBe('/images/forum/thumbs/1.jpg')
    expect(photoSources(thumbed, 'full', manifest).src).toBe('/images/forum/1.jpg')
    expect(photoSources(photo('forum', 1), 'thumb', manifest).src).toBe('/images/forum/1.jpg')
  })

  it('uses a photo the build did not process as given', () => {
    expect(photoSources(unsized('images/forum/4.jpg'), 'full', manifest)).toEqual({ src: '/images/forum/4.jpg' })
    const remote = photo('x', 1, { src: 'https://exemple.fr/photo.jpg' })
    expect(photoSources(remote, 'full', manifest)).toEqual({ src: 'https://exemple.fr/photo.jpg', size: { width: 1600, height: 1067 } })
  })
})

describe('photoSize', () => {
  it('takes the data’s size first, else the one the build read, else none', () => {
    expect(photoSize(photo('forum', 1, { width: 1200, height: 800 }), manifest)).toEqual({ width: 1200, height: 800 })
    expect(photoSize(unsized('images/forum/2.png'), manifest)).toEqual({ width: 800, height: 1200 })
    expect(photoSize(unsized('images/forum/ajoutee.jpg'), manifest)).toBeUndefined()
  })

  it('does not mix a half-given size with the build’s', () => {
    expect(photoSize({ ...unsized('images/forum/1.jpg'), width: 10 }, manifest)).toEqual({ width: 1600, height: 1067 })
  })
})

describe('the build step', () => {
  it('tells the app which photos of the test content the build processed', () => {
    expect(photoSources(photo('2017-06-03-forum-emploi-saisonnier', 1), 'full').webpSrcset).toContain(
      '/images/2017-06-03-forum-emploi-saisonnier/1-480.webp 480w',
    )
  })
})

describe('shareImage', () => {
  it('gives link previews the photo’s size, the data’s or the build’s', () => {
    expect(shareImage(unsized('images/forum/2.png'), manifest)).toEqual({
      src: 'images/forum/2.png',
      alt: 'Une photo',
      width: 800,
      height: 1200,
    })
    expect(shareImage(unsized('images/forum/ajoutee.jpg'), manifest)).toEqual({ src: 'images/forum/ajoutee.jpg', alt: 'Une photo' })
  })
})
