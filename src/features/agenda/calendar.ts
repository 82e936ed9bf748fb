/**
 * The month grid and its keyboard moves, on calendar dates (`YYYY-MM-DD` strings). Every step
 * goes through local dates with date-fns, which moves by calendar days, so a daylight-saving
 * change never skips or repeats a day.
 */
import { addDays, addMonths, addYears, endOfWeek, startOfWeek } from 'date-fns'
import { toIsoDate, toIsoMonth, toLocalDate } from '../../shared/dates.ts'

const WEEK = { weekStartsOn: 1 } as const
const GRID_DAYS = 42

export interface GridDay {
  /** `YYYY-MM-DD` */
  date: string
  /** Day of the month, 1–31. */
  day: number
  /** False for the days of the previous and next months that fill the first and last weeks. */
  inMonth: boolean
}

/** Six weeks from the Monday on or before the 1st of `YYYY-MM`: the grid keeps its height. */
export function monthGrid(month: string): GridDay[][] {
  let date = startOfWeek(toLocalDate(month), WEEK)
  const weeks: GridDay[][] = []
  for (let index = 0; index < GRID_DAYS; index += 1) {
    if (index % 7 === 0) weeks.push([])
    weeks.at(-1)!.push({ date: toIsoDate(date), day: date.getDate(), inMonth: toIsoMonth(date) === month })
    date = addDays(date, 1)
  }
  return weeks
}

/** `YYYY-MM` moved by `count` months. */
export function shiftMonth(month: string, count: number): string {
  return toIsoMonth(addMonths(toLocalDate(month), count))
}

export const monthOf = (date: string): string => date.slice(0, 7)

type Move = (date: Date, shift: boolean) => Date

// The WAI-ARIA date grid keys. PageUp/PageDown keep the day of the month when it exists (31 → 30).
const MOVES: Record<string, Move> = {
  ArrowLeft: (date) => addDays(date, -1),
  ArrowRight: (date) => addDays(date, 1),
  ArrowUp: (date) => addDays(date, -7),
  ArrowDown: (date) => addDays(date, 7),
  Home: (date) => startOfWeek(date, WEEK),
  End: (date) => endOfWeek(date, WEEK),
  PageUp: (date, shift) => (shift ? addYears(date, -1) : addMonths(date, -1)),
  PageDown: (date, shift) => (shift ? addYears(date, 1) : addMonths(date, 1)),
}

/** The day a key moves to from `date`, or `null` when the key is not a grid move. */
export function moveDay(date: string, key: string, shift = false): string | null {
  const move = MOVES[key]
  return move ? toIsoDate(move(toLocalDate(date), shift)) : null
}
