import { links } from '../../shared/links'
import type { SearchHit } from './engine'

/** Where a match leads: its event or article page; a publication, the publications list searching its title. */
export function hitLocation(hit: Pick<SearchHit, 'kind' | 'id' | 'title'>): string {
  if (hit.kind === 'event') return links.event(hit.id)
  if (hit.kind === 'article') return links.article(hit.id)
  return links.publications({ q: hit.title })
}
