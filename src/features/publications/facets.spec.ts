import { describe, expect, it } from 'vitest'
import { buildCatalogue, NO_FILTERS, selectPublications, type PublicationFilters, type Selection } from './facets'
import { publication } from './fixtures'

const catalogue = buildCatalogue([
  publication({ id: 'tourisme-2017', date: '2017-03', title: 'Les métiers du tourisme', sectors: ['Tourisme', 'Santé'] }),
  publication({ id: 'aide-soignant', date: '2016-04', type: 'Fiche métier', title: 'Aide-soignant', sectors: ['Santé'] }),
  publication({ id: 'batiment-2016', date: '2016-05-12', title: 'Le bâtiment en 2016', sectors: ['Bâtiment'] }),
  publication({ id: 'bilan', date: '2016-04', type: 'Synthèse', title: 'Bilan de l’emploi', sectors: [] }),
  publication({
    id: 'sommelier',
    date: '2015-01',
    type: 'Fiche métier',
    title: 'Sommelier',
    summary: 'Œnologie et service en salle',
    sectors: ['Tourisme', 'Bâtiment'],
  }),
])

const select = (filters: Partial<PublicationFilters>) => selectPublications(catalogue, { ...NO_FILTERS, ...filters })
const ids = (selection: Selection) => selection.publications.map((item) => item.id)
const counts = (facet: Selection['sectors']) => Object.fromEntries(facet.map((option) => [option.value, option.count]))

describe('buildCatalogue', () => {
  it('lists sectors and types by slug in French alphabetical order, years newest first', () => {
    expect(catalogue.sectors).toEqual([
      { value: 'batiment', label: 'Bâtiment' },
      { value: 'sante', label: 'Santé' },
      { value: 'tourisme', label: 'Tourisme' },
    ])
    expect(catalogue.types.map((option) => option.value)).toEqual(['etude-sectorielle', 'fiche-metier', 'synthese'])
    expect(catalogue.years.map((option) => option.value)).toEqual(['2017', '2016', '2015'])
  })

  it('keeps the first spelling of a sector and counts a publication once per slug', () => {
    const spelled = buildCatalogue([publication({ id: 'a', sectors: ['Santé', 'SANTE', 'Sante'] })])
    expect(spelled.sectors).toEqual([{ value: 'sante', label: 'Santé' }])
    expect(counts(selectPublications(spelled, NO_FILTERS).sectors)).toEqual({ sante: 1 })
  })
})

describe('selectPublications', () => {
  it('gives everything newest first without filters, month-precision dates after the days of their month', () => {
    expect(ids(select({}))).toEqual(['tourisme-2017', 'batiment-2016', 'aide-soignant', 'bilan', 'sommelier'])
    expect(counts(select({}).sectors)).toEqual({ batiment: 2, sante: 2, tourisme: 2 })
  })

  it('ORs the checked sectors, and their counts ignore the sector filter itself', () => {
    const selection = select({ sectors: ['sante', 'batiment'] })
    expect(ids(selection)).toEqual(['tourisme-2017', 'batiment-2016', 'aide-soignant', 'sommelier'])
    expect(counts(selection.sectors)).toEqual({ batiment: 2, sante: 2, tourisme: 2 })
  })

  it('ANDs the year with the sectors; each facet counts under the other filters', () => {
    const selection = select({ sectors: ['sante', 'tourisme'], year: '2016' })
    expect(ids(selection)).toEqual(['aide-soignant'])
    expect(counts(selection.sectors)).toEqual({ batiment: 1, sante: 1, tourisme: 0 })
    expect(counts(selection.years)).toEqual({ 2017: 1, 2016: 1, 2015: 1 })
    expect(counts(selection.types)).toEqual({ 'etude-sectorielle': 0, 'fiche-metier': 1, synthese: 0 })
  })

  it('ANDs the type, and keeps zero-count values in the facets instead of dropping them', () => {
    const selection = select({ type: 'fiche-metier' })
    expect(ids(selection)).toEqual(['aide-soignant', 'sommelier'])
    expect(selection.sectors.map((option) => [option.label, option.count])).toEqual([
      ['Bâtiment', 1],
      ['Santé', 1],
      ['Tourisme', 1],
    ])
    expect(counts(selection.years)).toEqual({ 2017: 0, 2016: 1, 2015: 1 })
    expect(counts(selection.types)).toEqual({ 'etude-sectorielle': 2, 'fiche-metier': 2, synthese: 1 })
  })

  it('searches title, summary, sectors and type, ignoring accents, all words required', () => {
    // Plural and singular alike (the site's search pipeline): « metiers » finds the type « Fiche métier ».
    expect(ids(select({ q: 'metiers' }))).toEqual(['tourisme-2017', 'aide-soignant', 'sommelier'])
    expect(ids(select({ q: 'metiers du tourisme' }))).toEqual(['tourisme-2017'])
    expect(ids(select({ q: 'toursime' }))).toEqual(['tourisme-2017', 'sommelier'])
    expect(ids(select({ q: 'oenologie' }))).toEqual(['sommelier'])
    expect(ids(select({ q: 'BATIMENT' }))).toEqual(['batiment-2016', 'sommelier'])
    expect(ids(select({ q: 'fiche sante' }))).toEqual(['aide-soignant'])
    expect(ids(select({ q: 'synthese' }))).toEqual(['bilan'])
    expect(ids(select({ q: 'l’emploi' }))).toEqual(['bilan'])
  })

  it('counts the facets within the search results', () => {
    const selection = select({ q: 'tourisme', sectors: ['batiment'] })
    expect(ids(selection)).toEqual(['sommelier'])
    expect(counts(selection.sectors)).toEqual({ batiment: 1, sante: 1, tourisme: 2 })
    expect(counts(selection.types)).toEqual({ 'etude-sectorielle': 0, 'fiche-metier': 1, synthese: 0 })
  })

  it('finds nothing when the filters exclude each other, with every count at zero', () => {
    const selection = select({ q: 'aucun-mot-pareil' })
    expect(ids(selection)).toEqual([])
    expect(selection.sectors.every((option) => option.count === 0)).toBe(true)
    expect(selection.years.every((option) => option.count === 0)).toBe(true)
  })
})
