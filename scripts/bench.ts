/**
 * `npm run bench`: builds nothing itself (run after `npm run build`, as `npm run bench` does).
 * For each scenario of scripts/bench/ it copies `dist/` with the scenario's generated data files
 * in `data/` (as staff would upload them), serves the copy with Vite's preview server, measures in
 * headless Chromium, and prints each figure beside its budget. With `--strict`, a missed size
 * budget (bytes, DOM nodes, heap) makes the run fail; timings are printed only (a CI machine is
 * too noisy to judge them from one run). Last, `construction` builds the site again at scale
 * (scripts/bench/build-at-scale.ts). `npm run bench -- agenda publications` runs only those.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { executablePath, launchArgs } from './lib/browser.ts'
import { withPreview } from './lib/server.ts'
import type { BenchRow, Scenario } from './bench/scenario.ts'
import { buildAtScale } from './bench/build-at-scale.ts'
import { scenarios } from './bench/index.ts'

/** Any free port unless `BENCH_PORT` names one. */
const port = Number(process.env.BENCH_PORT ?? 0)
const strict = process.argv.includes('--strict')
const SCENARIO_LIMIT_S = 180
/** `npm run bench -- agenda` runs only the scenarios named. */
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))

/** Serves a copy of the build with the scenario's data files while `measure` runs. */
async function withSite<T>(scenario: Scenario, measure: (base: string) => Promise<T>): Promise<T> {
  const dir = join('bench-results', 'site')
  rmSync(dir, { recursive: true, force: true })
  cpSync('dist', dir, { recursive: true })
  mkdirSync(join(dir, 'data'), { recursive: true })
  for (const [file, json] of Object.entries(scenario.data())) writeFileSync(join(dir, 'data', file), JSON.stringify(json))
  return withPreview({ port, outDir: dir }, measure)
}

async function runScenario(scenario: Scenario, base: string): Promise<BenchRow[]> {
  const browser = await chromium.launch({ executablePath, args: launchArgs })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' })
    const page = await context.newPage()
    const open = async (path: string) => {
      await page.goto(`${base}${path}`, { waitUntil: 'load' })
      // The app starts once the page is painted (src/main.ts): measures begin once it has the page.
      await page.locator('html[data-start]').waitFor({ state: 'attached' })
    }
    // A bench never hangs: a scenario that has not finished in three minutes fails.
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`scénario « ${scenario.name} » : pas de résultat après ${SCENARIO_LIMIT_S} s`)),
        SCENARIO_LIMIT_S * 1000,
      )
    })
    return await Promise.race([scenario.run(page, open), timeout]).finally(() => clearTimeout(timer))
  } finally {
    await browser.close()
  }
}

function format(row: BenchRow): string[] {
  const held = row.value <= row.budget
  const value = row.unit === 'nœuds' || row.unit === 'fichiers' ? String(Math.round(row.value)) : row.value.toFixed(1)
  return [
    row.scenario,
    row.measure,
    `${value} ${row.unit}`,
    `≤ ${row.budget} ${row.unit}`,
    held ? 'tenu' : 'MANQUÉ',
    row.kind === 'size' ? 'taille' : 'temps',
  ]
}

function printTable(rows: BenchRow[]): void {
  const lines = [['scénario', 'mesure', 'valeur', 'budget', 'verdict', 'nature'], ...rows.map(format)]
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)))
  for (const line of lines) console.log(line.map((cell, column) => cell.padEnd(widths[column]!)).join('  '))
}

const rows: BenchRow[] = []
for (const scenario of scenarios.filter(({ name }) => only.length === 0 || only.includes(name)))
  rows.push(...(await withSite(scenario, (base) => runScenario(scenario, base))))
if (only.length === 0 || only.includes('construction')) rows.push(...buildAtScale())
printTable(rows)
const missedSizes = rows.filter((row) => row.kind === 'size' && row.value > row.budget)
if (missedSizes.length > 0) console.error(`\n${missedSizes.length} budget(s) de taille dépassé(s).`)
process.exit(strict && missedSizes.length > 0 ? 1 : 0)
