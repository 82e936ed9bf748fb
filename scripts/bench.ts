/**
 * `npm run bench`: builds nothing itself (run after `npm run build`, as `npm run bench` does),
 * serves `dist/` with `vite preview`, runs every scenario of scripts/bench/ in headless Chromium
 * with generated data of the sizes the budgets are set for, and prints each figure beside its
 * budget. With `--strict`, a missed size budget (bytes, DOM nodes) makes the run fail;
 * timings are printed only.
 */
import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
import { executablePath, launchArgs } from './lib/browser.ts'
import { waitForServer } from './lib/server.ts'
import type { BenchRow, Scenario } from './bench/scenario.ts'
import { scenarios } from './bench/index.ts'

const port = Number(process.env.BENCH_PORT ?? 4400)
const base = `http://127.0.0.1:${port}`
const strict = process.argv.includes('--strict')

async function runScenario(scenario: Scenario): Promise<BenchRow[]> {
  const browser = await chromium.launch({ executablePath, args: launchArgs })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' })
    const payloads = new Map(Object.entries(scenario.data()).map(([file, json]) => [file, JSON.stringify(json)]))
    await context.route('**/data/*.json', (route) => {
      const file = new URL(route.request().url()).pathname.split('/').at(-1) ?? ''
      const body = payloads.get(file)
      return body === undefined ? route.continue() : route.fulfill({ body, contentType: 'application/json' })
    })
    const page = await context.newPage()
    const open = async (path: string) => {
      await page.goto(`${base}${path}`, { waitUntil: 'load' })
    }
    return await scenario.run(page, open)
  } finally {
    await browser.close()
  }
}

function format(row: BenchRow): string[] {
  const held = row.value <= row.budget
  const value = row.unit === 'nœuds' ? String(Math.round(row.value)) : row.value.toFixed(1)
  return [row.scenario, row.measure, `${value} ${row.unit}`, `≤ ${row.budget} ${row.unit}`, held ? 'tenu' : 'MANQUÉ', row.kind === 'size' ? 'taille' : 'temps']
}

function printTable(rows: BenchRow[]): void {
  const lines = [['scénario', 'mesure', 'valeur', 'budget', 'verdict', 'nature'], ...rows.map(format)]
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)))
  for (const line of lines) console.log(line.map((cell, column) => cell.padEnd(widths[column]!)).join('  '))
}

const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
  stdio: 'ignore',
  detached: true,
})
let failed = false
try {
  await waitForServer(`${base}/`)
  const rows: BenchRow[] = []
  for (const scenario of scenarios) rows.push(...(await runScenario(scenario)))
  printTable(rows)
  const missedSizes = rows.filter((row) => row.kind === 'size' && row.value > row.budget)
  if (strict && missedSizes.length > 0) {
    console.error(`\n${missedSizes.length} budget(s) de taille dépassé(s).`)
    failed = true
  }
} finally {
  if (server.pid) process.kill(-server.pid)
}
process.exit(failed ? 1 : 0)
