/**
 * The French text pipeline of every search of the site (the header's site search and the
 * publications page), so that the two never disagree on what matches.
 *
 * A text becomes terms: lower case, no accents, ligatures spelt out (œ → oe, ﬁ → fi), French
 * elisions dropped (« l’orientation » → orientation), plural folded to singular
 * (formations → formation, régionaux → regional). A word the user typed matches a term when it
 * starts it (prefix while typing), or, for words of 5 letters or more, when one edit turns the
 * word into the term: a wrong, missing, extra or swapped letter (optimal string alignment
 * distance 1: « toursime » finds « tourisme »).
 */

// Explicit ranges rather than \p{M} and \p{L}: Unicode property classes made normalising
// 10,000 publications ten times slower. Latin, Greek and Cyrillic letters, ligatures and
// apostrophes (for elisions) make up words.
const WORD = /[0-9a-z\u00b5\u00df-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff\ufb00-\ufb06'’]+/g
/** The same, upper case included, to find words in a text as written. */
const WRITTEN_WORD = /[0-9A-Za-z\u00b5\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff\ufb00-\ufb06'’]+/g
const COMBINING_MARKS = /[\u0300-\u036f]/g
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/
const APOSTROPHES = /['’]+/g

/** Words of this length or more forgive one typo. */
export const TYPO_MIN_LENGTH = 5

/** Singular form: -eaux → -eau, -aux → -al, a final s or x dropped (not -ss, nor short words). */
function singular(word: string): string {
  if (word.length <= 3) return word
  if (word.endsWith('eaux')) return word.slice(0, -1)
  if (word.endsWith('aux')) return `${word.slice(0, -3)}al`
  if ((word.endsWith('s') && !word.endsWith('ss')) || word.endsWith('x')) return word.slice(0, -1)
  return word
}

/** Terms are cached by their written form: texts repeat the same few thousand words. */
const termCache = new Map<string, string>()

function toTerm(written: string): string {
  let term = termCache.get(written)
  if (term === undefined) {
    term = written
      .replace(ELISION, '')
      .normalize('NFKD') // also splits typographic ligatures such as "ﬁ"
      .replace(COMBINING_MARKS, '')
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss')
    // A split apostrophe that was not an elision (« aujourd’hui ») separates two words.
    term = term.split(APOSTROPHES).filter(Boolean).map(singular).join(' ')
    if (termCache.size > 50_000) termCache.clear()
    termCache.set(written, term)
  }
  return term
}

/** The terms of a text, in order, repeats included. */
export function textTerms(text: string): string[] {
  const terms: string[] = []
  for (const written of text.toLowerCase().match(WORD) ?? []) {
    const term = toTerm(written)
    if (term === '') continue
    if (term.includes(' ')) terms.push(...term.split(' '))
    else terms.push(term)
  }
  return terms
}

/** The distinct terms of what the user typed; none for a blank query. */
export function queryTerms(query: string): string[] {
  return [...new Set(textTerms(query))]
}

/**
 * Where the words that match the query sit in texts as written, for highlighting: [start, end)
 * offsets. Whether a written word matches is worked out once for all the texts given: they
 * repeat the same words.
 */
export function spansFinder(words: readonly string[]): (text: string) => [number, number][] {
  const known = new Map<string, boolean>()
  const matches = (written: string) => {
    let found = known.get(written)
    if (found === undefined) {
      const terms = toTerm(written.toLowerCase()).split(' ')
      found = terms.some((term) => term !== '' && words.some((word) => wordMatches(word, term)))
      known.set(written, found)
    }
    return found
  }
  return (text) => {
    const spans: [number, number][] = []
    if (words.length === 0) return spans
    for (const found of text.matchAll(WRITTEN_WORD)) if (matches(found[0])) spans.push([found.index, found.index + found[0].length])
    return spans
  }
}

/** Optimal string alignment distance, stopping as soon as it exceeds `max`. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > max) return max + 1
    before = previous
    previous = current
  }
  return previous[b.length]!
}

/** Whether a typed word (a query term) matches a term of the text. */
export function wordMatches(word: string, term: string): boolean {
  return term.startsWith(word) || (word.length >= TYPO_MIN_LENGTH && editDistance(word, term) <= 1)
}

/** The word with two neighbouring letters swapped, each way: the typos a plain Levenshtein counts twice. */
export function swappedLetters(word: string): string[] {
  const swaps = new Set<string>()
  for (let i = 0; i < word.length - 1; i += 1) {
    if (word[i] !== word[i + 1]) swaps.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))
  }
  return [...swaps]
}

/**
 * A text kept for scanning: its terms with a space around each, so that `includes(' ' + word)`
 * finds a term by its beginning and `includes(' ' + term + ' ')` a whole term.
 */
export function searchableText(parts: readonly string[]): string {
  return ` ${textTerms(parts.join(' ')).join(' ')} `
}

/**
 * A test of searchable texts against a query, all words required. `vocabulary` (every term of
 * the texts) gives the terms one typo away from each word, found once per query, not per text.
 */
export function textMatcher(query: string, vocabulary: Iterable<string>): (text: string) => boolean {
  const words = queryTerms(query)
  const nearTerms = words.map((word) => {
    if (word.length < TYPO_MIN_LENGTH) return []
    const near: string[] = []
    for (const term of vocabulary) if (!term.startsWith(word) && editDistance(word, term) <= 1) near.push(` ${term} `)
    return near
  })
  return (text) => words.every((word, index) => text.includes(` ${word}`) || nearTerms[index]!.some((term) => text.includes(term)))
}
