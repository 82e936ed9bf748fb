import { expect, it } from 'vitest'
import type { Publication } from '../../content/schemas'
import { sectorLinks } from './site-plan'

const publication = (id: string, sectors: string[]): Publication => ({ id, title: id, date: '2016-04', type: 'Étude sectorielle', sectors })

it('lists each sector once, by slug, the first spelling winning, in French order', () => {
  const publications = [
    publication('a', ['Tourisme', 'Optique et Lunetterie']),
    publication('b', ['tourisme', 'Énergie']),
    publication('c', []),
    publication('d', ['Froid et Climatisation']),
  ]
  expect(sectorLinks(publications)).toEqual([
    { name: 'Énergie', slug: 'energie' },
    { name: 'Froid et Climatisation', slug: 'froid-et-climatisation' },
    { name: 'Optique et Lunetterie', slug: 'optique-et-lunetterie' },
    { name: 'Tourisme', slug: 'tourisme' },
  ])
  expect(sectorLinks([])).toEqual([])
})
