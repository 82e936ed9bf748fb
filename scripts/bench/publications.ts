/**
 * 10,000 publications in 30 sectors on `/publications`: time to the list, a filter click to
 * the new count, a key typed in the search box, the DOM size and the JS heap. Interactions
 * are timed inside the page, from the event to the updated DOM laid out (macrotask + layout),
 * and reported as the median of several tries.
 */
import type { Page } from '@playwright/test'
import { links } from '../../src/shared/links.ts'
import { medianBy } from '../lib/median.ts'
import type { BenchRow, Scenario } from './scenario.ts'

const SECTORS = [
  'Agriculture',
  'Agroalimentaire',
  'Aéronautique',
  'Artisanat d’art',
  'Automobile',
  'Banque et Assurance',
  'Bâtiment',
  'Chimie',
  'Commerce',
  'Culture et Patrimoine',
  'Économie sociale',
  'Énergie',
  'Environnement',
  'Froid et Climatisation',
  'Hôtellerie-Restauration',
  'Industrie',
  'Informatique et Numérique',
  'Logistique',
  'Métallurgie',
  'Mode et Textile',
  'Numérique',
  'Optique et Lunetterie',
  'Propreté',
  'Santé',
  'Services à la personne',
  'Social',
  'Sport et Loisirs',
  'Tourisme',
  'Transport',
  'Œnologie',
]
const TYPES = ['Étude sectorielle', 'Fiche métier', 'Synthèse', 'Tableau de bord', 'Note de conjoncture']
const WORDS = [
  'emploi',
  'métiers',
  'formation',
  'région',
  'entreprises',
  'recrutement',
  'compétences',
  'apprentissage',
  'données',
  'territoire',
  'qualifications',
  'perspectives',
  'saisonnalité',
  'diplômés',
  'insertion',
]

/** A small deterministic generator, so every run measures the same data. */
export function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

export function generatePublications(count: number) {
  const next = random(42)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  return Array.from({ length: count }, (_, index) => {
    const year = 2000 + Math.floor(next() * 27)
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0')
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0')
    const sectors = [...new Set([pick(SECTORS), pick(SECTORS), pick(SECTORS)].slice(0, 1 + Math.floor(next() * 3)))]
    return {
      id: `publication-${index + 1}`,
      title: `${pick(TYPES)} : ${pick(WORDS)} et ${pick(WORDS)} — ${sectors[0]} n° ${index + 1}`,
      date: next() < 0.5 ? `${year}-${month}` : `${year}-${month}-${day}`,
      type: pick(TYPES),
      sectors,
      summary: `Analyse des ${pick(WORDS)}, des ${pick(WORDS)} et de la ${pick(WORDS)} dans la région, pour les acteurs de l’emploi et de la formation.`,
      url: `files/publication-${index + 1}.pdf`,
    }
  })
}

const median = (values: number[]) => medianBy(values, (value) => value) ?? NaN

/** Clicks the n-th enabled sector checkbox; ms until the status text changed and laid out. */
function timeFilterClick(page: Page, n: number): Promise<number> {
  return page.evaluate(
    (index) =>
      new Promise<number>((resolve) => {
        const status = document.querySelector('[role="status"]')!
        const boxes = [...document.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]:not(:disabled)')]
        const observer = new MutationObserver(() => {
          observer.disconnect()
          void document.body.offsetHeight
          resolve(performance.now() - start)
        })
        observer.observe(status, { childList: true, characterData: true, subtree: true })
        const start = performance.now()
        boxes[index % boxes.length]!.click()
      }),
    n,
  )
}

/** Types `text` key by key in the field `selector` names; ms per key, event to laid-out DOM. */
export function timeTyping(page: Page, selector: string, text: string): Promise<number[]> {
  return page.evaluate(
    async ({ keys, field }) => {
      const input = document.querySelector<HTMLInputElement>(field)!
      const times: number[] = []
      for (const key of keys) {
        const start = performance.now()
        input.value += key
        input.dispatchEvent(new Event('input', { bubbles: true }))
        await new Promise((resolve) => setTimeout(resolve, 0))
        void document.body.offsetHeight
        times.push(performance.now() - start)
        await new Promise((resolve) => setTimeout(resolve, 30))
      }
      return times
    },
    { keys: [...text], field: selector },
  )
}

export const publications: Scenario = {
  name: 'publications',
  data: () => ({ 'publications.json': { publications: generatePublications(10_000) } }),
  async run(page, open) {
    const row = (measure: string, value: number, unit: BenchRow['unit'], budget: number, kind: BenchRow['kind']): BenchRow => ({
      scenario: 'publications',
      measure,
      value,
      unit,
      budget,
      kind,
    })

    await open(links.publications())
    // The count of the generated catalogue, not the prerendered page's.
    await page.waitForFunction(
      () => /^10\s000 publications$/.test(document.querySelector('[role="status"]')?.textContent?.trim() ?? ''),
      null,
      { polling: 'raf' },
    )
    const ready = await page.evaluate(() => performance.now())
    // How much of that is the app's own work once the data has arrived.
    const dataArrived = await page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry instanceof PerformanceResourceTiming)
          .find((entry) => entry.name.endsWith('/publications.json'))?.responseEnd ?? NaN,
    )
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length)

    const clicks: number[] = []
    for (let n = 0; n < 8; n += 1) clicks.push(await timeFilterClick(page, n % 2 === 0 ? n : n - 1))

    await page.goto(page.url().split('?')[0]!, { waitUntil: 'load' })
    await page.getByRole('status').filter({ hasText: 'publications' }).waitFor()
    const keys = await timeTyping(page, '#publications-search', 'metiers region')
    await page.getByRole('status').filter({ hasText: 'publication' }).waitFor()
    const nodesAfter = await page.evaluate(() => document.getElementsByTagName('*').length)

    const cdp = await page.context().newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')

    return [
      row('liste prête (10 000)', ready, 'ms', 1500, 'time'),
      row('  dont après réception des données', ready - dataArrived, 'ms', 1500, 'time'),
      row('clic sur un filtre → nouveau total (médiane)', median(clicks), 'ms', 100, 'time'),
      row('frappe d’une touche (médiane)', median(keys), 'ms', 50, 'time'),
      row('résultats après la dernière touche', keys.at(-1) ?? NaN, 'ms', 300, 'time'),
      row('nœuds DOM', Math.max(nodes, nodesAfter), 'nœuds', 3000, 'size'),
      row('tas JS', usedSize / 1024 / 1024, 'MB', 60, 'size'),
    ]
  },
}
