import { describe, expect, it } from 'vitest'
import { formatEventDates, formatEventTimes } from './event-dates'

describe('formatEventDates', () => {
  it('names one day, or the range of a multi-day event', () => {
    expect(formatEventDates({ start: '2017-06-01' })).toBe('jeudi 1er juin 2017')
    expect(formatEventDates({ start: '2017-06-21', end: '2017-06-21' })).toBe('mercredi 21 juin 2017')
    expect(formatEventDates({ start: '2017-06-05', end: '2017-06-07' })).toBe('du 5 au 7 juin 2017')
    expect(formatEventDates({ start: '2017-10-30', end: '2017-11-02' })).toBe('du 30 octobre au 2 novembre 2017')
    expect(formatEventDates({ start: '2017-12-28', end: '2018-01-02' })).toBe('du 28 décembre 2017 au 2 janvier 2018')
    expect(formatEventDates({ start: '2017-05-31', end: '2017-06-01' })).toBe('du 31 mai au 1er juin 2017')
  })
})

describe('formatEventTimes', () => {
  it('gives both times, one of them, or nothing', () => {
    expect(formatEventTimes({ startTime: '09:00', endTime: '12:30' })).toBe('9 h – 12 h 30')
    expect(formatEventTimes({ startTime: '14:00' })).toBe('à partir de 14 h')
    expect(formatEventTimes({ endTime: '17:00' })).toBe('jusqu’à 17 h')
    expect(formatEventTimes({})).toBe('')
  })
})
