import { describe, expect, it } from 'vitest'
import { isResizable, variantPath, variantWidths } from './image-variants'

describe('variantWidths', () => {
  it('makes every width up to a large source, capped at the largest', () => {
    expect(variantWidths(1600)).toEqual([480, 960, 1600])
    expect(variantWidths(4000)).toEqual([480, 960, 1600])
  })

  it('never enlarges a small source', () => {
    expect(variantWidths(1000)).toEqual([480, 960, 1000])
    expect(variantWidths(300)).toEqual([300])
  })
})

describe('variantPath', () => {
  it('puts the width before a WebP extension', () => {
    expect(variantPath('images/forum/1.jpg', 480)).toBe('images/forum/1-480.webp')
    expect(variantPath('images/forum/photo.JPEG', 960)).toBe('images/forum/photo-960.webp')
    expect(variantPath('images/forum/affiche.png', 480)).toBe('images/forum/affiche-480.webp')
  })
})

describe('isResizable', () => {
  it('takes JPEG and PNG photos, nothing else', () => {
    expect(['a.jpg', 'a.JPEG', 'b/c.png', 'd.PNG'].every(isResizable)).toBe(true)
    expect(['a.webp', 'a.gif', 'a.svg', 'a.png.txt', 'CREDITS.md'].some(isResizable)).toBe(false)
  })
})
