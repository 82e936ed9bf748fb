/**
 * On a narrow screen the day's events sit below the month grid: choosing a day brings them
 * into view (smoothly, unless the visitor asks for reduced motion), without moving the focus,
 * which stays on the day in the grid.
 */

/** Scrolls `element` to the top of the viewport when its top is not in view. */
export function revealIfHidden(element: Element | null, view: Pick<Window, 'innerHeight' | 'matchMedia'> = window): void {
  if (!element) return
  const { top } = element.getBoundingClientRect()
  if (top >= 0 && top < view.innerHeight * 0.75) return
  const reduced = view.matchMedia('(prefers-reduced-motion: reduce)').matches
  element.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'start' })
}
