/**
 * The site search on MiniSearch (see docs/search.md for why this engine): one index of every
 * event, publication and article, queried with the shared French pipeline. All words are
 * required; each word matches terms it starts, and in words of 5 letters or more terms one
 * edit away. MiniSearch's fuzzy search is a Levenshtein distance (a swap costs two), so the
 * word's swapped spellings are looked up too: together, a Damerau (optimal string alignment)
 * distance of 1, as `wordMatches` of the shared pipeline, which the publications page uses.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch'
import { matchedSpans, queryTerms, swappedLetters, textTerms, TYPO_MIN_LENGTH } from '../../shared/search-text'
import type { SearchDocument, SearchKind } from './documents'
import { excerpt, type Piece } from './excerpt'
import { smallest } from './smallest'

/** The fields in ranking order: a match in the title outranks any match further down. */
const FIELDS = ['title', 'tags', 'text', 'body'] as const
type Field = (typeof FIELDS)[number]
const BOOST: Record<Field, number> = { title: 8, tags: 4, text: 2, body: 1 }

export interface SiteIndex {
  engine: MiniSearch<SearchDocument>
  documents: ReadonlyMap<string, SearchDocument>
}

export interface SearchHit {
  kind: SearchKind
  id: string
  title: string
  date: string
  excerpt: Piece[]
}

export interface RankedResult {
  document: SearchDocument
  /** Index in FIELDS of the best field matched: 0 (title) is the most relevant. */
  tier: number
  upcoming: boolean
  score: number
  words: readonly string[]
}

export function buildIndex(documents: readonly SearchDocument[]): SiteIndex {
  const engine = new MiniSearch<SearchDocument>({
    idField: 'key',
    fields: [...FIELDS],
    tokenize: textTerms,
    processTerm: (term) => term,
    // Queries arrive as terms of the pipeline already.
    searchOptions: { tokenize: (term) => [term], processTerm: (term) => term, boost: BOOST },
  })
  engine.addAll(documents)
  return { engine, documents: new Map(documents.map((document) => [document.key, document])) }
}

function wordQuery(word: string): Query {
  if (word.length < TYPO_MIN_LENGTH) return { queries: [word], prefix: true }
  return {
    combineWith: 'OR',
    queries: [{ queries: [word], prefix: true, fuzzy: 1 }, { queries: swappedLetters(word) }],
  }
}

const TIER = new Map<string, number>(FIELDS.map((field, tier) => [field, tier]))

function tierOf(result: SearchResult): number {
  let tier: number = FIELDS.length
  for (const fields of Object.values(result.match)) {
    for (const field of fields) tier = Math.min(tier, TIER.get(field)!)
  }
  return tier
}

/** Equal in all else: the soonest coming event first, the latest of the rest first. */
function byDate(a: RankedResult, b: RankedResult): number {
  const order = a.document.date < b.document.date ? -1 : a.document.date > b.document.date ? 1 : 0
  return a.upcoming && b.upcoming ? order : -order
}

/**
 * Relevance order: by best field matched (title, then sectors/types/categories, then summaries,
 * descriptions and places, then article text), coming events before past ones at that level,
 * then by score, then by date.
 */
export function byRelevance(a: RankedResult, b: RankedResult): number {
  return a.tier - b.tier || Number(b.upcoming) - Number(a.upcoming) || b.score - a.score || byDate(a, b)
}

/** Every document matching all the words of `query`, in no order (see `byRelevance`). `today`: `YYYY-MM-DD`. */
export function matchesOf(index: SiteIndex, query: string, today: string): RankedResult[] {
  return matchesOfWords(index, queryTerms(query), today)
}

function matchesOfWords(index: SiteIndex, words: readonly string[], today: string): RankedResult[] {
  if (words.length === 0) return []
  return index.engine.search({ combineWith: 'AND', queries: words.map(wordQuery) }).map((result): RankedResult => {
    const document = index.documents.get(String(result.id))!
    return {
      document,
      tier: tierOf(result),
      upcoming: document.lastDay !== undefined && document.lastDay >= today,
      score: result.score,
      words,
    }
  })
}

/**
 * `matchesOf` that remembers the last `capacity` questions by their words, so the same search
 * asked again (Enter after the suggestions, « Afficher plus », Back to the results page, the
 * same words typed otherwise) is not run again. `cached` says whether it was.
 */
export function rememberingMatches(index: SiteIndex, capacity = 16) {
  const remembered = new Map<string, RankedResult[]>()
  return (query: string, today: string): { matches: RankedResult[]; cached: boolean } => {
    const words = queryTerms(query)
    const key = `${today} ${words.join(' ')}`
    const known = remembered.get(key)
    if (known !== undefined) {
      remembered.delete(key) // most recently used last
      remembered.set(key, known)
      return { matches: known, cached: true }
    }
    const matches = matchesOfWords(index, words, today)
    remembered.set(key, matches)
    if (remembered.size > capacity) remembered.delete(remembered.keys().next().value!)
    return { matches, cached: false }
  }
}

/** A result as the page shows it: the passage of its best matching text, matched words marked. */
export function toHit({ document, words }: RankedResult): SearchHit {
  const sources = [document.text, document.body, document.tags].filter((text) => text !== '')
  let passage: Piece[] = []
  for (const text of sources) {
    const spans = matchedSpans(text, words)
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
export function answer(matches: readonly RankedResult[], query: string, mode: AnswerMode, limit: number): SearchAnswer {
  const counts: Record<SearchKind, number> = { event: 0, publication: 0, article: 0 }
  for (const match of matches) counts[match.document.kind] += 1
  const shown =
    mode === 'suggestions'
      ? smallest(matches, limit, byRelevance)
      : KINDS.flatMap((kind) =>
          smallest(
            matches.filter((match) => match.document.kind === kind),
            limit,
            byRelevance,
          ),
        )
  return { query, total: matches.length, counts, hits: shown.map(toHit) }
}
