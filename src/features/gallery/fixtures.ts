import type { AgendaEvent, Photo } from '../../content/schemas'

/** A photo of album `id`, number `n`, as the data files write it. */
export function photo(id: string, n: number, extra: Partial<Photo> = {}): Photo {
  return { src: `images/${id}/${n}.jpg`, alt: `Photo ${n} de ${id}`, width: 1600, height: 1067, ...extra }
}

/** An event on `start` with `count` photos (none: no `photos` field). */
export function eventWithPhotos(id: string, start: string, count: number): AgendaEvent {
  const photos = Array.from({ length: count }, (_, index) => photo(id, index + 1))
  return { id, title: `Événement ${id}`, start, ...(count > 0 ? { photos } : {}) }
}
