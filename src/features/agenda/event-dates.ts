import type { AgendaEvent } from '../../content/schemas.ts'
import { formatDateRange, formatTime, toLocalDate } from '../../shared/dates.ts'
import { dayName } from './labels.ts'

/** "mercredi 21 juin 2017", or "du 5 au 7 juin 2017" for a multi-day event. */
export function formatEventDates(event: Pick<AgendaEvent, 'start' | 'end'>): string {
  if (event.end === undefined || event.end === event.start) return dayName(event.start)
  return formatDateRange(toLocalDate(event.start), toLocalDate(event.end))
}

/** "9 h – 12 h 30", "à partir de 14 h", or "" when the event gives no time. */
export function formatEventTimes(event: Pick<AgendaEvent, 'startTime' | 'endTime'>): string {
  if (event.startTime && event.endTime) return `${formatTime(event.startTime)} – ${formatTime(event.endTime)}`
  if (event.startTime) return `à partir de ${formatTime(event.startTime)}`
  if (event.endTime) return `jusqu’à ${formatTime(event.endTime)}`
  return ''
}
