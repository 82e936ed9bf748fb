/** Remembers the result of a costly pure function of a string (date labels repeat a lot). */
export function memoize<T>(make: (key: string) => T): (key: string) => T {
  const results = new Map<string, T>()
  return (key) => {
    if (!results.has(key)) results.set(key, make(key))
    return results.get(key)!
  }
}
