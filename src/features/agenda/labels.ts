/** The French names the agenda gives to days, months and counts. */
import { DAY_NAMES, formatLongDate, formatMonth, SHORT_DAY_NAMES, toLocalDate } from '../../shared/dates.ts'
import { wording } from '../../shared/wording.ts'

/** "mercredi 21 juin 2017", "jeudi 1er juin 2017" */
export const dayName = (date: string): string => formatLongDate(toLocalDate(date))

/** The name of a day button: "mercredi 21 juin 2017, 2 événements". */
export function dayButtonName(date: string, count: number): string {
  return count > 0 ? `${dayName(date)}, ${wording.agenda.eventCount(count)}` : dayName(date)
}

/** "juin 2017" */
export const monthName = (month: string): string => formatMonth(toLocalDate(month))

/** Monday-first week days: `short` shown ("Lun"), `long` read by screen readers ("lundi"). */
export const WEEK_DAYS: readonly { short: string; long: string }[] = Array.from({ length: 7 }, (_, index) => {
  const day = (index + 1) % 7 // Monday is 1 for `Date#getDay`, Sunday 0
  const short = SHORT_DAY_NAMES[day]!.replace('.', '')
  return { short: short.charAt(0).toUpperCase() + short.slice(1), long: DAY_NAMES[day]! }
})
