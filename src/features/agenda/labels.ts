/** The French names the agenda gives to days, months and counts. */
import { format } from 'date-fns'
import { fr } from 'date-fns/locale/fr'
import { formatLongDate, formatMonth, toLocalDate } from '../../shared/dates'
import { memoize } from '../../shared/memo'
import { wording } from '../../shared/wording'

/** "mercredi 21 juin 2017", "jeudi 1er juin 2017", remembered: a month repeats its days a lot. */
export const dayName = memoize((date: string): string => formatLongDate(toLocalDate(date)))

/** The name of a day button: "mercredi 21 juin 2017, 2 événements". */
export function dayButtonName(date: string, count: number): string {
  return count > 0 ? `${dayName(date)}, ${wording.agenda.eventCount(count)}` : dayName(date)
}

/** "juin 2017" */
export const monthName = (month: string): string => formatMonth(toLocalDate(month))

/** Monday-first week days: `short` shown, `long` read by screen readers. */
export const WEEK_DAYS: readonly { short: string; long: string }[] = Array.from({ length: 7 }, (_, index) => {
  const monday = new Date(2024, 0, 1 + index) // 1 January 2024 is a Monday
  const short = format(monday, 'EEE', { locale: fr }).replace('.', '')
  return { short: short.charAt(0).toUpperCase() + short.slice(1), long: format(monday, 'EEEE', { locale: fr }) }
})
