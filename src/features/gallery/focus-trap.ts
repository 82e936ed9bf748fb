/** Where Tab (or Shift+Tab) goes from `current` among a dialog's `stops`: round, never out. */
export function nextStop<T>(stops: readonly T[], current: T | null, backwards: boolean): T | undefined {
  if (stops.length === 0) return undefined
  const at = current === null ? -1 : stops.indexOf(current)
  if (at === -1) return backwards ? stops[stops.length - 1] : stops[0]
  return stops[(at + (backwards ? -1 : 1) + stops.length) % stops.length]
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** Keeps Tab inside `container`: call it from the container's keydown handler. */
export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  const stops = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)]
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null
  const target = nextStop(stops, active, event.shiftKey)
  if (!target) return
  event.preventDefault()
  target.focus()
}
