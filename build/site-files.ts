/**
 * One build step writes every file made from the data besides the pages: the Atom feeds
 * (`flux/*.xml`), `sitemap.xml`, `robots.txt` and `agenda.ics`, from the same validated data
 * (`<CONTENT_DIR>/data`), so they never disagree. Absolute URLs start with `SITE_URL`, else
 * package.json's `homepage`, followed by the build's base path. The dev server serves them too.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { DATA_FILES } from '../src/content/schemas.ts'
import { calendarText } from '../src/features/agenda/ical.ts'
import { toIsoDate } from '../src/shared/dates.ts'
import { pageUrl } from '../src/shared/head.ts'
import { links } from '../src/shared/links.ts'
import { readDataFile } from '../scripts/vite/read-data.ts'
import { feedFiles } from './feeds.ts'
import { sitePaths, type SiteData } from './site-paths.ts'

/** The site's address without its base path: `SITE_URL`, else package.json's `homepage`. */
export function siteOrigin(root: string): string {
  const homepage: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).homepage
  return (process.env.SITE_URL ?? (typeof homepage === 'string' ? homepage : 'http://localhost')).replace(/\/+$/, '')
}

/** The home page's absolute address: `https://exemple.fr/sous-dossier/`. */
export const siteHome = (config: Pick<ResolvedConfig, 'root' | 'base'>): string => `${siteOrigin(config.root)}${config.base}`

/** The folder laid out like `public/` that holds `data/`: `CONTENT_DIR`, else the public folder. */
export const contentDir = (config: Pick<ResolvedConfig, 'root' | 'publicDir'>): string =>
  process.env.CONTENT_DIR ? resolve(config.root, process.env.CONTENT_DIR) : config.publicDir

export function readSiteData(dataDir: string): SiteData {
  return {
    events: readDataFile(DATA_FILES.events, dataDir),
    articles: readDataFile(DATA_FILES.articles, dataDir),
    publications: readDataFile(DATA_FILES.publications, dataDir),
  }
}

export function sitemapXml(home: string, paths: readonly string[]): string {
  const urls = paths.map((path) => `  <url><loc>${pageUrl(path, home)}</loc></url>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
}

/** Every file of this step: name within the build → text. `now` dates the feeds and the calendar. */
export function siteFiles(data: SiteData, home: string, now: Date): Record<string, string> {
  return {
    ...feedFiles(data, home, now, toIsoDate(now)),
    'sitemap.xml': sitemapXml(home, sitePaths(data)),
    'robots.txt': `User-agent: *\nAllow: /\n\nSitemap: ${home}sitemap.xml\n`,
    'agenda.ics': calendarText(data.events, { now, eventUrl: (id) => pageUrl(links.event(id), home) }),
  }
}

const TYPES: Record<string, string> = { xml: 'application/xml', txt: 'text/plain', ics: 'text/calendar' }

export function siteFilesPlugin(): Plugin {
  let config: ResolvedConfig
  const files = () => siteFiles(readSiteData(join(contentDir(config), 'data')), siteHome(config), new Date())
  return {
    name: 'carif-oref:site-files',
    // The browser's canonical links use the same address as the build's.
    config: (userConfig) => ({
      define: { 'import.meta.env.VITE_SITE_URL': JSON.stringify(siteOrigin(resolve(userConfig.root ?? '.'))) },
    }),
    configResolved(resolved) {
      config = resolved
    },
    generateBundle() {
      for (const [fileName, source] of Object.entries(files())) this.emitFile({ type: 'asset', fileName, source })
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = request.url?.split('?')[0]?.slice(server.config.base.length)
        const source = name === undefined ? undefined : files()[name]
        if (source === undefined) return next()
        response.setHeader('Content-Type', `${TYPES[name!.split('.').pop()!]}; charset=utf-8`)
        response.end(source)
      })
    },
  }
}
