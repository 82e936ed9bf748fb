/**
 * The site search's index: for each term of the French pipeline, the documents holding it,
 * each with its best field and its BM25 score over all fields, computed once when the index
 * is built. A query then only adds up numbers in typed arrays, where MiniSearch's own scoring
 * built an object per matching field and document: 20–80 ms for a word found in 13,000 of
 * 16,000 documents (docs/search.md). The vocabulary is MiniSearch's radix tree
 * (`SearchableMap`), which finds the terms a word starts and those one edit away.
 */
import SearchableMap from 'minisearch/SearchableMap'
import { swappedLetters, textTerms, TYPO_MIN_LENGTH } from '../../shared/search-text'

/** A term's documents, ascending; for each, the best field holding the term and its score. */
export interface Postings {
  documents: Uint32Array
  fields: Uint8Array
  scores: Float32Array
}

export interface InvertedIndex {
  size: number
  terms: SearchableMap<Postings>
}

/** What the query found: the matching documents' numbers, and by number their best field and score. */
export interface Matches {
  documents: number[]
  fields: Uint8Array
  scores: Float64Array
}

/** No field: the document does not hold the word. */
const NONE = 255

// BM25+ as MiniSearch computes it (k, b and d are its defaults).
const K = 1.2
const B = 0.7
const D = 0.5

function bm25(frequency: number, holders: number, size: number, length: number, averageLength: number): number {
  const rarity = Math.log(1 + (size - holders + 0.5) / (holders + 0.5))
  return rarity * (D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * length) / averageLength)))
}

/**
 * Indexes `documents`, each given as the texts of its fields in ranking order (the first field
 * is the most relevant); `boosts` weighs each field's score.
 */
export function buildInvertedIndex(documents: readonly (readonly string[])[], boosts: readonly number[]): InvertedIndex {
  const size = documents.length
  const lengths = boosts.map(() => new Float32Array(size))
  // Per term, flat triples (document, field, frequency), in document then field order.
  const occurrences = new Map<string, number[]>()
  documents.forEach((texts, document) => {
    texts.forEach((text, field) => {
      const terms = textTerms(text)
      lengths[field]![document] = terms.length
      const frequencies = new Map<string, number>()
      for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1)
      for (const [term, frequency] of frequencies) {
        let list = occurrences.get(term)
        if (list === undefined) occurrences.set(term, (list = []))
        list.push(document, field, frequency)
      }
    })
  })
  const averageLengths = lengths.map((perDocument) => perDocument.reduce((sum, length) => sum + length, 0) / Math.max(1, size) || 1)

  const terms = new SearchableMap<Postings>()
  for (const [term, list] of occurrences) {
    const holders = boosts.map(() => 0)
    let count = 0
    for (let i = 0; i < list.length; i += 3) {
      holders[list[i + 1]!]! += 1
      if (i === 0 || list[i] !== list[i - 3]) count += 1
    }
    const postings: Postings = { documents: new Uint32Array(count), fields: new Uint8Array(count), scores: new Float32Array(count) }
    let slot = -1
    for (let i = 0; i < list.length; i += 3) {
      const [document, field, frequency] = [list[i]!, list[i + 1]!, list[i + 2]!]
      if (i === 0 || document !== list[i - 3]) {
        slot += 1
        postings.documents[slot] = document
        postings.fields[slot] = field // fields come in ranking order: the first is the best
      }
      postings.scores[slot]! += boosts[field]! * bm25(frequency, holders[field]!, size, lengths[field]![document]!, averageLengths[field]!)
    }
    terms.set(term, postings)
  }
  return { size, terms }
}

// How much a term found by prefix or by a typo counts against the word itself, as in MiniSearch.
const PREFIX_WEIGHT = 0.375
const TYPO_WEIGHT = 0.45

/**
 * The terms a typed word matches, with their weight: the word itself (1), the terms it starts,
 * and, from 5 letters, the terms one edit away (a wrong, missing, extra or swapped letter: the
 * radix tree counts a swap as two edits, so the swapped spellings are looked up as well).
 */
export function termsOf(index: InvertedIndex, word: string): Map<string, { postings: Postings; weight: number }> {
  const found = new Map<string, { postings: Postings; weight: number }>()
  for (const [term, postings] of index.terms.atPrefix(word)) {
    const extra = term.length - word.length
    found.set(term, { postings, weight: extra === 0 ? 1 : (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * extra) })
  }
  if (word.length < TYPO_MIN_LENGTH) return found
  const typoWeight = (TYPO_WEIGHT * word.length) / (word.length + 1)
  for (const [term, [postings]] of index.terms.fuzzyGet(word, 1)) {
    if (!found.has(term)) found.set(term, { postings, weight: typoWeight })
  }
  for (const term of swappedLetters(word)) {
    const postings = index.terms.get(term)
    if (postings !== undefined && !found.has(term)) found.set(term, { postings, weight: typoWeight })
  }
  return found
}

/**
 * The documents matching every word (query terms of the pipeline), each with the best field
 * any word matched in and the sum of the words' scores.
 */
export function matchAll(index: InvertedIndex, words: readonly string[]): Matches {
  const fields = new Uint8Array(index.size).fill(NONE)
  const scores = new Float64Array(index.size)
  let documents: number[] = []
  const wordFields = new Uint8Array(index.size)
  const wordScores = new Float64Array(index.size)
  words.forEach((word, position) => {
    wordFields.fill(NONE)
    wordScores.fill(0)
    const found: number[] = []
    for (const { postings, weight } of termsOf(index, word).values()) {
      for (let i = 0; i < postings.documents.length; i += 1) {
        const document = postings.documents[i]!
        if (wordFields[document] === NONE) found.push(document)
        wordFields[document] = Math.min(wordFields[document]!, postings.fields[i]!)
        wordScores[document]! += weight * postings.scores[i]!
      }
    }
    documents = position === 0 ? found : documents.filter((document) => wordFields[document] !== NONE)
    for (const document of documents) {
      fields[document] = Math.min(fields[document]!, wordFields[document]!)
      scores[document]! += wordScores[document]!
    }
  })
  return { documents, fields, scores }
}
