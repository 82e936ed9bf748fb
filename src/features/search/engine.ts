/**
 * The site search: one index of every event, publication and article (see docs/search.md),
 * queried with the shared French pipeline. All words are required; each word matches terms it
 * starts, and in words of 5 letters or more terms one edit away (a swap of letters included),
 * as `wordMatches` of the shared pipeline, which the publications page uses.
 */
import { queryTerms, spansFinder } from '../../shared/search-text'
import type { SearchDocument, SearchKind } from './documents'
import { excerpt, type Piece } from './excerpt'
import { buildInvertedIndex, matchAll, type InvertedIndex, type Matches } from './inverted-index'
import { smallest } from './smallest'

/** The fields in ranking order: a match in the title outranks any match further down. */
const FIELDS = ['title', 'tags', 'text', 'body'] as const
const BOOSTS = [8, 4, 2, 1]

export interface SiteIndex {
  index: InvertedIndex
  /** By number in the index. */
  documents: readonly SearchDocument[]
}

export interface SearchHit {
  kind: SearchKind
  id: string
  title: string
  date: string
  excerpt: Piece[]
}

export function buildIndex(documents: readonly SearchDocument[]): SiteIndex {
  return {
    index: buildInvertedIndex(
      documents.map((document) => FIELDS.map((field) => document[field])),
      BOOSTS,
    ),
    documents,
  }
}

/** What a query found: the query, its words, and the matching documents by number. */
export interface SiteMatches {
  site: SiteIndex
  query: string
  words: readonly string[]
  matches: Matches
  /** `YYYY-MM-DD`: events ending today or later are coming ones. */
  today: string
}

/** Every document matching all the words of `query`. */
export function matchesOf(site: SiteIndex, query: string, today: string): SiteMatches {
  const words = queryTerms(query)
  return { site, query, words, matches: matchAll(site.index, words), today }
}

/**
 * Relevance order of two matched documents (by number): by best field matched (title, then
 * sectors/types/categories, then summaries, descriptions and places, then article text),
 * coming events before past ones at that level, then by score, then by date: the soonest
 * coming event first, the latest of the rest first.
 */
function byRelevance({ site, matches, today }: SiteMatches): (a: number, b: number) => number {
  const { fields, scores } = matches
  const upcoming = (number: number) => {
    const lastDay = site.documents[number]!.lastDay
    return lastDay !== undefined && lastDay >= today
  }
  const byDate = (a: number, b: number) => {
    const [first, second] = [site.documents[a]!.date, site.documents[b]!.date]
    const order = first < second ? -1 : first > second ? 1 : 0
    return upcoming(a) && upcoming(b) ? order : -order
  }
  return (a, b) => fields[a]! - fields[b]! || Number(upcoming(b)) - Number(upcoming(a)) || scores[b]! - scores[a]! || byDate(a, b)
}

/** A result as the page shows it: the passage of its best matching text, matched words marked. */
function toHit(document: SearchDocument, spansOf: (text: string) => [number, number][]): SearchHit {
  const sources = [document.text, document.body, document.tags].filter((text) => text !== '')
  let passage: Piece[] = []
  for (const text of sources) {
    const spans = spansOf(text)
    if (spans.length > 0) {
      passage = excerpt(text, spans)
      break
    }
  }
  if (passage.length === 0 && sources[0] !== undefined) passage = excerpt(sources[0], [])
  return { kind: document.kind, id: document.id, title: document.title, date: document.date, excerpt: passage }
}

export const KINDS: readonly SearchKind[] = ['event', 'publication', 'article']

export interface SearchAnswer {
  query: string
  total: number
  counts: Record<SearchKind, number>
  /** Suggestions: the best `limit` hits across the site; results page: the best `limit` of each kind, in KINDS order. */
  hits: SearchHit[]
}

export type AnswerMode = 'suggestions' | 'page'

/**
 * What the page shows of the matches: their count per kind and the most relevant `limit`
 * (suggestions) or `limit` of each kind (results page), picked without sorting them all.
 */
export function answer(found: SiteMatches, mode: AnswerMode, limit: number): SearchAnswer {
  const { documents } = found.site
  const counts: Record<SearchKind, number> = { event: 0, publication: 0, article: 0 }
  for (const number of found.matches.documents) counts[documents[number]!.kind] += 1
  const order = byRelevance(found)
  const spansOf = spansFinder(found.words)
  const shown =
    mode === 'suggestions'
      ? smallest(found.matches.documents, limit, order)
      : KINDS.flatMap((kind) =>
          smallest(
            found.matches.documents.filter((number) => documents[number]!.kind === kind),
            limit,
            order,
          ),
        )
  return {
    query: found.query,
    total: found.matches.documents.length,
    counts,
    hits: shown.map((number) => toHit(documents[number]!, spansOf)),
  }
}
