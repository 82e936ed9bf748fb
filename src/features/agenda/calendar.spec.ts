import { describe, expect, it } from 'vitest'
import { monthGrid, moveDay, shiftMonth } from './calendar'

const datesOf = (month: string) =>
  monthGrid(month)
    .flat()
    .map((day) => day.date)
const inMonth = (month: string) =>
  monthGrid(month)
    .flat()
    .filter((day) => day.inMonth)
    .map((day) => day.day)

describe('monthGrid', () => {
  it('gives six Monday-first weeks covering June 2017 (starts on a Thursday)', () => {
    const weeks = monthGrid('2017-06')
    expect(weeks).toHaveLength(6)
    expect(weeks.every((week) => week.length === 7)).toBe(true)
    expect(weeks[0]![0]).toEqual({ date: '2017-05-29', day: 29, inMonth: false })
    expect(weeks[0]![3]).toEqual({ date: '2017-06-01', day: 1, inMonth: true })
    expect(inMonth('2017-06')).toEqual(Array.from({ length: 30 }, (_, index) => index + 1))
  })

  it('uses all six weeks for a month that needs them (July 2017: 31 days from a Saturday)', () => {
    const weeks = monthGrid('2017-07')
    expect(weeks[0]![5]!.date).toBe('2017-07-01')
    expect(weeks[5]![0]).toEqual({ date: '2017-07-31', day: 31, inMonth: true })
  })

  it('puts 1 January 2017, a Sunday, in the last column of the first week', () => {
    const first = monthGrid('2017-01')[0]!
    expect(first.map((day) => day.date)).toEqual([
      '2016-12-26',
      '2016-12-27',
      '2016-12-28',
      '2016-12-29',
      '2016-12-30',
      '2016-12-31',
      '2017-01-01',
    ])
    expect(first[6]!.inMonth).toBe(true)
  })

  it('has 29 February in a leap year only', () => {
    expect(inMonth('2024-02').at(-1)).toBe(29)
    expect(inMonth('2023-02').at(-1)).toBe(28)
    expect(datesOf('2024-02')).toContain('2024-02-29')
  })

  it('repeats and skips no day across daylight-saving changes (March and October)', () => {
    for (const month of ['2017-03', '2017-10', '2024-03', '2024-11']) {
      const dates = datesOf(month)
      expect(new Set(dates).size).toBe(42)
      expect(inMonth(month)).toEqual(Array.from({ length: inMonth(month).length }, (_, index) => index + 1))
    }
    expect(datesOf('2017-03')).toEqual(expect.arrayContaining(['2017-03-25', '2017-03-26', '2017-03-27']))
    expect(datesOf('2017-10')).toEqual(expect.arrayContaining(['2017-10-28', '2017-10-29', '2017-10-30']))
  })
})

describe('shiftMonth', () => {
  it('crosses year ends both ways', () => {
    expect(shiftMonth('2017-12', 1)).toBe('2018-01')
    expect(shiftMonth('2017-01', -1)).toBe('2016-12')
    expect(shiftMonth('2017-06', 12)).toBe('2018-06')
  })
})

describe('moveDay (WAI-ARIA date grid keys)', () => {
  it('moves a day, a week, to the week start and end', () => {
    expect(moveDay('2017-06-21', 'ArrowLeft')).toBe('2017-06-20')
    expect(moveDay('2017-06-21', 'ArrowRight')).toBe('2017-06-22')
    expect(moveDay('2017-06-21', 'ArrowUp')).toBe('2017-06-14')
    expect(moveDay('2017-06-21', 'ArrowDown')).toBe('2017-06-28')
    expect(moveDay('2017-06-21', 'Home')).toBe('2017-06-19')
    expect(moveDay('2017-06-21', 'End')).toBe('2017-06-25')
    expect(moveDay('2017-01-01', 'Home')).toBe('2016-12-26')
  })

  it('crosses month and year edges', () => {
    expect(moveDay('2017-06-30', 'ArrowRight')).toBe('2017-07-01')
    expect(moveDay('2017-06-01', 'ArrowUp')).toBe('2017-05-25')
    expect(moveDay('2017-12-31', 'ArrowRight')).toBe('2018-01-01')
  })

  it('moves a month with PageUp/PageDown and a year with Shift, keeping the day when it exists', () => {
    expect(moveDay('2017-06-21', 'PageDown')).toBe('2017-07-21')
    expect(moveDay('2017-03-31', 'PageUp')).toBe('2017-02-28')
    expect(moveDay('2024-02-29', 'PageDown', true)).toBe('2025-02-28')
    expect(moveDay('2017-06-21', 'PageUp', true)).toBe('2016-06-21')
  })

  it('steps over daylight-saving days one calendar day at a time', () => {
    expect(moveDay('2017-03-25', 'ArrowRight')).toBe('2017-03-26')
    expect(moveDay('2017-03-26', 'ArrowRight')).toBe('2017-03-27')
    expect(moveDay('2017-10-29', 'ArrowLeft')).toBe('2017-10-28')
    expect(moveDay('2017-11-05', 'ArrowDown')).toBe('2017-11-12')
  })

  it('ignores other keys', () => {
    expect(moveDay('2017-06-21', 'a')).toBeNull()
    expect(moveDay('2017-06-21', 'Enter')).toBeNull()
  })
})
