import type { AgendaEvent } from '../../content/schemas'

/** The events that take place, at least one day, in the month `YYYY-MM`, by start date. */
export function eventsOfMonth(events: readonly AgendaEvent[], month: string): AgendaEvent[] {
  return events
    .filter((event) => event.start.slice(0, 7) <= month && (event.end ?? event.start).slice(0, 7) >= month)
    .sort((a, b) => a.start.localeCompare(b.start) || (a.startTime ?? '').localeCompare(b.startTime ?? ''))
}

/**
 * The month a visitor most wants to see: the current one if it has events, else the next one
 * that has, else the last one that had. `null` when there is no event at all.
 */
export function featuredMonth(events: readonly AgendaEvent[], currentMonth: string): string | null {
  const months = new Set<string>()
  for (const event of events) {
    months.add(event.start.slice(0, 7))
    months.add((event.end ?? event.start).slice(0, 7))
  }
  if (events.some((event) => eventsOfMonth([event], currentMonth).length > 0)) return currentMonth
  const sorted = [...months].sort()
  return sorted.find((month) => month > currentMonth) ?? sorted.at(-1) ?? null
}
