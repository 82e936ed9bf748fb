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
import { searchableText, textMatcher } from '../../shared/search-text'
import { newestFirst } from '../../shared/dates'

/** One publication with what filtering needs, worked out once: sectors, year and type as option indexes. */
interface Entry {
  publication: Publication
  text: string
  sectors: readonly number[]
  year: number
  type: number
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
  /** Every term of the searchable texts, for the typos the search forgives. */
  vocabulary: ReadonlySet<string>
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

/** Distinct values by key, the first label met winning; then sorted, each key knowing its index. */
class OptionSet {
  private readonly labels = new Map<string, string>()

  add(value: string, label: string): string {
    if (!this.labels.has(value)) this.labels.set(value, label)
    return value
  }

  sorted(compare: (a: FacetOption, b: FacetOption) => number): { options: FacetOption[]; index: Map<string, number> } {
    const options = [...this.labels].map(([value, label]) => ({ value, label })).sort(compare)
    return { options, index: new Map(options.map((option, position) => [option.value, position])) }
  }
}

const byLabel = (a: FacetOption, b: FacetOption) => collator.compare(a.label, b.label)
const newestYear = (a: FacetOption, b: FacetOption) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0)

export function buildCatalogue(publications: readonly Publication[]): Catalogue {
  // Slugging is the slow part of reading a name: once per distinct name, not per record.
  const slugs = new Map<string, string>()
  const slug = (name: string) => slugs.get(name) ?? slugs.set(name, slugify(name)).get(name)!
  const sectorSet = new OptionSet()
  const typeSet = new OptionSet()
  const yearSet = new OptionSet()
  const sorted = newestFirst(publications)
  const raw = sorted.map((publication) => ({
    sectors: [...new Set(publication.sectors.map((name) => sectorSet.add(slug(name), name)))],
    year: yearSet.add(publication.date.slice(0, 4), publication.date.slice(0, 4)),
    type: typeSet.add(slug(publication.type), publication.type),
  }))
  const sectors = sectorSet.sorted(byLabel)
  const types = typeSet.sorted(byLabel)
  const years = yearSet.sorted(newestYear)
  const entries = sorted.map((publication, position): Entry => {
    const keys = raw[position]!
    return {
      publication,
      text: searchableText([publication.title, publication.summary ?? '', ...publication.sectors, publication.type]),
      sectors: keys.sectors.map((value) => sectors.index.get(value)!),
      year: years.index.get(keys.year)!,
      type: types.index.get(keys.type)!,
    }
  })
  const vocabulary = new Set<string>()
  for (const entry of entries) for (const term of entry.text.split(' ')) vocabulary.add(term)
  vocabulary.delete('')
  return { entries, sectors: sectors.options, years: years.options, types: types.options, vocabulary }
}

/** The option index of each wanted value; values the catalogue does not know match nothing. */
function wanted(options: readonly FacetOption[], values: readonly string[]): Uint8Array {
  const flags = new Uint8Array(options.length)
  options.forEach((option, position) => {
    if (values.includes(option.value)) flags[position] = 1
  })
  return flags
}

function withCounts(options: readonly FacetOption[], counts: Uint32Array): FacetCount[] {
  return options.map((option, position) => ({ ...option, count: counts[position] ?? 0 }))
}

export function selectPublications(catalogue: Catalogue, filters: PublicationFilters): Selection {
  const matches = filters.q.trim() === '' ? null : textMatcher(filters.q, catalogue.vocabulary)
  const anySector = filters.sectors.length === 0
  const checked = wanted(catalogue.sectors, filters.sectors)
  const anyYear = filters.year === null
  const year = wanted(catalogue.years, filters.year === null ? [] : [filters.year])
  const anyType = filters.type === null
  const type = wanted(catalogue.types, filters.type === null ? [] : [filters.type])
  const sectorCounts = new Uint32Array(catalogue.sectors.length)
  const yearCounts = new Uint32Array(catalogue.years.length)
  const typeCounts = new Uint32Array(catalogue.types.length)
  const publications: Publication[] = []

  for (const entry of catalogue.entries) {
    if (matches !== null && !matches(entry.text)) continue
    let inSector = anySector
    for (const index of entry.sectors) inSector ||= checked[index] === 1
    const inYear = anyYear || year[entry.year] === 1
    const inType = anyType || type[entry.type] === 1
    if (inYear && inType) for (const index of entry.sectors) sectorCounts[index]! += 1
    if (inSector && inType) yearCounts[entry.year]! += 1
    if (inSector && inYear) typeCounts[entry.type]! += 1
    if (inSector && inYear && inType) publications.push(entry.publication)
  }

  return {
    publications,
    sectors: withCounts(catalogue.sectors, sectorCounts),
    years: withCounts(catalogue.years, yearCounts),
    types: withCounts(catalogue.types, typeCounts),
  }
}
