import { describe, expect, it } from 'vitest'
import { medianBy } from './median'

describe('medianBy', () => {
  it('gives the middle item by value, whatever the order', () => {
    expect(medianBy([98, 89, 94], (score) => score)).toBe(94)
    expect(medianBy([{ score: 3 }, { score: 1 }, { score: 2 }], (run) => run.score)).toEqual({ score: 2 })
  })

  it('takes the upper middle of an even count, and nothing of none', () => {
    expect(medianBy([4, 1, 3, 2], (value) => value)).toBe(3)
    expect(medianBy([], (value: number) => value)).toBeUndefined()
  })
})
