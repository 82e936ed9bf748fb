import { describe, expect, it } from 'vitest'
import { buildCatalogue, NO_FILTERS } from './facets'
import { publication } from './fixtures'
import { activeChips, filtersFromQuery, queryFromFilters, sameFilters } from './query'

const catalogue = buildCatalogue([
  publication({ id: 'a', date: '2016-04', type: 'Fiche métier', sectors: ['Tourisme', 'Santé'] }),
  publication({ id: 'b', date: '2017-01-12', sectors: ['Optique et Lunetterie'] }),
])

describe('filtersFromQuery', () => {
  it('reads every filter', () => {
    expect(
      filtersFromQuery({ secteur: ['tourisme', 'optique-et-lunetterie'], q: 'métiers', annee: '2016', type: 'fiche-metier' }, catalogue),
    ).toEqual({
      sectors: ['optique-et-lunetterie', 'tourisme'],
      q: 'métiers',
      year: '2016',
      type: 'fiche-metier',
    })
  })

  it('reads a single sector given as a plain value', () => {
    expect(filtersFromQuery({ secteur: 'sante' }, catalogue).sectors).toEqual(['sante'])
  })

  it('ignores unknown slugs, years and types, and empty values', () => {
    expect(filtersFromQuery({ secteur: ['inconnu', 'sante', null], annee: '1999', type: 'roman', q: null }, catalogue)).toEqual({
      ...NO_FILTERS,
      sectors: ['sante'],
    })
    expect(filtersFromQuery({}, catalogue)).toEqual(NO_FILTERS)
  })
})

describe('queryFromFilters', () => {
  it('writes only what is set and reads back the same filters', () => {
    const filters = { sectors: ['sante', 'tourisme'], q: 'aide soignant', year: '2016', type: 'fiche-metier' }
    const query = queryFromFilters(filters)
    expect(query).toEqual({ secteur: ['sante', 'tourisme'], q: 'aide soignant', annee: '2016', type: 'fiche-metier' })
    expect(queryFromFilters(NO_FILTERS)).toEqual({})
    expect(queryFromFilters({ ...NO_FILTERS, q: '   ' })).toEqual({})
  })
})

describe('activeChips', () => {
  const quote = (q: string) => `« ${q} »`

  it('gives one chip per active filter, labelled as the user reads it, each removing only itself', () => {
    const filters = { sectors: ['optique-et-lunetterie', 'sante'], q: ' métiers ', year: '2016', type: 'fiche-metier' }
    const chips = activeChips(filters, catalogue, quote)
    expect(chips.map((chip) => chip.label)).toEqual(['Optique et Lunetterie', 'Santé', '« métiers »', '2016', 'Fiche métier'])
    expect(chips[0]!.without).toEqual({ ...filters, sectors: ['sante'] })
    expect(chips[2]!.without).toEqual({ ...filters, q: '' })
    expect(chips[3]!.without).toEqual({ ...filters, year: null })
    expect(chips[4]!.without).toEqual({ ...filters, type: null })
  })

  it('gives none without filters', () => {
    expect(activeChips(NO_FILTERS, catalogue, quote)).toEqual([])
  })
})

it('tells equal filters apart from different ones', () => {
  const filters = { sectors: ['sante', 'tourisme'], q: 'x', year: '2016', type: null }
  expect(sameFilters(filters, { ...filters, sectors: ['sante', 'tourisme'] })).toBe(true)
  expect(sameFilters(filters, { ...filters, sectors: ['sante'] })).toBe(false)
  expect(sameFilters(filters, { ...filters, sectors: ['sante', 'commerce'] })).toBe(false)
  expect(sameFilters(filters, { ...filters, q: 'y' })).toBe(false)
  expect(sameFilters(filters, { ...filters, year: null })).toBe(false)
  expect(sameFilters(filters, { ...filters, type: 'synthese' })).toBe(false)
})
