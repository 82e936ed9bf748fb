import { describe, expect, it } from 'vitest'
import { photoSources } from './photo-sources'
import { photo } from './fixtures'

const manifest = { 'images/forum/1.jpg': [480, 960, 1600] }

describe('photoSources', () => {
  it('offers the WebP copies the build made, by width, under the site base', () => {
    expect(photoSources(photo('forum', 1), 'full', manifest)).toEqual({
      src: '/images/forum/1.jpg',
      webpSrcset: '/images/forum/1-480.webp 480w, /images/forum/1-960.webp 960w, /images/forum/1-1600.webp 1600w',
    })
  })

  it('falls back on the thumbnail when there is one, else on the photo', () => {
    const thumbed = photo('forum', 1, { thumb: 'images/forum/thumbs/1.jpg' })
    expect(photoSources(thumbed, 'thumb', manifest).src).toBe('/images/forum/thumbs/1.jpg')
    expect(photoSources(thumbed, 'full', manifest).src).toBe('/images/forum/1.jpg')
    expect(photoSources(photo('forum', 1), 'thumb', manifest).src).toBe('/images/forum/1.jpg')
  })

  it('uses a photo the build did not process as given', () => {
    expect(photoSources(photo('forum', 2), 'full', manifest)).toEqual({ src: '/images/forum/2.jpg' })
    const remote = photo('x', 1, { src: 'https://exemple.fr/photo.jpg' })
    expect(photoSources(remote, 'full', manifest)).toEqual({ src: 'https://exemple.fr/photo.jpg' })
  })

  it('knows the shipped photos from the build step', () => {
    expect(photoSources(photo('2017-06-03-forum-emploi-saisonnier', 1), 'full').webpSrcset).toContain(
      '/images/2017-06-03-forum-emploi-saisonnier/1-480.webp 480w',
    )
  })
})
