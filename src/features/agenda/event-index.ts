/**
 * The events indexed once by calendar day: a multi-day event is listed on every day it spans,
 * across month and year ends. The month grid, the day panel and the month list all read this
 * index, so changing month costs a few map look-ups instead of a pass over every event.
 */
import { addDays } from 'date-fns'
import type { AgendaEvent } from '../../content/schemas.ts'
import { toIsoDate, toLocalDate } from '../../shared/dates.ts'
import { monthOf, shiftMonth } from './calendar.ts'

export interface EventIndex {
  /** `YYYY-MM-DD` → that day's events, by start time then title. */
  byDay: ReadonlyMap<string, readonly AgendaEvent[]>
  /** Every day with an event, in order. */
  days: readonly string[]
}

const NONE: readonly AgendaEvent[] = []

// One collator for every comparison (`localeCompare(…, 'fr')` would build one per call), built
// on first need: most days have one event, and a page's first `Intl` object is costly (`number.ts`).
let collator: Intl.Collator | undefined
const frenchOrder = (a: string, b: string) => (collator ??= new Intl.Collator('fr')).compare(a, b)

function byTime(a: AgendaEvent, b: AgendaEvent): number {
  const aTime = a.startTime ?? ''
  const bTime = b.startTime ?? ''
  return aTime < bTime ? -1 : aTime > bTime ? 1 : frenchOrder(a.title, b.title)
}

export function indexEvents(events: readonly AgendaEvent[]): EventIndex {
  const byDay = new Map<string, AgendaEvent[]>()
  for (const event of events) {
    const last = event.end ?? event.start
    for (let day = toLocalDate(event.start), iso = event.start; iso <= last; day = addDays(day, 1), iso = toIsoDate(day)) {
      const list = byDay.get(iso)
      if (list) list.push(event)
      else byDay.set(iso, [event])
    }
  }
  for (const list of byDay.values()) list.sort(byTime)
  return { byDay, days: [...byDay.keys()].sort() }
}

export function eventsOn(index: EventIndex, day: string): readonly AgendaEvent[] {
  return index.byDay.get(day) ?? NONE
}

/** The events of the month `YYYY-MM`, each once, in the order of their first day in it. */
export function eventsOfMonth(index: EventIndex, month: string): AgendaEvent[] {
  const seen = new Set<AgendaEvent>()
  for (let day = 1; day <= 31; day += 1) {
    for (const event of eventsOn(index, `${month}-${String(day).padStart(2, '0')}`)) seen.add(event)
  }
  return [...seen]
}

export interface NearbyEvent {
  day: string
  event: AgendaEvent
}

/** The last event before the month `YYYY-MM` and the first one after it, if any. */
export function nearestEvents(index: EventIndex, month: string): { previous: NearbyEvent | null; next: NearbyEvent | null } {
  const { days } = index
  const first = firstIndexAtOrAfter(days, `${month}-01`)
  const after = firstIndexAtOrAfter(days, `${month}-32`)
  const at = (position: number, pick: 'first' | 'last'): NearbyEvent | null => {
    const day = days[position]
    const events = day === undefined ? NONE : eventsOn(index, day)
    const event = pick === 'first' ? events[0] : events.at(-1)
    return day !== undefined && event ? { day, event } : null
  }
  return { previous: at(first - 1, 'last'), next: at(after, 'first') }
}

/**
 * The month a visitor most wants to see: the current one if it has events, else the next one
 * that has, else the last one that had. `null` when there is no event at all.
 */
export function featuredMonth(index: EventIndex, currentMonth: string): string | null {
  const { days } = index
  const day = days[firstIndexAtOrAfter(days, `${currentMonth}-01`)] ?? days.at(-1)
  return day === undefined ? null : day.slice(0, 7)
}

/**
 * The months that have a page of their own: from one before the first month with events (or
 * today's, if earlier) to one after the last (or today's), so that a month's previous and next
 * links lead to pages that exist. Every day with events has its page too (`hasPage`).
 */
export function pageMonths(index: EventIndex, today: string): { first: string; last: string } {
  const known = [index.days[0], index.days.at(-1), today].flatMap((day) => (day === undefined ? [] : [monthOf(day)])).sort()
  return { first: shiftMonth(known[0]!, -1), last: shiftMonth(known.at(-1)!, 1) }
}

/** Whether the month `YYYY-MM` or the day `YYYY-MM-DD` has a page (see `pageMonths`). */
export function hasPage(index: EventIndex, today: string, period: string): boolean {
  if (period.length > 7) return index.byDay.has(period)
  const { first, last } = pageMonths(index, today)
  return first <= period && period <= last
}

/** Binary search in sorted `YYYY-MM-DD` strings. */
function firstIndexAtOrAfter(days: readonly string[], target: string): number {
  let low = 0
  let high = days.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (days[middle]! < target) low = middle + 1
    else high = middle
  }
  return low
}
