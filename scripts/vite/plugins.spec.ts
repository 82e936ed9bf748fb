import { describe, expect, it } from 'vitest'
import { readHeaders } from './security-headers.ts'
import { sitemapXml } from './sitemap.ts'

describe('build plugins', () => {
  it('reads the strict policy of public/_headers', () => {
    expect(readHeaders()['Content-Security-Policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'",
    )
  })

  it('lists every path with the site’s origin in the sitemap', () => {
    const xml = sitemapXml('https://exemple.fr/sous-dossier', ['/', '/actualites/poles'])
    expect(xml).toContain('<loc>https://exemple.fr/sous-dossier/</loc>')
    expect(xml).toContain('<loc>https://exemple.fr/sous-dossier/actualites/poles</loc>')
    expect(xml.match(/<url>/g)).toHaveLength(2)
  })
})
