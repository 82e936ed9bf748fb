/**
 * `npm run lighthouse`: runs Lighthouse (mobile, default throttling) on the production build
 * served by Vite's preview server, in the system's Chromium, and fails if a score or the
 * largest contentful paint misses its budget. By default it audits the four screens the
 * budgets name: `/`, `/agenda/2017-06`, `/publications` and the page of the first event of
 * the shipped data.
 * Each path is audited five times (`--runs=N` to change), each in a fresh browser, and each
 * score is judged on its median, as Lighthouse's guidance on variability advises: the
 * performance score is made of timings and moves by a few points from one run to the next.
 * Pass paths to audit other screens: `-- /agenda /galerie`. With `--performance-floor=N` (CI),
 * the performance score and the largest contentful paint are still shown against their
 * budgets but fail the run only when the score is below N: the load of a shared machine moves
 * timings by a few points, a real regression by more.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type RunnerResult } from 'lighthouse'
import { executablePath, launchArgs } from './lib/browser.ts'
import { medianBy } from './lib/median.ts'
import { withPreview } from './lib/server.ts'
import { readDataFile } from '../build/read-data.ts'
import { DATA_FILES } from '../src/content/schemas.ts'
import { links } from '../src/shared/links.ts'

/** Any free port unless `LIGHTHOUSE_PORT` names one. */
const port = Number(process.env.LIGHTHOUSE_PORT ?? 0)
const asked = process.argv.slice(2).filter((arg) => arg.startsWith('/'))
function budgetPaths(): string[] {
  const [event] = readDataFile(DATA_FILES.events, 'public/data')
  return [links.home(), links.agenda('2017-06'), links.publications(), ...(event ? [links.event(event.id)] : [])]
}
const paths = asked.length > 0 ? asked : budgetPaths()
const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 5)
const budgets = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const
const LCP_BUDGET_MS = 1200
const floorArg = process.argv.find((arg) => arg.startsWith('--performance-floor='))?.slice('--performance-floor='.length)
const floor = floorArg === undefined ? budgets.performance : Number(floorArg)
if (!(floor >= 0 && floor <= 100)) throw new Error(`--performance-floor attend un score de 0 à 100, pas « ${floorArg} »`)
/** The score below which a category fails the run: its budget, or the floor given for performance. */
const failsBelow = (category: string, budget: number) => (category === 'performance' ? Math.min(floor, budget) : budget)

type Lhr = RunnerResult['lhr']
const scoreOf = (lhr: Lhr, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100)
const lcpOf = (lhr: Lhr) => lhr.audits['largest-contentful-paint']?.numericValue ?? Infinity

/** The audits that cost a category points, so that a missed budget says why. */
function losses(lhr: Lhr, category: string): string[] {
  return Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .filter((audit) => lhr.categories[category]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0))
    .map((audit) => `    - ${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`)
}

/** One run in a browser of its own, as Lighthouse CI does, so that no run inherits another's state. */
async function audit(url: string): Promise<Lhr> {
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: ['--headless=new', '--no-sandbox', ...launchArgs] })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })
    if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${url}`)
    return result.lhr
  } finally {
    chrome.kill()
  }
}

const failed = await withPreview({ port }, async (base) => {
  let missed = false
  for (const path of paths) {
    const results: Lhr[] = []
    for (let run = 0; run < runs; run += 1) results.push(await audit(`${base}${path}`))
    console.log(`\nLighthouse ${path} (mobile), médiane de ${runs} passages`)
    for (const [category, budget] of Object.entries(budgets)) {
      // The run with the median score: its audits explain a miss.
      const median = medianBy(results, (lhr) => scoreOf(lhr, category))!
      const score = scoreOf(median, category)
      const held = score >= budget
      const failing = score < failsBelow(category, budget)
      missed ||= failing
      const verdict = held ? 'tenu' : failing ? 'MANQUÉ' : `MANQUÉ (plancher ${floor} tenu)`
      console.log(
        `  ${category.padEnd(15)} ${String(score).padStart(3)}  (≥ ${budget})  ${verdict}  [${results.map((lhr) => scoreOf(lhr, category)).join(', ')}]`,
      )
      if (!held) for (const line of losses(median, category)) console.log(line)
    }
    const lcp = medianBy(results, (lhr) => lcpOf(lhr))!
    const lcpHeld = lcpOf(lcp) <= LCP_BUDGET_MS
    const lcpFailing = !lcpHeld && floor === budgets.performance
    missed ||= lcpFailing
    const lcpVerdict = lcpHeld ? 'tenu' : lcpFailing ? 'MANQUÉ' : `MANQUÉ (plancher ${floor} du score)`
    console.log(
      `  ${'LCP'.padEnd(15)} ${Math.round(lcpOf(lcp))} ms  (≤ ${LCP_BUDGET_MS} ms)  ${lcpVerdict}  [${results.map((lhr) => Math.round(lcpOf(lhr))).join(', ')}]`,
    )
  }
  return missed
})
process.exit(failed ? 1 : 0)
