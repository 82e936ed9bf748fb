import type { AgendaEvent, Photo } from '../../content/schemas'

export interface Album {
  eventId: string
  title: string
  date: string
  photos: readonly Photo[]
}

/** Every event with photos, as an album, newest first (ties keep the file order). */
export function albumsOf(events: readonly AgendaEvent[]): Album[] {
  return events
    .filter((event) => (event.photos?.length ?? 0) > 0)
    .map((event) => ({ eventId: event.id, title: event.title, date: event.start, photos: event.photos ?? [] }))
    .sort((a, b) => b.date.localeCompare(a.date))
}
