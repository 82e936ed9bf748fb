/**
 * Prerenders every page of the site into the build (`<path>.html`, and `404.html`),
 * with Vue's own server renderer: once the client is built, a server build of
 * `src/entry-server.ts` renders each path (the router's screens, `sitePaths`, every calendar
 * month) from the data files of the build (the public folder's `data/`), and each page is the built
 * `index.html` with that HTML in `#app`, its head (`headTags`), the styles of the components
 * it rendered, and its snapshot (JSON block).
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import { snapshotScript, type RenderedPage } from '../src/page-snapshot.ts'
import { toIsoDate } from '../src/shared/dates.ts'
import { headTags, withHead } from '../src/shared/head.ts'
import { readSiteData, siteHome } from './site-files.ts'
import { calendarMonths, sitePaths } from './site-paths.ts'

/** What `src/entry-server.ts` exports (its own types need the app's, browser-side, configuration). */
interface ServerEntry {
  STATIC_PATHS: string[]
  createPageRenderer(options: { fetchData: typeof fetch; today: string; base: string }): (path: string) => Promise<RenderedPage>
}

/**
 * The file a path is written to: `/` → `index.html`, `/agenda/2017-06` → `agenda/2017-06.html`
 * (served at `/agenda/2017-06` by vite preview, Netlify, Cloudflare Pages, GitLab Pages, and
 * nginx with `try_files $uri $uri.html`), `/404` → `404.html`.
 */
export function fileOf(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`
}

/**
 * The stylesheets of the modules a page rendered, from Vite's SSR manifest, minus those the
 * shell links: the page paints from its HTML and these. No script is preloaded: the entry
 * (src/main.ts) loads the app once the page is painted, and a chunk downloaded before the
 * first paint competes with the styles for the network.
 */
export function styleLinks(modules: readonly string[], manifest: Record<string, string[]>, shell: string): string {
  const files = new Set(modules.flatMap((id) => manifest[id] ?? []))
  return [...files]
    .filter((file) => file.endsWith('.css') && !shell.includes(`"${file}"`))
    .map((file) => `<link rel="stylesheet" href="${file}">`)
    .join('')
}

/** The built `index.html` with the page's head (in place of the shell's title and description), links and content. */
export function pageHtml(shell: string, page: RenderedPage, links: string, home: string): string {
  return withHead(shell, `${headTags(page.meta, { home })}\n${links}`).replace(
    '<div id="app"></div>',
    () => `<div id="app">${page.html}</div>${snapshotScript(page.snapshot)}`,
  )
}

async function serverEntry(config: ResolvedConfig): Promise<ServerEntry> {
  // Under node_modules so that the server build finds vue, pinia… as a Node module would.
  const outDir = join(config.root, 'node_modules/.prerender')
  await build({
    configFile: config.configFile,
    root: config.root,
    mode: config.mode,
    base: config.base,
    logLevel: 'warn',
    build: { ssr: 'src/entry-server.ts', outDir, emptyOutDir: true, copyPublicDir: false, minify: false },
  })
  return (await import(pathToFileURL(join(outDir, 'entry-server.js')).href)) as ServerEntry
}

export function prerender(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'carif-oref:prerender',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    config: () => ({ build: { ssrManifest: true } }),
    configResolved(resolved) {
      config = resolved
    },
    async closeBundle() {
      const started = performance.now()
      const outDir = resolve(config.root, config.build.outDir)
      const dataDir = join(config.publicDir, 'data')
      const today = toIsoDate(new Date())
      const server = await serverEntry(config)
      const render = server.createPageRenderer({
        base: config.base,
        today,
        fetchData: async (url) => new Response(await readFile(join(dataDir, basename(String(url))))),
      })
      const manifestFile = join(outDir, '.vite/ssr-manifest.json')
      const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, string[]>
      const shell = await readFile(join(outDir, 'index.html'), 'utf8')
      const data = readSiteData(dataDir)
      const paths = [...new Set([...server.STATIC_PATHS, ...sitePaths(data), ...calendarMonths(data.events, today)]), '/404']
      for (const path of paths) {
        const page = await render(path)
        const file = join(outDir, fileOf(path))
        await mkdir(dirname(file), { recursive: true })
        await writeFile(file, pageHtml(shell, page, styleLinks(page.modules, manifest, shell), siteHome(config)))
      }
      await rm(manifestFile)
      if (existsSync(join(outDir, '.vite'))) await rm(join(outDir, '.vite'), { recursive: true })
      config.logger.info(`prerendered ${paths.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    },
  }
}
