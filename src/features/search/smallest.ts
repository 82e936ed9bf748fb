/**
 * The `limit` smallest items by `compare`, in order, equal items in their given order: a
 * partial sort, for the few best of thousands of matches (cheaper than sorting them all).
 */
export function smallest<T>(items: Iterable<T>, limit: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = []
  if (limit <= 0) return best
  for (const item of items) {
    if (best.length === limit && compare(item, best[limit - 1]!) >= 0) continue
    let low = 0
    let high = best.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (compare(best[middle]!, item) <= 0) low = middle + 1
      else high = middle
    }
    best.splice(low, 0, item)
    if (best.length > limit) best.pop()
  }
  return best
}
