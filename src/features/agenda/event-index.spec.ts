import { describe, expect, it } from 'vitest'
import { eventsOfMonth, eventsOn, featuredMonth, hasPage, indexEvents, nearestEvents, pageMonths } from './event-index'
import { juneEvents, makeEvent } from './fixtures'

const ids = (events: readonly { id: string }[]) => events.map((event) => event.id)
const index = indexEvents(juneEvents)

describe('indexEvents', () => {
  it('lists a day’s events by start time', () => {
    expect(ids(eventsOn(index, '2017-06-09'))).toEqual(['matinale', 'apres-midi'])
    expect(ids(eventsOn(index, '2017-06-10'))).toEqual([])
  })

  it('lists a multi-day event on every day it spans, across a year end', () => {
    for (const day of ['2017-06-05', '2017-06-06', '2017-06-07']) expect(ids(eventsOn(index, day))).toEqual(['alternance'])
    expect(eventsOn(index, '2017-06-08')).toHaveLength(0)
    for (const day of ['2017-12-30', '2017-12-31', '2018-01-01', '2018-01-02']) expect(ids(eventsOn(index, day))).toEqual(['fin-annee'])
  })

  it('indexes every day of an event spanning a daylight-saving change and 29 February', () => {
    const spanning = indexEvents([
      makeEvent({ id: 'printemps', start: '2017-03-25', end: '2017-03-27' }),
      makeEvent({ id: 'bissextile', start: '2024-02-28', end: '2024-03-01' }),
    ])
    expect(spanning.days).toEqual(['2017-03-25', '2017-03-26', '2017-03-27', '2024-02-28', '2024-02-29', '2024-03-01'])
  })

  it('gives each event of a month once, in order of its first day there', () => {
    expect(ids(eventsOfMonth(index, '2017-06'))).toEqual(['alternance', 'matinale', 'apres-midi', 'comite'])
    expect(ids(eventsOfMonth(index, '2018-01'))).toEqual(['fin-annee'])
    expect(eventsOfMonth(index, '2017-07')).toEqual([])
  })
})

describe('nearestEvents', () => {
  it('finds the last event before an empty month and the first after it', () => {
    const { previous, next } = nearestEvents(index, '2017-09')
    expect(previous).toEqual({ day: '2017-06-21', event: juneEvents[0] })
    expect(next?.day).toBe('2017-12-14')
    expect(next?.event.id).toBe('bilan')
  })

  it('gives null where there is nothing', () => {
    expect(nearestEvents(index, '2017-01').previous).toBeNull()
    expect(nearestEvents(index, '2018-02').next).toBeNull()
    expect(nearestEvents(indexEvents([]), '2017-06')).toEqual({ previous: null, next: null })
  })
})

describe('featuredMonth', () => {
  it('prefers the current month, then the next with events, then the last that had', () => {
    expect(featuredMonth(index, '2017-06')).toBe('2017-06')
    expect(featuredMonth(index, '2017-08')).toBe('2017-12')
    expect(featuredMonth(index, '2018-01')).toBe('2018-01')
    expect(featuredMonth(index, '2019-05')).toBe('2018-01')
    expect(featuredMonth(indexEvents([]), '2017-06')).toBeNull()
  })
})

describe('pageMonths and hasPage', () => {
  it('give a page to every month from one before the first with events, or today’s, to one after the last', () => {
    expect(pageMonths(index, '2017-08-15')).toEqual({ first: '2017-05', last: '2018-02' })
    expect(pageMonths(index, '2019-03-01')).toEqual({ first: '2017-05', last: '2019-04' })
    expect(pageMonths(indexEvents([]), '2017-08-15')).toEqual({ first: '2017-07', last: '2017-09' })
  })

  it('give a page to the days with events only', () => {
    expect(['2017-04', '2017-05', '2018-02', '2018-03'].map((month) => hasPage(index, '2017-08-15', month))).toEqual([
      false,
      true,
      true,
      false,
    ])
    expect(hasPage(index, '2017-08-15', '2017-06-09')).toBe(true)
    expect(hasPage(index, '2017-08-15', '2017-06-10')).toBe(false)
  })
})
