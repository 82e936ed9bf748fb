import { describe, expect, it } from 'vitest'
import { typographic } from './typography'

describe('typographic', () => {
  it('puts the typographic apostrophe in place of the straight one, and leaves the rest', () => {
    expect(typographic("Salon de l'orientation, aujourd'hui")).toBe('Salon de l’orientation, aujourd’hui')
    expect(typographic('L’emploi « des jeunes »')).toBe('L’emploi « des jeunes »')
  })
})
