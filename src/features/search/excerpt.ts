/**
 * A short passage of a text around its first matched word, cut into pieces that are plain
 * text or a match, so the page highlights with `<mark>` built from text, never from markup.
 */
export interface Piece {
  text: string
  mark: boolean
}

const BEFORE = 60
const LENGTH = 200

/** The passage of `text` around the first of `spans` (sorted [start, end) offsets), as pieces. */
export function excerpt(text: string, spans: readonly (readonly [number, number])[]): Piece[] {
  const first = spans[0]?.[0] ?? 0
  let start = Math.max(0, first - BEFORE)
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  if (start > first) start = first
  let end = Math.min(text.length, start + LENGTH)
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), spans[0]?.[1] ?? 0)
  const pieces: Piece[] = []
  const plain = (from: number, to: number) => {
    if (to > from) pieces.push({ text: text.slice(from, to), mark: false })
  }
  let at = start
  for (const [from, to] of spans) {
    if (from < at || to > end) continue
    plain(at, from)
    pieces.push({ text: text.slice(from, to), mark: true })
    at = to
  }
  plain(at, end)
  if (start > 0) pieces.unshift({ text: '… ', mark: false })
  if (end < text.length) pieces.push({ text: ' …', mark: false })
  return pieces
}
