import { expect, it } from 'vitest'
import { slugify } from './slug'

it('makes sector slugs as the data contract says', () => {
  expect(slugify('Optique et Lunetterie')).toBe('optique-et-lunetterie')
  expect(slugify('Froid et Climatisation')).toBe('froid-et-climatisation')
  expect(slugify('Hôtellerie-Restauration')).toBe('hotellerie-restauration')
  expect(slugify('  Cœur de métier : l’œuvre  ')).toBe('coeur-de-metier-l-oeuvre')
  expect(slugify('Santé / Social')).toBe('sante-social')
  expect(slugify('!!!')).toBe('')
})
