import { describe, expect, it } from 'vitest'
import { isSafeAddress } from './address'

describe('isSafeAddress', () => {
  it.each([
    'images/vae/1.jpg',
    'files/fiche.pdf',
    './files/a.pdf',
    '/files/a.pdf',
    'https://www.example.org/etude.pdf',
    'http://example.org/?a=1#b',
  ])('accepts %s', (address) => expect(isSafeAddress(address)).toBe(true))

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:image/png;base64,AAAA',
    'vbscript:msgbox(1)',
    'mailto:a@b.fr',
    'file:///etc/passwd',
    '//evil.example/x.js',
    '\\\\evil\\share',
    'https://',
    'https:/x',
    '',
    'images/a b.jpg',
  ])('refuses %j', (address) => expect(isSafeAddress(address)).toBe(false))
})
