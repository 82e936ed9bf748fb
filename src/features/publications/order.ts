import type { Publication } from '../../content/schemas'

/** The list shows this many publications a page (`/publications/page/2` the next ones). */
export const PUBLICATIONS_PER_PAGE = 20

/**
 * Newest first. Dates are `YYYY-MM` or `YYYY-MM-DD`, so comparing the strings compares
 * months first; within one month a dated publication comes before one known only by its
 * month ("2016-04-21" > "2016-04"). Ties keep the file order.
 */
export function newestFirst(publications: readonly Publication[]): Publication[] {
  return [...publications].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1))
}
