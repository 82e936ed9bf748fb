import { expect, it } from 'vitest'
import { SWIPE_THRESHOLD, swipeOf } from './swipe'

it('reads a long sideways move as a swipe to that side', () => {
  expect(swipeOf(-120, 10)).toBe('left')
  expect(swipeOf(120, -10)).toBe('right')
})

it('ignores taps, short moves and vertical moves', () => {
  expect(swipeOf(0, 0)).toBeNull()
  expect(swipeOf(SWIPE_THRESHOLD - 1, 0)).toBeNull()
  expect(swipeOf(-80, 120)).toBeNull()
})
