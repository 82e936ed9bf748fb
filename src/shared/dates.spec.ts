import { describe, expect, it } from 'vitest'
import { addDays, format } from 'date-fns'
import { fr } from 'date-fns/locale/fr'
import {
  DAY_NAMES,
  MONTH_NAMES,
  SHORT_DAY_NAMES,
  formatDate,
  formatLongDate,
  formatLooseDate,
  formatMonth,
  formatTime,
  newestFirst,
  isIsoDate,
  isIsoMonth,
  parseIsoDate,
  toIsoDate,
  toIsoMonth,
  toLocalDate,
} from './dates'

describe('calendar dates', () => {
  it('runs in the time zone its test project names', () => {
    const zone = process.env.TZ
    if (!zone) return
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone)
    // Minutes west of UTC on 21 June 2017, as `Date#getTimezoneOffset` counts them.
    const offsets: Record<string, number> = {
      'Europe/Paris': -120,
      'America/Cayenne': 180,
      'Pacific/Kiritimati': -840,
      'America/Los_Angeles': 420,
    }
    if (zone in offsets) expect(new Date(2017, 5, 21).getTimezoneOffset()).toBe(offsets[zone])
  })

  it('reads real dates and refuses impossible ones', () => {
    expect(parseIsoDate('2017-06-21')).toEqual({ year: 2017, month: 6, day: 21 })
    expect(isIsoDate('2016-02-29')).toBe(true)
    expect(isIsoDate('2017-02-29')).toBe(false)
    expect(isIsoDate('2000-02-29')).toBe(true)
    expect(isIsoDate('1900-02-29')).toBe(false)
    expect(isIsoDate('2017-04-31')).toBe(false)
    expect(isIsoDate('2017-13-01')).toBe(false)
    expect(isIsoDate('2017-00-10')).toBe(false)
    expect(isIsoDate('2017-6-21')).toBe(false)
    expect(isIsoDate('2017-06-21T00:00:00Z')).toBe(false)
    expect(isIsoMonth('2016-04')).toBe(true)
    expect(isIsoMonth('2016-13')).toBe(false)
  })

  it('turns a date string into the same local day, whatever the time zone', () => {
    const date = toLocalDate('2017-06-21')
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2017, 5, 21, 0])
    expect(toIsoDate(date)).toBe('2017-06-21')
    expect(toIsoDate(toLocalDate('2017-03-26'))).toBe('2017-03-26') // daylight-saving day in Europe
    expect(toIsoDate(toLocalDate('2016-04'))).toBe('2016-04-01')
    expect(toIsoMonth(toLocalDate('2017-12-31'))).toBe('2017-12')
  })

  it('refuses to build a date from nonsense', () => {
    expect(() => toLocalDate('hier')).toThrow(RangeError)
  })

  it('writes dates and times the French way', () => {
    expect(formatLongDate(toLocalDate('2017-06-21'))).toBe('mercredi 21 juin 2017')
    expect(formatLongDate(toLocalDate('2017-06-01'))).toBe('jeudi 1er juin 2017')
    expect(formatDate(toLocalDate('2017-01-18'))).toBe('18 janvier 2017')
    expect(formatDate(toLocalDate('2017-03-01'))).toBe('1er mars 2017')
    expect(formatMonth(toLocalDate('2017-02-01'))).toBe('février 2017')
    expect(formatLooseDate('2016-04')).toBe('Avril 2016')
    expect(formatLooseDate('2016-03-15')).toBe('15 mars 2016')
    expect(formatTime('09:00')).toBe('9 h')
    expect(formatTime('14:30')).toBe('14 h 30')
  })

  it('writes every day of 2016 and 2017, and of the year 99, as date-fns’s French `format` does', () => {
    const firstDays = [toLocalDate('2016-01-01'), toLocalDate('0099-01-01')]
    for (const first of firstDays) {
      for (let offset = 0; offset < 731; offset += 1) {
        const date = addDays(first, offset)
        const day = date.getDate() === 1 ? "d'er'" : 'd'
        expect([formatLongDate(date), formatDate(date), formatMonth(date)]).toEqual([
          format(date, `EEEE ${day} MMMM yyyy`, { locale: fr }),
          format(date, `${day} MMMM yyyy`, { locale: fr }),
          format(date, 'MMMM yyyy', { locale: fr }),
        ])
      }
    }
  })
})

describe('French names', () => {
  // Written by hand to spare the page the cost of its first `Intl` object: they must be the platform's.
  const names = (options: Intl.DateTimeFormatOptions, instants: number[]) => {
    const format = new Intl.DateTimeFormat('fr-FR', { ...options, timeZone: 'UTC' })
    return instants.map((instant) => format.format(instant))
  }
  const firstWeekOf2017 = [0, 1, 2, 3, 4, 5, 6].map((day) => Date.UTC(2017, 0, 1 + day)) // 1 January 2017 was a Sunday

  it('are those of Intl.DateTimeFormat in fr-FR', () => {
    expect(DAY_NAMES).toEqual(names({ weekday: 'long' }, firstWeekOf2017))
    expect(SHORT_DAY_NAMES).toEqual(names({ weekday: 'short' }, firstWeekOf2017))
    expect(MONTH_NAMES).toEqual(
      names(
        { month: 'long' },
        Array.from({ length: 12 }, (_, month) => Date.UTC(2017, month, 1)),
      ),
    )
  })
})

describe('newestFirst', () => {
  const dated = (id: string, date: string) => ({ id, date })

  it('puts the newest first, months before older days, days before their bare month', () => {
    const list = [
      dated('a', '2016-04'),
      dated('b', '2016-05'),
      dated('c', '2016-04-21'),
      dated('d', '2015-12-31'),
      dated('e', '2016-04-30'),
    ]
    expect(newestFirst(list).map((item) => item.id)).toEqual(['b', 'e', 'c', 'a', 'd'])
  })

  it('keeps the order of equal dates and leaves its input alone', () => {
    const list = [dated('a', '2016-04'), dated('b', '2016-04')]
    expect(newestFirst(list).map((item) => item.id)).toEqual(['a', 'b'])
    expect(newestFirst([...list].reverse()).map((item) => item.id)).toEqual(['b', 'a'])
    expect(list.map((item) => item.id)).toEqual(['a', 'b'])
  })
})
