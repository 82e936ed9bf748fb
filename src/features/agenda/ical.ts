/**
 * iCalendar (RFC 5545) text of events: the file an event page offers for download and the
 * `agenda.ics` feed written at build time. Pure, so both produce the same text from the data.
 */
import type { AgendaEvent } from '../../content/schemas.ts'
import { wording } from '../../shared/wording.ts'
import { EVENT_TIME_ZONE } from '../../shared/dates.ts'
import { dailyRule, eventSpan } from './event-span.ts'

export interface IcalOptions {
  /** The moment the file is made (DTSTAMP). */
  now: Date
  /** The absolute address of an event's page, when known (the build knows no host). */
  eventUrl?: (id: string) => string
}

const CRLF = '\r\n'
const LINE_OCTETS = 75
const encoder = new TextEncoder()

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, '\\n')
}

/** Lines longer than 75 octets go on continuation lines that start with a space (§3.1), never splitting a character. */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const character of line) {
    const size = encoder.encode(character).length
    if (octets + size > LINE_OCTETS) {
      parts.push(current)
      current = ' '
      octets = 1
    }
    current += character
    octets += size
  }
  parts.push(current)
  return parts.join(CRLF)
}

function utcStamp(date: Date): string {
  return `${date.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`
}

// Europe/Paris since 1996: last Sunday of March 02:00 → CEST, last Sunday of October 03:00 → CET.
const PARIS_TIME_ZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${EVENT_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

function eventLines(event: AgendaEvent, stamp: string, eventUrl?: (id: string) => string): string[] {
  const span = eventSpan(event)
  const when = span.allDay
    ? [`DTSTART;VALUE=DATE:${span.start}`, `DTEND;VALUE=DATE:${span.end}`]
    : [`DTSTART;TZID=${EVENT_TIME_ZONE}:${span.start}`, ...(span.end ? [`DTEND;TZID=${EVENT_TIME_ZONE}:${span.end}`] : [])]
  const rule = dailyRule(span)
  const optional: [string, string | undefined][] = [
    ['LOCATION', event.location],
    ['DESCRIPTION', event.description],
    ['CATEGORIES', event.category],
  ]
  return [
    'BEGIN:VEVENT',
    `UID:${event.id}@carif-oref`,
    `DTSTAMP:${stamp}`,
    ...when,
    ...(rule ? [`RRULE:${rule}`] : []),
    `SUMMARY:${escapeText(event.title)}`,
    ...optional.flatMap(([name, value]) => (value ? [`${name}:${escapeText(value)}`] : [])),
    ...(eventUrl ? [`URL:${eventUrl(event.id)}`] : []),
    'END:VEVENT',
  ]
}

/** A VCALENDAR of the events, CRLF line ends, folded lines; a VTIMEZONE when an event is timed. */
export function calendarText(events: readonly AgendaEvent[], options: IcalOptions): string {
  const stamp = utcStamp(options.now)
  const timed = events.some((event) => !eventSpan(event).allDay)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CARIF-OREF//Agenda//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(wording.agenda.calendarName)}`,
    `X-WR-TIMEZONE:${EVENT_TIME_ZONE}`,
    ...(timed ? PARIS_TIME_ZONE : []),
    ...events.flatMap((event) => eventLines(event, stamp, options.eventUrl)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}
