/**
 * Calendar dates without a time zone. Data files hold `YYYY-MM-DD` (or `YYYY-MM`) strings;
 * they are turned into local `Date`s at midnight, never with `new Date('YYYY-MM-DD')`,
 * which would be UTC midnight and show the previous day west of Greenwich.
 */

/** The time zone of the observatory: times in the data are wall-clock times there. */
export const EVENT_TIME_ZONE = 'Europe/Paris'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_MONTH = /^(\d{4})-(\d{2})$/

export interface CalendarDate {
  year: number
  month: number // 1–12
  day: number
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps it free of DST.
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

export function parseIsoMonth(text: string): { year: number; month: number } | null {
  const match = ISO_MONTH.exec(text)
  if (!match) return null
  const [year, month] = [Number(match[1]), Number(match[2])]
  return month >= 1 && month <= 12 ? { year, month } : null
}

export const isIsoDate = (text: string): boolean => parseIsoDate(text) !== null
export const isIsoMonth = (text: string): boolean => parseIsoMonth(text) !== null

/** The local midnight of a `YYYY-MM-DD` or `YYYY-MM` string (the 1st for a month). */
export function toLocalDate(text: string): Date {
  const date = parseIsoDate(text) ?? { ...parseIsoMonth(text), day: 1 }
  if (date.year === undefined || date.month === undefined) throw new RangeError(`Date invalide : ${text}`)
  const local = new Date(date.year, date.month - 1, date.day)
  local.setFullYear(date.year) // years 0–99 would otherwise be read as 1900–1999
  return local
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** `YYYY-MM-DD` of a local date. */
export function toIsoDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** `YYYY-MM` of a local date. */
export function toIsoMonth(date: Date): string {
  return toIsoDate(date).slice(0, 7)
}

// The French names are written here rather than read from `Intl.DateTimeFormat`: the first
// `Intl` object a page builds costs 10–60 ms of Chromium's main thread (its locale data), and
// these names are needed at the start of every page. `dates.spec.ts` checks them against `Intl`.

/** "dimanche", "lundi"… indexed as `Date#getDay` counts (Sunday = 0). */
export const DAY_NAMES = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const
/** "dim.", "lun."… indexed as `Date#getDay` counts. */
export const SHORT_DAY_NAMES = ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'] as const
/** "janvier"… indexed as `Date#getMonth` counts. */
export const MONTH_NAMES = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const

const yearOf = (date: Date) => pad(date.getFullYear(), 4)

/** "21", "1er": the day of the month as French writes it. */
const dayOfMonth = (date: Date) => (date.getDate() === 1 ? '1er' : String(date.getDate()))

/** "mercredi 21 juin 2017", "jeudi 1er juin 2017": the French way of writing a day. */
export function formatLongDate(date: Date): string {
  return `${DAY_NAMES[date.getDay()]} ${formatDate(date)}`
}

/** "21 juin 2017", "1er juin 2017" */
export function formatDate(date: Date): string {
  return `${dayOfMonth(date)} ${formatMonth(date)}`
}

/**
 * A range of days as French writes it, saying the month and the year once when they are the
 * same: "du 5 au 7 juin 2017", "du 30 octobre au 2 novembre 2017", "du 28 décembre 2017 au
 * 2 janvier 2018".
 */
export function formatDateRange(start: Date, end: Date): string {
  if (start.getFullYear() !== end.getFullYear()) return `du ${formatDate(start)} au ${formatDate(end)}`
  if (start.getMonth() !== end.getMonth()) return `du ${dayOfMonth(start)} ${MONTH_NAMES[start.getMonth()]} au ${formatDate(end)}`
  return `du ${dayOfMonth(start)} au ${formatDate(end)}`
}

/** "juin 2017" */
export function formatMonth(date: Date): string {
  return `${MONTH_NAMES[date.getMonth()]} ${yearOf(date)}`
}

/** "Avril 2016" for `2016-04`, "21 avril 2016" for `2016-04-21`. */
export function formatLooseDate(text: string): string {
  const date = toLocalDate(text)
  if (isIsoDate(text)) return formatDate(date)
  const month = formatMonth(date)
  return month.charAt(0).toUpperCase() + month.slice(1)
}

/** "14 h 30" for `14:30`, "9 h" for `09:00`: the French way of writing times. */
export function formatTime(time: string): string {
  const [hours = '0', minutes = '00'] = time.split(':')
  return minutes === '00' ? `${Number(hours)} h` : `${Number(hours)} h ${minutes}`
}

/**
 * Newest first, for records dated `YYYY-MM-DD` or `YYYY-MM`: comparing the strings compares
 * months first; within one month a record dated to the day comes before one known only by its
 * month ("2016-04-21" > "2016-04"). Ties keep their order.
 */
export function newestFirst<T extends { date: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1))
}
