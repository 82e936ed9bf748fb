/**
 * Writes `sitemap.xml` (every screen and every shipped article and event) and `robots.txt`
 * into the build. Absolute URLs need the site's address: `SITE_URL`, else package.json's
 * `homepage`, joined with the build's base path.
 */
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { DATA_FILES } from '../../src/content/schemas.ts'
import { links } from '../../src/shared/links.ts'
import { readDataFile } from './read-data.ts'

const SCREENS = [links.home(), links.agenda(), links.gallery(), links.publications(), links.news()]

export function siteUrl(): string {
  const homepage: unknown = JSON.parse(readFileSync('package.json', 'utf8')).homepage
  return (process.env.SITE_URL ?? (typeof homepage === 'string' ? homepage : 'http://localhost')).replace(/\/+$/, '')
}

export function sitemapXml(origin: string, paths: string[]): string {
  const urls = paths.map((path) => `  <url><loc>${origin}${path}</loc></url>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
}

export function sitemap(): Plugin {
  let base = '/'
  return {
    name: 'carif-oref:sitemap',
    apply: 'build',
    configResolved: (config) => {
      base = config.base
    },
    generateBundle() {
      const articles = readDataFile(DATA_FILES.articles).map((article) => links.article(article.id))
      const events = readDataFile(DATA_FILES.events).map((event) => links.event(event.id))
      const origin = `${siteUrl()}${base.replace(/\/$/, '')}`
      const paths = [...SCREENS, ...articles, ...events]
      this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: sitemapXml(origin, paths) })
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n` })
    },
  }
}
