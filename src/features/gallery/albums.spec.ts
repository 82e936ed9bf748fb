import { describe, expect, it } from 'vitest'
import { albumsOf, locatePhoto, stepIndex } from './albums'
import { eventWithPhotos } from './fixtures'

const events = [
  eventWithPhotos('forum', '2017-06-03', 2),
  eventWithPhotos('sans-photo', '2017-07-01', 0),
  { ...eventWithPhotos('vide', '2017-08-01', 0), photos: [] },
  eventWithPhotos('vae', '2017-01-18', 4),
  eventWithPhotos('visite', '2017-02-20', 3),
  eventWithPhotos('visite-bis', '2017-02-20', 1),
]

describe('albumsOf', () => {
  it('keeps the events with photos, newest first, ties in file order', () => {
    expect(albumsOf(events).map((album) => album.eventId)).toEqual(['forum', 'visite', 'visite-bis', 'vae'])
  })

  it('names the album by its event and dates it by its start', () => {
    expect(albumsOf(events)[0]).toMatchObject({ title: 'Événement forum', date: '2017-06-03' })
    expect(albumsOf(events)[0]?.photos).toHaveLength(2)
  })

  it('has no album without events', () => {
    expect(albumsOf([])).toEqual([])
  })
})

describe('locatePhoto', () => {
  const albums = albumsOf(events)

  it('asks for the list when the URL names no photo', () => {
    expect(locatePhoto(albums)).toEqual({ kind: 'list' })
  })

  it('finds photo n (1-based) of an album', () => {
    const location = locatePhoto(albums, 'vae', '3')
    expect(location.kind === 'photo' && [location.album.eventId, location.index]).toEqual(['vae', 2])
  })

  it('refuses an unknown album or a photo number out of range', () => {
    for (const [eventId, n] of [
      ['inconnu', '1'],
      ['forum', '3'],
      ['forum', '0'],
      ['forum', '01'],
      ['sans-photo', '1'],
      ['forum', undefined],
    ]) {
      expect(locatePhoto(albums, eventId, n)).toEqual({ kind: 'missing' })
    }
  })
})

describe('stepIndex', () => {
  it('moves one photo forward or back', () => {
    expect(stepIndex(1, 5, 1)).toBe(2)
    expect(stepIndex(1, 5, -1)).toBe(0)
  })

  it('goes round from the last photo to the first and back', () => {
    expect(stepIndex(4, 5, 1)).toBe(0)
    expect(stepIndex(0, 5, -1)).toBe(4)
  })

  it('stays on the only photo', () => {
    expect(stepIndex(0, 1, 1)).toBe(0)
  })
})
