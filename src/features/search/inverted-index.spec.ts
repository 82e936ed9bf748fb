import { describe, expect, it } from 'vitest'
import { buildInvertedIndex, matchAll, termsOf } from './inverted-index'

// Two fields: a title (boost 2) and a text (boost 1).
const index = buildInvertedIndex(
  [
    ['Tourisme en région', 'Les saisonniers du tourisme'],
    ['Formation', 'La formation des saisonniers, la formation continue'],
    ['Saisonniers', 'Hébergement touristique'],
    ['Emploi', ''],
  ],
  [2, 1],
)

const found = (query: string[]) => {
  const matches = matchAll(index, query)
  return [...matches.documents].sort()
}

describe('termsOf', () => {
  it('takes the word itself at full weight and the terms it starts at less', () => {
    const terms = termsOf(index, 'tour')
    expect([...terms.keys()].sort()).toEqual(['tourisme', 'touristique'])
    expect(termsOf(index, 'tourisme').get('tourisme')?.weight).toBe(1)
    expect(terms.get('tourisme')?.weight).toBeLessThan(1)
  })

  it('forgives one wrong, missing, extra or swapped letter from five letters, and weighs the typo less than the word', () => {
    for (const typo of ['tourisne', 'turisme', 'touriisme', 'toursime']) expect([...termsOf(index, typo).keys()]).toContain('tourisme')
    expect(termsOf(index, 'toursime').get('tourisme')!.weight).toBeLessThan(termsOf(index, 'tourisme').get('tourisme')!.weight)
    expect([...termsOf(index, 'tourismes').keys()]).toContain('tourisme')
    expect(termsOf(index, 'eploi').has('emploi')).toBe(true)
    expect(termsOf(index, 'epmoi').size).toBe(0) // two edits
    expect(termsOf(index, 'emlo').size).toBe(0) // four letters: prefix only
  })
})

describe('matchAll', () => {
  it('requires every word', () => {
    expect(found(['saisonnier'])).toEqual([0, 1, 2])
    expect(found(['saisonnier', 'tour'])).toEqual([0, 2])
    expect(found(['saisonnier', 'tour', 'emploi'])).toEqual([])
    expect(found(['absent'])).toEqual([])
    expect(found([])).toEqual([])
  })

  it('gives each document the best field any word matched in', () => {
    const matches = matchAll(index, ['saisonnier', 'tourisme'])
    expect(matches.fields[0]).toBe(0) // tourisme in its title
    const text = matchAll(index, ['hebergement'])
    expect(text.fields[2]).toBe(1)
    expect(matchAll(index, ['saisonnier', 'hebergement']).fields[2]).toBe(0)
  })

  it('scores a term in the title above the same term in the text', () => {
    const matches = matchAll(index, ['saisonnier'])
    expect(matches.scores[2]).toBeGreaterThan(matches.scores[0]!)
  })

  it('adds up the words’ scores, and a term found whole counts more than one found by its beginning', () => {
    const both = matchAll(index, ['saisonnier', 'tourisme']).scores[0]!
    expect(both).toBeGreaterThan(matchAll(index, ['saisonnier']).scores[0]!)
    expect(matchAll(index, ['tourisme']).scores[0]).toBeGreaterThan(matchAll(index, ['touris']).scores[0]!)
  })
})
