/** What the site map lists beside the fixed screens: the sectors of the publications. */
import type { Publication } from '../../content/schemas'
import { slugify } from '../../shared/slug'

export interface SectorLink {
  name: string
  /** The `secteur` value of the publications page's query. */
  slug: string
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' })

/** Each sector once (by slug, the first spelling met winning), in French alphabetical order. */
export function sectorLinks(publications: readonly Publication[]): SectorLink[] {
  const names = new Map<string, string>()
  for (const publication of publications) {
    for (const name of publication.sectors) {
      const slug = slugify(name)
      if (!names.has(slug)) names.set(slug, name)
    }
  }
  return [...names].map(([slug, name]) => ({ name, slug })).sort((a, b) => collator.compare(a.name, b.name))
}
