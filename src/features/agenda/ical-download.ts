/** Loaded only when a visitor asks for the file: makes the .ics from the loaded data and downloads it. */
import type { AgendaEvent } from '../../content/schemas'
import { calendarText } from './ical'

export function downloadEventIcs(event: AgendaEvent, pageUrl: string): void {
  const text = calendarText([event], { now: new Date(), eventUrl: () => pageUrl })
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = `${event.id}.ics`
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked a moment later: some browsers start reading the blob only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
