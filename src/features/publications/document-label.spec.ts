import { describe, expect, it } from 'vitest'
import { documentDetails, formatSize } from './document-label'

describe('formatSize', () => {
  it('writes sizes in octets, Ko and Mo, the French way', () => {
    expect(formatSize(591)).toBe('591 o')
    expect(formatSize(250_880)).toBe('245 Ko')
    expect(formatSize(1_258_291)).toBe('1,2 Mo')
  })
})

describe('documentDetails', () => {
  const sizes = { 'files/etude.pdf': 250_880, 'files/fiche métier.odt': 2048 }

  it('gives the format and the size of a document of the site, whatever the form of its address', () => {
    expect(documentDetails('files/etude.pdf', sizes)).toBe('PDF, 245 Ko')
    expect(documentDetails('/files/etude.pdf', sizes)).toBe('PDF, 245 Ko')
    expect(documentDetails('./files/etude.pdf?v=2#page=3', sizes)).toBe('PDF, 245 Ko')
    expect(documentDetails('files/fiche%20m%C3%A9tier.odt', sizes)).toBe('ODT, 2 Ko')
  })

  it('gives only the format of a document on another host, or of one the build has not seen', () => {
    expect(documentDetails('https://exemple.fr/files/etude.pdf', sizes)).toBe('PDF')
    expect(documentDetails('files/nouveau.pdf', sizes)).toBe('PDF')
  })

  it('says nothing when the address names no format', () => {
    expect(documentDetails('https://exemple.fr/etude', sizes)).toBe('')
  })
})
