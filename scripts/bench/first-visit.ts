/**
 * First visit to `/` with the shipped data: the gzip weight of the JS and CSS it loads, and
 * the code of other screens it loads too (none: every other route is lazy).
 */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { links } from '../../src/shared/links.ts'
import type { Scenario } from './scenario.ts'

const gzipKB = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024

export const firstVisit: Scenario = {
  name: 'accueil',
  data: () => ({}),
  async run(page, open) {
    const assets = new Set<string>()
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname
      if (/\.(js|css)$/.test(path)) assets.add(path)
    })
    await open(links.home())
    await page.getByRole('heading', { level: 2 }).first().waitFor()
    await page.waitForLoadState('networkidle')
    const sizes = { js: 0, css: 0 }
    for (const path of assets) sizes[path.endsWith('.css') ? 'css' : 'js'] += gzipKB(`dist${path}`)
    const otherScreens = [...assets].filter((path) => /\/[A-Za-z]+View-[\w-]+\.js$/.test(path))
    return [
      { scenario: 'accueil', measure: 'JS de la première visite (gzip)', value: sizes.js, unit: 'KB', budget: 75, kind: 'size' },
      { scenario: 'accueil', measure: 'CSS de la première visite (gzip)', value: sizes.css, unit: 'KB', budget: 15, kind: 'size' },
      {
        scenario: 'accueil',
        measure: 'code d’autres écrans chargé',
        value: otherScreens.length,
        unit: 'fichiers',
        budget: 0,
        kind: 'size',
      },
    ]
  },
}
