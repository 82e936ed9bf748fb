import type { AgendaEvent, Photo } from '../../content/schemas'
import { newestFirst } from '../../shared/dates.ts'

export interface Album {
  eventId: string
  title: string
  date: string
  photos: readonly Photo[]
}

/** Every event with photos, as an album, newest first (ties keep the file order). */
export function albumsOf(events: readonly AgendaEvent[]): Album[] {
  return newestFirst(
    events
      .filter((event) => (event.photos?.length ?? 0) > 0)
      .map((event) => ({ eventId: event.id, title: event.title, date: event.start, photos: event.photos ?? [] })),
  )
}

/** What the gallery route (`:eventId?/:n?`) asks for, once the albums are known. */
export type PhotoLocation = { kind: 'list' } | { kind: 'missing' } | { kind: 'photo'; album: Album; index: number }

/** A photo number as URLs write it: 1, 2, 3… (no 0, no leading zero, no sign). */
export const isPhotoNumber = (n: string): boolean => /^[1-9]\d*$/.test(n)

/** Finds photo `n` (1-based, as in the URL) of the album of event `eventId`. */
export function locatePhoto(albums: readonly Album[], eventId?: string, n?: string): PhotoLocation {
  if (!eventId && !n) return { kind: 'list' }
  const album = albums.find((candidate) => candidate.eventId === eventId)
  const index = n !== undefined && isPhotoNumber(n) ? Number(n) - 1 : -1
  if (!album || index < 0 || index >= album.photos.length) return { kind: 'missing' }
  return { kind: 'photo', album, index }
}

/** The photo one `step` away, going round from the last to the first and back. */
export function stepIndex(index: number, count: number, step: -1 | 1): number {
  return (index + step + count) % count
}

export const ALBUMS_PER_PAGE = 24
