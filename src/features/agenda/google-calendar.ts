import type { AgendaEvent } from '../../content/schemas'
import { EVENT_TIME_ZONE } from '../../shared/dates'
import { dailyRule, eventSpan } from './event-span'

/** A link that opens Google Calendar's "new event" form filled with the event (its daily recurrence too). */
export function googleCalendarUrl(event: AgendaEvent, pageUrl?: string): string {
  const span = eventSpan(event)
  const params = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates: `${span.start}/${span.end ?? span.start}` })
  if (!span.allDay) params.set('ctz', EVENT_TIME_ZONE)
  const rule = dailyRule(span)
  if (rule) params.set('recur', `RRULE:${rule}`)
  const details = [event.description, pageUrl].filter(Boolean).join('\n\n')
  if (details) params.set('details', details)
  if (event.location) params.set('location', event.location)
  return `https://calendar.google.com/calendar/render?${params.toString()}`
}
