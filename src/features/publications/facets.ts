/**
 * Faceted filtering of the publications. `buildCatalogue` runs once per load and does the
 * costly part (sorting, normalising every record's text, slugging its sectors and type);
 * `selectPublications` runs on every filter change or key press and only scans those
 * precomputed strings, in one pass that also counts every facet.
 *
 * Sectors are OR within (a publication of any checked sector); the sectors, the year, the
 * type and the search are AND across. Each facet's counts follow the other active filters
 * but not its own, so they tell what ticking that value would give (disjunctive facets).
 */
import type { Publication } from '../../content/schemas'
import { slugify } from '../../shared/slug'
import { matchesWords, searchableText, searchWords } from './normalize'
import { newestFirst } from './order'

interface Entry {
  publication: Publication
  text: string
  sectors: readonly string[]
  year: string
  type: string
}

export interface FacetOption {
  /** What the URL holds: a slug, or a year. */
  value: string
  label: string
}

export interface FacetCount extends FacetOption {
  count: number
}

export interface Catalogue {
  entries: readonly Entry[]
  /** Alphabetical, in French order. */
  sectors: readonly FacetOption[]
  /** Newest first. */
  years: readonly FacetOption[]
  /** Alphabetical, in French order. */
  types: readonly FacetOption[]
}

export interface PublicationFilters {
  /** Sector slugs, OR within. */
  sectors: readonly string[]
  /** What the user typed, as typed. */
  q: string
  year: string | null
  /** Type slug. */
  type: string | null
}

export const NO_FILTERS: PublicationFilters = { sectors: [], q: '', year: null, type: null }

export interface Selection {
  publications: readonly Publication[]
  sectors: readonly FacetCount[]
  years: readonly FacetCount[]
  types: readonly FacetCount[]
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' })

/** Slug → label; the first spelling met wins when two spellings share a slug. */
function addOption(options: Map<string, string>, label: string): string {
  const value = slugify(label)
  if (!options.has(value)) options.set(value, label)
  return value
}

function sortedOptions(options: Map<string, string>): FacetOption[] {
  return [...options].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label))
}

export function buildCatalogue(publications: readonly Publication[]): Catalogue {
  const sectors = new Map<string, string>()
  const types = new Map<string, string>()
  const years = new Set<string>()
  const entries = newestFirst(publications).map((publication): Entry => {
    const year = publication.date.slice(0, 4)
    years.add(year)
    return {
      publication,
      text: searchableText([publication.title, publication.summary ?? '', ...publication.sectors, publication.type]),
      sectors: [...new Set(publication.sectors.map((name) => addOption(sectors, name)))],
      year,
      type: addOption(types, publication.type),
    }
  })
  return {
    entries,
    sectors: sortedOptions(sectors),
    years: [...years].sort().reverse().map((year) => ({ value: year, label: year })),
    types: sortedOptions(types),
  }
}

function counter(options: readonly FacetOption[]): Map<string, number> {
  return new Map(options.map((option) => [option.value, 0]))
}

function increment(counts: Map<string, number>, value: string): void {
  counts.set(value, (counts.get(value) ?? 0) + 1)
}

function withCounts(options: readonly FacetOption[], counts: Map<string, number>): FacetCount[] {
  return options.map((option) => ({ ...option, count: counts.get(option.value) ?? 0 }))
}

export function selectPublications(catalogue: Catalogue, filters: PublicationFilters): Selection {
  const words = searchWords(filters.q)
  const checked = new Set(filters.sectors)
  const sectorCounts = counter(catalogue.sectors)
  const yearCounts = counter(catalogue.years)
  const typeCounts = counter(catalogue.types)
  const publications: Publication[] = []

  for (const entry of catalogue.entries) {
    if (!matchesWords(entry.text, words)) continue
    const sector = checked.size === 0 || entry.sectors.some((slug) => checked.has(slug))
    const year = filters.year === null || entry.year === filters.year
    const type = filters.type === null || entry.type === filters.type
    if (year && type) for (const slug of entry.sectors) increment(sectorCounts, slug)
    if (sector && type) increment(yearCounts, entry.year)
    if (sector && year) increment(typeCounts, entry.type)
    if (sector && year && type) publications.push(entry.publication)
  }

  return {
    publications,
    sectors: withCounts(catalogue.sectors, sectorCounts),
    years: withCounts(catalogue.years, yearCounts),
    types: withCounts(catalogue.types, typeCounts),
  }
}
