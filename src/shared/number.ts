// One formatter for the whole app, built on first need: `toLocaleString` builds a new one on
// every call (it showed up in the profile of a facet list re-rendering 30 counts per click),
// and the first `Intl` object a page builds costs 10–60 ms in Chromium (its locale data).
let french: Intl.NumberFormat | undefined

/** "10 000": a number as written in French. Whole numbers below 1,000 are their digits, with no formatter. */
export const formatNumber = (value: number): string =>
  Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : (french ??= new Intl.NumberFormat('fr-FR')).format(value)
