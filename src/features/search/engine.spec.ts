import { describe, expect, it } from 'vitest'
import { answer, buildIndex, matchesOf } from './engine'
import { siteDocuments } from './fixtures'

const index = buildIndex(siteDocuments)
const TODAY = '2017-06-10'
/** Every match, most relevant first. */
const keys = (query: string, today = TODAY) =>
  answer(matchesOf(index, query, today), 'suggestions', Infinity).hits.map((hit) => `${hit.kind}:${hit.id}`)

describe('matches in relevance order', () => {
  it('finds events, publications and articles, ignoring case, accents and elisions', () => {
    expect(keys('HOTELLERIE')).toEqual(['publication:hotellerie'])
    expect(keys('pôles')).toEqual(['article:poles'])
    expect(keys('l’apprentissage')).toEqual(['publication:formations'])
  })

  it('takes singular and plural alike', () => {
    expect(keys('formation')).toEqual(keys('formations'))
    expect(keys('formation')).toContain('publication:formations')
  })

  it('matches words by their beginning while typing', () => {
    expect(keys('compét')).toEqual(['article:poles'])
    expect(keys('pétitivité')).toEqual([])
  })

  it('forgives one typo in words of five letters or more, a swap of letters included', () => {
    expect(keys('toursime')).toContain('publication:tourisme')
    expect(keys('tourisne')).toContain('publication:tourisme')
    expect(keys('touriisme')).toContain('publication:tourisme')
    expect(keys('fourm')).toContain('event:forum-passe')
    expect(keys('frum')).toEqual([])
  })

  it('requires every word', () => {
    expect(keys('tourisme saisonnalité')).toEqual(['publication:tourisme'])
    expect(keys('tourisme aéronautique')).toEqual(['article:poles'])
    expect(keys('tourisme lycée')).toEqual([])
  })

  it('ranks titles first, then categories and sectors, then descriptions and places, then article text', () => {
    expect(keys('orientation')).toEqual(['event:forum-a-venir', 'event:forum-passe', 'event:atelier', 'event:reunion'])
    expect(keys('tourisme')).toEqual(['publication:tourisme', 'publication:hotellerie', 'article:poles'])
    expect(keys('formation')[0]).toBe('publication:formations')
    expect(keys('formation').at(-1)).toBe('article:poles')
  })

  it('puts coming events before past ones at equal relevance, an event going on counting as coming', () => {
    expect(keys('forum', '2017-03-01')).toEqual(['event:forum-passe', 'event:forum-a-venir'])
    expect(keys('forum', '2017-03-11')).toEqual(['event:forum-a-venir', 'event:forum-passe'])
    expect(keys('forum', '2017-09-16')).toEqual(['event:forum-a-venir', 'event:forum-passe'])
    expect(keys('forum', '2017-09-17')).toEqual(['event:forum-a-venir', 'event:forum-passe'])
  })

  it('keeps a past event matched in its title above a coming one matched further down', () => {
    expect(keys('orientation', '2017-06-10').indexOf('event:forum-passe')).toBeLessThan(keys('orientation').indexOf('event:atelier'))
  })

  it('gives nothing for a blank query', () => {
    expect(keys(' ’ ')).toEqual([])
  })
})

describe('answer', () => {
  it('counts each kind and keeps the best of each for the results page', () => {
    const page = answer(matchesOf(index, 'tourisme', TODAY), 'page', 1)
    expect(page.total).toBe(3)
    expect(page.counts).toEqual({ event: 0, publication: 2, article: 1 })
    expect(page.hits.map((hit) => hit.id)).toEqual(['tourisme', 'poles'])
  })

  it('keeps the best across the site for suggestions', () => {
    const suggestions = answer(matchesOf(index, 'orientation', TODAY), 'suggestions', 2)
    expect(suggestions.hits.map((hit) => hit.id)).toEqual(['forum-a-venir', 'forum-passe'])
  })

  it('gives an excerpt around the matched words, marked as plain text, markup kept as text', () => {
    const [hit] = answer(matchesOf(index, 'laboratoires', TODAY), 'page', 5).hits
    expect(hit?.excerpt.filter((piece) => piece.mark).map((piece) => piece.text)).toEqual(['laboratoires'])
    expect(hit?.excerpt.map((piece) => piece.text).join('')).toContain('<script>alert(1)</script>')
  })
})
