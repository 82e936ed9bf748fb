/**
 * Search text as the publication search compares it: "Métiers de l’Œnologie" and
 * "metiers de l'oenologie" read the same.
 */

/** Lower case, no accents, ligatures spelt out (œ → oe), every run of punctuation or space → one space. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD') // also splits typographic ligatures such as "ﬁ"
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
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
