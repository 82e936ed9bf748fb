import { describe, expect, it } from 'vitest'
import { nextStop } from './focus-trap'

const stops = ['fermer', 'précédente', 'suivante']

describe('nextStop', () => {
  it('moves forward and goes round from the last stop to the first', () => {
    expect(nextStop(stops, 'fermer', false)).toBe('précédente')
    expect(nextStop(stops, 'suivante', false)).toBe('fermer')
  })

  it('moves backward and goes round from the first stop to the last', () => {
    expect(nextStop(stops, 'précédente', true)).toBe('fermer')
    expect(nextStop(stops, 'fermer', true)).toBe('suivante')
  })

  it('brings focus back in from outside the dialog', () => {
    expect(nextStop(stops, null, false)).toBe('fermer')
    expect(nextStop(stops, 'ailleurs', true)).toBe('suivante')
  })

  it('has nowhere to go without a stop', () => {
    expect(nextStop([], null, false)).toBeUndefined()
  })
})
