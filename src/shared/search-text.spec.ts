import { describe, expect, it } from 'vitest'
import { editDistance, queryTerms, searchableText, spansFinder, swappedLetters, textMatcher, textTerms, wordMatches } from './search-text'

describe('textTerms', () => {
  it('ignores case and accents', () => {
    expect(textTerms('MÉTIER de l’Hôtellerie')).toEqual(['metier', 'de', 'hotellerie'])
    expect(textTerms('Çà et là, où')).toEqual(['ca', 'et', 'la', 'ou'])
  })

  it('spells out ligatures', () => {
    expect(textTerms('Œnologie et cœur, Æther, ﬁbre')).toEqual(['oenologie', 'et', 'coeur', 'aether', 'fibre'])
  })

  it('drops French elisions, typographic or straight apostrophe, and splits other apostrophes', () => {
    expect(textTerms("L'emploi d’aujourd’hui qu’il jusqu’à lorsqu’on")).toEqual(['emploi', 'aujourd', 'hui', 'il', 'a', 'on'])
    expect(textTerms('l’orientation')).toEqual(textTerms('orientation'))
  })

  it('turns punctuation into word breaks and keeps digits', () => {
    expect(textTerms('Hôtellerie-Restauration : « santé/social » 2016–2017!')).toEqual([
      'hotellerie',
      'restauration',
      'sante',
      'social',
      '2016',
      '2017',
    ])
  })

  it('folds plurals to the singular', () => {
    expect(textTerms('formations régionaux bureaux jeux')).toEqual(['formation', 'regional', 'bureau', 'jeu'])
    expect(textTerms('formation régional bureau jeu')).toEqual(['formation', 'regional', 'bureau', 'jeu'])
    expect(textTerms('stress les bus')).toEqual(['stress', 'les', 'bus'])
  })
})

describe('queryTerms', () => {
  it('gives the distinct terms', () => {
    expect(queryTerms('  Métiers METIER santé ')).toEqual(['metier', 'sante'])
  })

  it('gives none for a blank or punctuation-only query', () => {
    expect(queryTerms('')).toEqual([])
    expect(queryTerms(' ’ - ! ')).toEqual([])
  })
})

describe('editDistance', () => {
  it('counts a wrong, missing or extra letter as one edit', () => {
    expect(editDistance('tourisne', 'tourisme')).toBe(1)
    expect(editDistance('tourime', 'tourisme')).toBe(1)
    expect(editDistance('tourissme', 'tourisme')).toBe(1)
  })

  it('counts two swapped neighbours as one edit, as Damerau does (Levenshtein counts two)', () => {
    expect(editDistance('toursime', 'tourisme')).toBe(1)
    expect(editDistance('otursime', 'tourisme')).toBe(2)
  })

  it('stops past the maximum', () => {
    expect(editDistance('sante', 'tourisme')).toBe(2)
    expect(editDistance('abc', 'abc')).toBe(0)
  })
})

describe('wordMatches', () => {
  it('matches a term by its beginning', () => {
    expect(wordMatches('form', 'formation')).toBe(true)
    expect(wordMatches('orma', 'formation')).toBe(false)
  })

  it('forgives one typo in words of five letters or more only', () => {
    expect(wordMatches('toursime', 'tourisme')).toBe(true)
    expect(wordMatches('fromation', 'formation')).toBe(true)
    expect(wordMatches('sanet', 'sante')).toBe(true)
    expect(wordMatches('snte', 'sante')).toBe(false)
    expect(wordMatches('tousrime', 'tourisme')).toBe(false)
  })
})

describe('swappedLetters', () => {
  it('gives each swap of neighbouring letters once', () => {
    expect(swappedLetters('abca')).toEqual(['baca', 'acba', 'abac'])
    expect(swappedLetters('aab')).toEqual(['aba'])
  })
})

describe('textMatcher', () => {
  const text = searchableText(['Les fiches métiers de l’OREF', 'Santé', 'Fiche métier', 'Tourisme'])
  const vocabulary = text.trim().split(' ')
  const matches = (query: string) => textMatcher(query, vocabulary)(text)

  it('finds accented words typed without accents, plural or singular', () => {
    expect(matches('metier')).toBe(true)
    expect(matches('SANTES')).toBe(true)
    expect(matches('fiche')).toBe(true)
  })

  it('requires every word', () => {
    expect(matches('métiers santé')).toBe(true)
    expect(matches('métiers agriculture')).toBe(false)
  })

  it('matches words by their beginning, not in their middle', () => {
    expect(matches('méti')).toBe(true)
    expect(matches('tiers')).toBe(false)
    expect(matches('l’oref')).toBe(true)
  })

  it('forgives one typo, a swap included, in long words', () => {
    expect(matches('toursime')).toBe(true)
    expect(matches('metirs')).toBe(true)
    expect(matches('snte')).toBe(false)
  })

  it('matches everything when there is no word', () => {
    expect(matches(' ')).toBe(true)
  })
})

describe('spansFinder', () => {
  it('finds the written words that match, elisions, accents and capitals included', () => {
    const text = 'L’Orientation des Formations en Tourisme'
    expect(spansFinder(queryTerms('orientation formation'))(text).map(([start, end]) => text.slice(start, end))).toEqual([
      'L’Orientation',
      'Formations',
    ])
    expect(spansFinder(queryTerms('toursime'))(text)).toEqual([[32, 40]])
  })

  it('gives each text its own spans when it serves several', () => {
    const spansOf = spansFinder(queryTerms('tourisme'))
    expect(spansOf('Tourisme')).toEqual([[0, 8]])
    expect(spansOf('Le tourisme, le Tourisme et la saison')).toEqual([
      [3, 11],
      [16, 24],
    ])
    expect(spansOf('La saison')).toEqual([])
  })

  it('finds nothing without words', () => {
    expect(spansFinder([])('Tourisme')).toEqual([])
  })
})
