/**
 * `npm run lighthouse`: runs Lighthouse (mobile, default throttling) on the production build
 * served by `vite preview`, in the system's Chromium, prints the four scores beside their
 * budgets and fails if one is missed. Pass paths to audit other screens: `-- /agenda /galerie`.
 * With `--timings-advisory` (CI), the performance score, which is made of timings and moves a
 * few points from run to run on a shared machine, is printed but does not fail the run.
 */
import { spawn } from 'node:child_process'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { executablePath, launchArgs } from './lib/browser.ts'
import { waitForServer } from './lib/server.ts'

const port = Number(process.env.LIGHTHOUSE_PORT ?? 4450)
const base = `http://127.0.0.1:${port}`
const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'))
const budgets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 } as const
const advisory = process.argv.includes('--timings-advisory') ? new Set(['performance']) : new Set<string>()

const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true })
let failed = false
try {
  await waitForServer(`${base}/`)
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: ['--headless=new', '--no-sandbox', ...launchArgs] })
  try {
    for (const path of paths.length > 0 ? paths : ['/']) {
      const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' })
      if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${path}`)
      console.log(`\nLighthouse ${path} (mobile)`)
      for (const [category, budget] of Object.entries(budgets)) {
        const score = Math.round((result.lhr.categories[category]?.score ?? 0) * 100)
        const held = score >= budget
        failed ||= !held && !advisory.has(category)
        const verdict = held ? 'tenu' : advisory.has(category) ? 'MANQUÉ (indicatif)' : 'MANQUÉ'
        console.log(`  ${category.padEnd(15)} ${String(score).padStart(3)}  (≥ ${budget})  ${verdict}`)
        if (!held) {
          for (const audit of Object.values(result.lhr.audits)) {
            if (audit.score !== null && audit.score < 1 && result.lhr.categories[category]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0)) {
              console.log(`    - ${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`)
            }
          }
        }
      }
    }
  } finally {
    chrome.kill()
  }
} finally {
  if (server.pid) process.kill(-server.pid)
}
process.exit(failed ? 1 : 0)
