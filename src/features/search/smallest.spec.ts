import { describe, expect, it } from 'vitest'
import { smallest } from './smallest'

const byNumber = (a: number, b: number) => a - b

describe('smallest', () => {
  it('gives the smallest items in order, as a full sort would', () => {
    const items = Array.from({ length: 500 }, (_, index) => (index * 7919) % 503)
    expect(smallest(items, 10, byNumber)).toEqual([...items].sort(byNumber).slice(0, 10))
  })

  it('keeps equal items in their given order', () => {
    const items = [
      { key: 'a', rank: 2 },
      { key: 'b', rank: 1 },
      { key: 'c', rank: 2 },
      { key: 'd', rank: 1 },
      { key: 'e', rank: 2 },
    ]
    expect(smallest(items, 4, (a, b) => a.rank - b.rank).map((item) => item.key)).toEqual(['b', 'd', 'a', 'c'])
  })

  it('gives every item when there are fewer than the limit, and none for a limit of 0', () => {
    expect(smallest([3, 1, 2], 5, byNumber)).toEqual([1, 2, 3])
    expect(smallest([3, 1, 2], 0, byNumber)).toEqual([])
  })
})
