import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { makeEvent } from './fixtures'
import { googleCalendarUrl } from './google-calendar'
import { calendarText, escapeText, foldLine } from './ical'

const now = new Date(Date.UTC(2026, 10, 29, 18, 5, 9))
const octets = (line: string) => new TextEncoder().encode(line).length
/** Undo the folding, as a calendar reading the file would. */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n')

describe('iCal text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
  })

  it('folds lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75)
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true)
    expect(folded.replace(/\r\n /g, '')).toBe(line)
    expect(foldLine('SUMMARY:court')).toBe('SUMMARY:court')
  })

  it('writes an all-day event as VALUE=DATE with the exclusive end day, across a year end', () => {
    const text = calendarText([makeEvent({ id: 'fin-annee', title: 'Fin d’année', start: '2017-12-30', end: '2017-12-31' })], { now })
    const lines = unfold(text)
    expect(lines).toContain('DTSTART;VALUE=DATE:20171230')
    expect(lines).toContain('DTEND;VALUE=DATE:20180101')
    expect(lines).not.toContain('BEGIN:VTIMEZONE')
  })

  it('writes a one-day all-day event on 29 February ending on 1 March', () => {
    const lines = unfold(calendarText([makeEvent({ id: 'bissextile', start: '2024-02-29' })], { now }))
    expect(lines).toContain('DTSTART;VALUE=DATE:20240229')
    expect(lines).toContain('DTEND;VALUE=DATE:20240301')
  })

  it('writes a timed event in Europe/Paris with its VTIMEZONE, whatever the machine’s zone', () => {
    const event = makeEvent({
      id: 'comite',
      title: 'Comité d’orientation, bilan; perspectives',
      start: '2017-03-26',
      startTime: '09:30',
      endTime: '12:30',
      location: 'Cayenne',
      description: 'Ordre du jour :\nbilan',
    })
    const text = calendarText([event], { now, eventUrl: (id) => `https://example.org/evenements/${id}` })
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
    const lines = unfold(text)
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CARIF-OREF//Agenda//FR'])
    expect(lines).toContain('BEGIN:VTIMEZONE')
    expect(lines).toContain('TZID:Europe/Paris')
    expect(lines).toContain('UID:comite@carif-oref')
    expect(lines).toContain('DTSTAMP:20261129T180509Z')
    expect(lines).toContain('DTSTART;TZID=Europe/Paris:20170326T093000')
    expect(lines).toContain('DTEND;TZID=Europe/Paris:20170326T123000')
    expect(lines).toContain('SUMMARY:Comité d’orientation\\, bilan\\; perspectives')
    expect(lines).toContain('DESCRIPTION:Ordre du jour :\\nbilan')
    expect(lines).toContain('LOCATION:Cayenne')
    expect(lines).toContain('URL:https://example.org/evenements/comite')
    expect(lines.at(-2)).toBe('END:VCALENDAR')
  })

  it('keeps a multi-day event with only a start time as all-day, and a one-day one without end', () => {
    const lines = unfold(
      calendarText(
        [
          makeEvent({ id: 'salon', start: '2017-10-30', end: '2017-11-02', startTime: '09:00' }),
          makeEvent({ id: 'matinale', start: '2017-10-12', startTime: '08:30' }),
        ],
        { now },
      ),
    )
    expect(lines).toContain('DTSTART;VALUE=DATE:20171030')
    expect(lines).toContain('DTEND;VALUE=DATE:20171103')
    expect(lines).toContain('DTSTART;TZID=Europe/Paris:20171012T083000')
    expect(lines.filter((line) => line.startsWith('DTEND'))).toHaveLength(1)
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2)
  })

  it('writes an event over three days, 9 h – 17 h each, as one VEVENT with a daily RRULE that a calendar reads as three occurrences', () => {
    const text = calendarText(
      [makeEvent({ id: 'semaine', start: '2017-06-05', end: '2017-06-07', startTime: '09:00', endTime: '17:00' })],
      { now },
    )
    const lines = unfold(text)
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1)
    expect(lines).toContain('RRULE:FREQ=DAILY;COUNT=3')

    const calendar = new ICAL.Component(ICAL.parse(text))
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone))
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!)
    const occurrences: string[] = []
    const iterator = event.iterator()
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next)
      occurrences.push(`${details.startDate.toString()} → ${details.endDate.toString()}`)
    }
    expect(occurrences).toEqual([
      '2017-06-05T09:00:00 → 2017-06-05T17:00:00',
      '2017-06-06T09:00:00 → 2017-06-06T17:00:00',
      '2017-06-07T09:00:00 → 2017-06-07T17:00:00',
    ])
    expect(event.startDate.zone?.tzid).toBe('Europe/Paris')
  })
})

describe('googleCalendarUrl', () => {
  it('fills dates, time zone, place and details', () => {
    const url = new URL(
      googleCalendarUrl(
        makeEvent({ id: 'comite', title: 'Comité', start: '2017-06-21', startTime: '09:30', endTime: '12:30', location: 'Cayenne' }),
        'https://example.org/e',
      ),
    )
    expect(url.origin).toBe('https://calendar.google.com')
    expect(url.searchParams.get('text')).toBe('Comité')
    expect(url.searchParams.get('dates')).toBe('20170621T093000/20170621T123000')
    expect(url.searchParams.get('ctz')).toBe('Europe/Paris')
    expect(url.searchParams.get('location')).toBe('Cayenne')
    expect(url.searchParams.get('details')).toBe('https://example.org/e')
  })

  it('carries the daily recurrence of an event held on each of its days', () => {
    const url = new URL(
      googleCalendarUrl(makeEvent({ id: 'semaine', start: '2017-06-05', end: '2017-06-07', startTime: '09:00', endTime: '17:00' })),
    )
    expect(url.searchParams.get('dates')).toBe('20170605T090000/20170605T170000')
    expect(url.searchParams.get('recur')).toBe('RRULE:FREQ=DAILY;COUNT=3')
  })

  it('gives an all-day event its exclusive end day and no time zone', () => {
    const url = new URL(googleCalendarUrl(makeEvent({ id: 'alternance', start: '2017-06-05', end: '2017-06-07' })))
    expect(url.searchParams.get('dates')).toBe('20170605/20170608')
    expect(url.searchParams.has('ctz')).toBe(false)
  })
})
