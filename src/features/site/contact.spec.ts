import { describe, expect, it } from 'vitest'
import { addressLines, formatRate, mailtoHref, telHref } from './contact'

describe('telHref', () => {
  it.each([
    ['04 65 71 20 30', 'tel:+33465712030'],
    ['04.65.71.20.30', 'tel:+33465712030'],
    ['+33 4 65 71 20 30', 'tel:+33465712030'],
    ['+33 (0)4 65 71 20 30', 'tel:+330465712030'],
    ['1007', 'tel:1007'],
    ['+1 415 555 0100', 'tel:+14155550100'],
  ])('dials %s as %s', (phone, href) => {
    expect(telHref(phone)).toBe(href)
  })
})

describe('contact details', () => {
  it('writes a mailto: link, an address as a letter shows it, and a rate in French', () => {
    expect(mailtoHref('contact@carif-oref.fr')).toBe('mailto:contact@carif-oref.fr')
    expect(addressLines({ street: '10 place de l’Emploi', postalCode: '69003', city: 'Lyon' })).toEqual([
      '10 place de l’Emploi',
      '69003 Lyon',
    ])
    expect(addressLines({ street: '2 rue Kellermann', postalCode: '59100', city: 'Roubaix', country: 'France' })).toEqual([
      '2 rue Kellermann',
      '59100 Roubaix',
      'France',
    ])
    // A no-break space before « % », narrow or not depending on the ICU version.
    expect(formatRate(86)).toMatch(/^86[\u00a0\u202f]%$/)
    expect(formatRate(72.5)).toMatch(/^72,5[\u00a0\u202f]%$/)
  })
})
