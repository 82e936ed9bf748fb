import { describe, expect, it } from 'vitest'
import { calendarMonths } from './site-paths'

const events = [
  { id: 'forum', title: 'Forum', start: '2017-06-30', end: '2017-07-01' },
  { id: 'bilan', title: 'Bilan', start: '2017-09-05' },
]

describe('calendarMonths', () => {
  it('lists every month from the first to the last with events, and today’s, one more on each side', () => {
    expect(calendarMonths(events, '2017-08-15')).toEqual([
      '/agenda/2017-05',
      '/agenda/2017-06',
      '/agenda/2017-07',
      '/agenda/2017-08',
      '/agenda/2017-09',
      '/agenda/2017-10',
    ])
    expect(calendarMonths(events, '2017-12-01').slice(-2)).toEqual(['/agenda/2017-12', '/agenda/2018-01'])
  })
})
