import type { Publication } from '../../content/schemas'

/** Newest first; ties keep the file order. */
export function newestFirst(publications: readonly Publication[]): Publication[] {
  return [...publications].sort((a, b) => b.date.localeCompare(a.date))
}
