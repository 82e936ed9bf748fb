/** The middle item once sorted by `value` (the upper middle of an even count); `undefined` for none. */
export function medianBy<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  return [...items].sort((a, b) => value(a) - value(b))[Math.floor(items.length / 2)]
}
