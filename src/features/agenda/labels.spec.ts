import { describe, expect, it } from 'vitest'
import { dayButtonName, dayName, monthName, WEEK_DAYS } from './labels'

describe('agenda labels', () => {
  it('names days in French, with "1er" for the first', () => {
    expect(dayName('2017-06-21')).toBe('mercredi 21 juin 2017')
    expect(dayName('2017-06-01')).toBe('jeudi 1er juin 2017')
    expect(dayName('2017-01-01')).toBe('dimanche 1er janvier 2017')
    expect(dayName('2024-02-29')).toBe('jeudi 29 février 2024')
    expect(dayName('2017-03-26')).toBe('dimanche 26 mars 2017')
    expect(dayName('2017-10-29')).toBe('dimanche 29 octobre 2017')
  })

  it('adds the event count to a day button’s name', () => {
    expect(dayButtonName('2017-06-21', 0)).toBe('mercredi 21 juin 2017')
    expect(dayButtonName('2017-06-21', 1)).toBe('mercredi 21 juin 2017, 1 événement')
    expect(dayButtonName('2017-06-09', 2)).toBe('vendredi 9 juin 2017, 2 événements')
  })

  it('names months and Monday-first week days', () => {
    expect(monthName('2017-06')).toBe('juin 2017')
    expect(WEEK_DAYS.map((day) => day.short)).toEqual(['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim'])
    expect(WEEK_DAYS.map((day) => day.long)).toEqual(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'])
  })
})
