/**
 * Search text as the publication search compares it: "Métiers de l’Œnologie" and
 * "metiers de l'oenologie" read the same.
 */

// Explicit ranges rather than \p{M} and \p{L}: Unicode property classes made normalising
// 10,000 publications ten times slower. Latin, Greek and Cyrillic letters are kept.
const COMBINING_MARKS = /[\u0300-\u036f]/g
const NOT_A_WORD = /[^0-9a-z\u00b5\u00df-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff]+/g

/** Lower case, no accents, ligatures spelt out (œ → oe), every run of punctuation or space → one space. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD') // also splits typographic ligatures such as "ﬁ"
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(NOT_A_WORD, ' ')
    .trim()
}

/** The distinct normalised words of what the user typed; none for a blank query. */
export function searchWords(query: string): string[] {
  const text = normalizeText(query)
  return text === '' ? [] : [...new Set(text.split(' '))]
}

/**
 * The form in which a record's text is kept for searching: normalised, with a space before
 * every word, so that `includes(' ' + word)` finds words by their beginning.
 */
export function searchableText(parts: readonly string[]): string {
  return ` ${normalizeText(parts.join(' '))}`
}

/** Every word starts a word of the searchable text (all words required). */
export function matchesWords(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(` ${word}`))
}
