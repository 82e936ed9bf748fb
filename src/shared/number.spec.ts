import { expect, it } from 'vitest'
import { formatNumber } from './number'

it('writes numbers the French way, thousands apart', () => {
  expect(formatNumber(5)).toBe('5')
  expect(formatNumber(10000).replace(/\s/g, ' ')).toBe('10 000')
})
