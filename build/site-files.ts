/**
 * One build step writes every file made from the data besides the pages: the Atom feeds
 * (`flux/*.xml`), `sitemap.xml`, `robots.txt` and `agenda.ics`, from the same validated data
 * (the public folder's `data/`), so they never disagree. Absolute URLs start with `SITE_URL`, else
 * package.json's `homepage`, followed by the build's base path. The dev server serves them too.
 * It also writes `_redirects` under the base, and lets `vite preview` serve a build made for a
 * sub-path (`npm run build -- --base /sous-dossier/`) under that sub-path.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { DATA_FILES } from '../src/content/schemas.ts'
import { calendarText } from '../src/features/agenda/ical.ts'
import { toIsoDate } from '../src/shared/dates.ts'
import { pageUrl } from '../src/shared/head.ts'
import { links } from '../src/shared/links.ts'
import { readDataFile } from './read-data.ts'
import { feedFiles } from './feeds.ts'
import { sitePaths, type SiteData } from './site-paths.ts'

/** The site's address without its base path: `SITE_URL`, else package.json's `homepage`. */
export function siteOrigin(root: string): string {
  const manifest = join(root, 'package.json')
  const homepage: unknown = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).homepage : undefined
  return (process.env.SITE_URL ?? (typeof homepage === 'string' ? homepage : 'http://localhost')).replace(/\/+$/, '')
}

/** The home page's absolute address: `https://exemple.fr/sous-dossier/`. */
export const siteHome = (config: Pick<ResolvedConfig, 'root' | 'base'>): string => `${siteOrigin(config.root)}${config.base}`

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

/**
 * Netlify, Cloudflare Pages and GitLab Pages: a path with no file of its own (a page added to the
 * data after the build, an unknown address) gets the app, which renders that path itself.
 */
export const redirectsText = (base: string): string =>
  `# Every path under the site that is not a file gets the app (Netlify, GitLab Pages; Cloudflare Pages: see the README).\n${base}*    ${base}index.html    200\n`

/** The base path a build was made for, read from its index.html's entry script (`/sous-dossier/assets/…`). */
export function builtBase(indexHtml: string, assetsDir = 'assets'): string | undefined {
  return new RegExp(`<script[^>]+src="([^"]*/)${assetsDir}/[^"]+\\.js"`).exec(indexHtml)?.[1]
}

/** Every file of this step: name within the build → text. `now` dates the feeds and the calendar. */
export function siteFiles(data: SiteData, home: string, now: Date, base: string): Record<string, string> {
  return {
    _redirects: redirectsText(base),
    ...feedFiles(data, home, now, toIsoDate(now)),
    'sitemap.xml': sitemapXml(home, sitePaths(data)),
    'robots.txt': `User-agent: *\nAllow: /\n\nSitemap: ${home}sitemap.xml\n`,
    'agenda.ics': calendarText(data.events, { now, eventUrl: (id) => pageUrl(links.event(id), home) }),
  }
}

const TYPES: Record<string, string> = { xml: 'application/xml', txt: 'text/plain', ics: 'text/calendar' }

export function siteFilesPlugin(): Plugin {
  let config: ResolvedConfig
  const files = () => siteFiles(readSiteData(join(config.publicDir, 'data')), siteHome(config), new Date(), config.base)
  return {
    name: 'carif-oref:site-files',
    // The browser's canonical links use the same address as the build's.
    config(userConfig, env) {
      const root = resolve(userConfig.root ?? '.')
      const define = { 'import.meta.env.VITE_SITE_URL': JSON.stringify(siteOrigin(root)) }
      if (!env.isPreview || userConfig.base !== undefined) return { define }
      // `vite preview` without --base serves the build under the base it was made for.
      const index = join(resolve(root, userConfig.build?.outDir ?? 'dist'), 'index.html')
      const base = existsSync(index) ? builtBase(readFileSync(index, 'utf8'), userConfig.build?.assetsDir) : undefined
      return base ? { define, base } : { define }
    },
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
