/**
 * The publication filters in the URL: `secteur` (repeatable slug), `q`, `annee`, `type`
 * (slug). Values the catalogue does not know are ignored rather than failing.
 */
import type { LocationQuery, LocationQueryRaw, LocationQueryValue } from 'vue-router'
import type { Catalogue, FacetOption, PublicationFilters } from './facets'

function values(value: LocationQueryValue | LocationQueryValue[] | undefined): string[] {
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string')
}

function known(options: readonly FacetOption[], value: string | undefined): string | null {
  return value !== undefined && options.some((option) => option.value === value) ? value : null
}

export function filtersFromQuery(query: LocationQuery, catalogue: Catalogue): PublicationFilters {
  const asked = new Set(values(query.secteur))
  return {
    // In the catalogue's order, whatever the URL's, so equal filters compare equal.
    sectors: catalogue.sectors.filter((option) => asked.has(option.value)).map((option) => option.value),
    q: values(query.q)[0] ?? '',
    year: known(catalogue.years, values(query.annee)[0]),
    type: known(catalogue.types, values(query.type)[0]),
  }
}

export function queryFromFilters(filters: PublicationFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (filters.sectors.length > 0) query.secteur = [...filters.sectors]
  if (filters.q.trim() !== '') query.q = filters.q
  if (filters.year !== null) query.annee = filters.year
  if (filters.type !== null) query.type = filters.type
  return query
}

export interface FilterChip {
  key: string
  label: string
  /** The filters once this one is removed. */
  without: PublicationFilters
}

const labelOf = (options: readonly FacetOption[], value: string) => options.find((option) => option.value === value)?.label ?? value

/** One removable chip per active filter: each checked sector, the search, the year, the type. */
export function activeChips(filters: PublicationFilters, catalogue: Catalogue, quote: (q: string) => string): FilterChip[] {
  const chips: FilterChip[] = filters.sectors.map((slug) => ({
    key: `secteur:${slug}`,
    label: labelOf(catalogue.sectors, slug),
    without: { ...filters, sectors: filters.sectors.filter((other) => other !== slug) },
  }))
  if (filters.q.trim() !== '') chips.push({ key: 'q', label: quote(filters.q.trim()), without: { ...filters, q: '' } })
  if (filters.year !== null) chips.push({ key: 'annee', label: filters.year, without: { ...filters, year: null } })
  if (filters.type !== null) chips.push({ key: 'type', label: labelOf(catalogue.types, filters.type), without: { ...filters, type: null } })
  return chips
}

export function sameFilters(a: PublicationFilters, b: PublicationFilters): boolean {
  return (
    a.q === b.q &&
    a.year === b.year &&
    a.type === b.type &&
    a.sectors.length === b.sectors.length &&
    a.sectors.every((slug, index) => b.sectors[index] === slug)
  )
}
