import { describe, expect, it } from 'vitest'
import { matchesWords, normalizeText, searchableText, searchWords } from './normalize'

describe('normalizeText', () => {
  it('ignores case and accents', () => {
    expect(normalizeText('MÉTIERS de l’Hôtellerie')).toBe('metiers de l hotellerie')
    expect(normalizeText('Çà et là, où')).toBe('ca et la ou')
  })

  it('spells out ligatures', () => {
    expect(normalizeText('Œnologie et cœur, Æther, ﬁbre')).toBe('oenologie et coeur aether fibre')
  })

  it('turns apostrophes and punctuation into single spaces', () => {
    expect(normalizeText("  L'emploi — d’aujourd’hui : « santé/social »!  ")).toBe('l emploi d aujourd hui sante social')
    expect(normalizeText('Hôtellerie-Restauration')).toBe('hotellerie restauration')
  })

  it('keeps digits', () => {
    expect(normalizeText('Bilan 2016–2017')).toBe('bilan 2016 2017')
  })
})

describe('searchWords', () => {
  it('gives the distinct normalised words', () => {
    expect(searchWords('  Métiers METIERS santé ')).toEqual(['metiers', 'sante'])
  })

  it('gives none for a blank or punctuation-only query', () => {
    expect(searchWords('')).toEqual([])
    expect(searchWords(' ’ - ! ')).toEqual([])
  })
})

describe('matchesWords', () => {
  const text = searchableText(['Les fiches métiers de l’OREF', 'Santé', 'Fiche métier'])

  it('finds accented words typed without accents', () => {
    expect(matchesWords(text, searchWords('metiers'))).toBe(true)
    expect(matchesWords(text, searchWords('SANTE'))).toBe(true)
  })

  it('requires every word', () => {
    expect(matchesWords(text, searchWords('métiers santé'))).toBe(true)
    expect(matchesWords(text, searchWords('métiers tourisme'))).toBe(false)
  })

  it('matches words by their beginning, not in their middle', () => {
    expect(matchesWords(text, searchWords('méti'))).toBe(true)
    expect(matchesWords(text, searchWords('tiers'))).toBe(false)
    expect(matchesWords(text, searchWords('oref'))).toBe(true)
  })

  it('matches everything when there is no word', () => {
    expect(matchesWords(text, [])).toBe(true)
  })
})
