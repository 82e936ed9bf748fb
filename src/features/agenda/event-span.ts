/**
 * When an event happens, in the compact forms calendars exchange (`20170621`,
 * `20170621T093000`): shared by the .ics file and the Google Calendar link.
 */
import { addDays, differenceInCalendarDays } from 'date-fns'
import type { AgendaEvent } from '../../content/schemas.ts'
import { toIsoDate, toLocalDate } from '../../shared/dates.ts'

export type EventSpan =
  /** `end` is the day after the last one: calendars take all-day ends as exclusive. */
  | { allDay: true; start: string; end: string }
  /**
   * Local times in `EVENT_TIME_ZONE` of the first day; `end` is null when the data gives no
   * end time. An event over several days with both times happens on each of its `days`.
   */
  | { allDay: false; start: string; end: string | null; days: number }

const compactDate = (date: string) => date.replaceAll('-', '')
const compactDateTime = (date: string, time: string) => `${compactDate(date)}T${time.replace(':', '')}00`

/**
 * An event with a start time is timed when it also has an end time or lasts one day: from the
 * 5th to the 7th, 9 h – 17 h, is 9 h – 17 h on each of the three days. A multi-day event with
 * only a start time would have no end, so it is kept as all-day.
 */
export function eventSpan(event: Pick<AgendaEvent, 'start' | 'end' | 'startTime' | 'endTime'>): EventSpan {
  const last = event.end ?? event.start
  if (event.startTime && (event.endTime || last === event.start)) {
    return {
      allDay: false,
      start: compactDateTime(event.start, event.startTime),
      end: event.endTime ? compactDateTime(event.start, event.endTime) : null,
      days: differenceInCalendarDays(toLocalDate(last), toLocalDate(event.start)) + 1,
    }
  }
  return { allDay: true, start: compactDate(event.start), end: compactDate(toIsoDate(addDays(toLocalDate(last), 1))) }
}

/** The RFC 5545 rule of an event held on each of its days (`FREQ=DAILY;COUNT=3`), or null. */
export const dailyRule = (span: EventSpan): string | null => (!span.allDay && span.days > 1 ? `FREQ=DAILY;COUNT=${span.days}` : null)
