/**
 * The prerendered pages, with the shipped content: the grid of `/agenda/2017-06` and the
 * article of `/` painted from the HTML before the app's code has run (the parser put them in
 * the document, and the first paint came before the client's `client:start` mark), against the
 * 106 ms an empty Vue page takes to show on this machine; and the heaviest page of the build,
 * gzip.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { links } from '../../src/shared/links.ts'
import type { BenchRow, Scenario } from './scenario.ts'

/** An empty Vue + router + Pinia page shows in 106 ms here: painted HTML beats it. */
const EMPTY_VUE_PAGE_MS = 106

/**
 * Run in the page before its own scripts: notes when the parser inserts the first element
 * matching `window.benchSelector`.
 */
const WATCH_INSERTION = `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelector(window.benchSelector)) {
      window.benchInsertedAt = performance.now()
      observer.disconnect()
    }
  })
  observer.observe(document, { childList: true, subtree: true })
})()`

const heaviestPageKB = () =>
  Math.max(
    ...readdirSync('dist', { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.html'))
      .map((path) => gzipSync(readFileSync(join('dist', path)), { level: 9 }).length / 1024),
  )

export const prerendered: Scenario = {
  name: 'pages prérendues',
  data: () => ({}),
  async run(page, open) {
    await page.addInitScript(WATCH_INSERTION)
    const paintedAt = async (path: string, selector: string, what: string): Promise<BenchRow> => {
      await page.addInitScript((value) => Object.assign(window, { benchSelector: value }), selector)
      await open(path)
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0)
      await page.waitForFunction(() => performance.getEntriesByName('client:start').length > 0)
      const { insertedAt, interactive, paint, client } = await page.evaluate(() => ({
        insertedAt: (window as unknown as { benchInsertedAt?: number }).benchInsertedAt ?? Infinity,
        interactive:
          performance.getEntriesByType('navigation')[0] instanceof PerformanceNavigationTiming
            ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive
            : NaN,
        paint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
        client: performance.getEntriesByName('client:start')[0]!.startTime,
      }))
      if (!(insertedAt <= interactive)) throw new Error(`${selector} n’est pas dans le HTML prérendu de ${path}`)
      if (!(paint < client)) throw new Error(`${path} : première peinture à ${paint} ms, après le code de l’application (${client} ms)`)
      return {
        scenario: 'pages prérendues',
        measure: `${what} depuis le HTML (FCP)`,
        value: Math.max(insertedAt, paint),
        unit: 'ms',
        budget: EMPTY_VUE_PAGE_MS,
        kind: 'time',
      }
    }
    return [
      await paintedAt(links.agenda('2017-06'), '[role="grid"] [role="gridcell"]', 'grille de /agenda/2017-06 peinte'),
      await paintedAt(links.home(), '.home__article h2', 'article de / peint'),
      {
        scenario: 'pages prérendues',
        measure: 'page HTML la plus lourde (gzip)',
        value: heaviestPageKB(),
        unit: 'KB',
        budget: 40,
        kind: 'size',
      },
    ]
  },
}
