import { expect, it } from 'vitest'
import { resolveAddress } from './asset-url'

it('resolves data addresses against the site base, leaving root paths and URLs alone', () => {
  expect(resolveAddress('images/a.jpg', '/')).toBe('/images/a.jpg')
  expect(resolveAddress('./files/a.pdf', '/sous-dossier/')).toBe('/sous-dossier/files/a.pdf')
  expect(resolveAddress('files/a.pdf', '/sous-dossier')).toBe('/sous-dossier/files/a.pdf')
  expect(resolveAddress('/files/a.pdf', '/sous-dossier/')).toBe('/files/a.pdf')
  expect(resolveAddress('https://example.org/a.pdf', '/sous-dossier/')).toBe('https://example.org/a.pdf')
})
