/**
 * The site search at 5,000 events, 10,000 publications and 1,000 articles: nothing of it on
 * the first visit; once the field has focus, the index ready after the data has arrived (in
 * the worker), keys typed meanwhile, suggestions after each key, and each query's time in the
 * worker. The app leaves User Timing marks (`recherche:*`) that the bench reads.
 */
import type { Page } from '@playwright/test'
import { medianBy } from '../lib/median.ts'
import { links } from '../../src/shared/links.ts'
import { generatePublications, random, timeTyping } from './publications.ts'
import type { BenchRow, Scenario } from './scenario.ts'

const WORDS = [
  'emploi',
  'métiers',
  'formation',
  'orientation',
  'apprentissage',
  'alternance',
  'jeunes',
  'entreprises',
  'recrutement',
  'compétences',
  'insertion',
  'tourisme',
  'santé',
  'numérique',
  'industrie',
  'bâtiment',
  'territoire',
  'qualification',
  'reconversion',
  'validation',
  'acquis',
  'expérience',
  'handicap',
  'égalité',
  'saisonniers',
  'conseil',
]
const PLACES = ['Maison de la formation', 'Lycée Jean Moulin', 'CCI de Lyon', 'Mairie de Valence', 'Pôle emploi de Cayenne']
const KINDS = ['Forum', 'Atelier', 'Réunion d’information', 'Salon', 'Matinale', 'Conférence']

/** 5,000 events, 10,000 publications and 1,000 articles written with the same few words. */
export function generateSite() {
  const next = random(7)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ')
  const day = (index: number) =>
    `${2016 + (index % 3)}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`
  const events = Array.from({ length: 5000 }, (_, index) => ({
    id: `evenement-${index + 1}`,
    title: `${pick(KINDS)} ${words(2)} n° ${index + 1}`,
    start: day(index),
    category: pick(KINDS),
    location: pick(PLACES),
    description: `Une rencontre sur l’${words(1)} et les ${words(3)}, ouverte aux ${words(2)} de la région.`,
  }))
  const articles = Array.from({ length: 1000 }, (_, index) => ({
    id: `article-${index + 1}`,
    title: `L’${words(1)} des ${words(2)} en région n° ${index + 1}`,
    date: day(index),
    summary: `Ce que l’observatoire retient des ${words(3)}.`,
    body: [
      { type: 'heading', text: `Les ${words(2)}` },
      ...Array.from({ length: 4 }, () => ({ type: 'paragraph', text: `${words(12)}, ${words(12)} ; ${words(10)}.` })),
      { type: 'list', items: [words(4), words(4), words(4)] },
    ],
  }))
  return { events, publications: generatePublications(10_000), articles }
}

const median = (values: number[]) => medianBy(values, (value) => value) ?? NaN
const FIELD = 'input[role="combobox"]'

/**
 * Types `text` key by key; per key, ms from the key to its suggestions in the DOM. Keys that
 * leave fewer than two characters get no suggestions (the box waits for a second one): they
 * are typed, not timed.
 */
function timeSuggestions(page: Page, text: string): Promise<number[]> {
  return page.evaluate(
    async ({ keys, field }) => {
      const input = document.querySelector<HTMLInputElement>(field)!
      const times: number[] = []
      for (const key of keys) {
        performance.clearMarks('recherche:suggestions')
        const start = performance.now()
        input.value += key
        input.dispatchEvent(new Event('input', { bubbles: true }))
        if (input.value.trim().length < 2) continue
        // A bench never hangs: no suggestions within 5 s is a failure, said as such.
        while (performance.getEntriesByName('recherche:suggestions').length === 0) {
          if (performance.now() - start > 5000) throw new Error(`pas de suggestions après « ${input.value} »`)
          await new Promise((resolve) => setTimeout(resolve, 1))
        }
        times.push(performance.getEntriesByName('recherche:suggestions')[0]!.startTime - start)
        await new Promise((resolve) => setTimeout(resolve, 60))
      }
      return times
    },
    { keys: [...text], field: FIELD },
  )
}

export const search: Scenario = {
  name: 'recherche',
  data: () => {
    const site = generateSite()
    return {
      'events.json': { events: site.events },
      'publications.json': { publications: site.publications },
      'articles.json': { articles: site.articles },
    }
  },
  async run(page, open) {
    const row = (measure: string, value: number, unit: BenchRow['unit'], budget: number, kind: BenchRow['kind']): BenchRow => ({
      scenario: 'recherche',
      measure,
      value,
      unit,
      budget,
      kind,
    })
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))

    await open(links.home())
    await page.waitForLoadState('networkidle')
    const early = requested.filter((path) => /search\.worker/.test(path)).length

    await page.locator(FIELD).focus()
    const whileBuilding = await timeTyping(page, FIELD, 'format')
    await page.waitForFunction(() => performance.getEntriesByName('recherche:index').length > 0, null, { polling: 100, timeout: 60_000 })
    const index = await page.evaluate(() => {
      const mark = performance.getEntriesByName('recherche:index')[0]
      return mark instanceof PerformanceMark
        ? { sinceDataMs: Number(mark.detail?.sinceDataMs), documents: Number(mark.detail?.documents) }
        : null
    })
    await page.locator(FIELD).fill('')
    const suggestions = [...(await timeSuggestions(page, 'formation region')), ...(await timeSuggestions(page, ' toursime'))]
    // The results page, reached from the header (the same worker answers).
    for (const q of ['apprentissage', 'l’orientation des jeunes', 'santé', 'competences numeriques']) {
      await page.locator(FIELD).fill(q)
      await page.locator(FIELD).press('Enter')
      await page
        .getByRole('status')
        .filter({ hasText: `pour « ${q} »` })
        .waitFor()
    }
    const queries = await page.evaluate(() =>
      performance.getEntriesByName('recherche:requête').map((mark) => (mark instanceof PerformanceMark ? Number(mark.detail?.ms) : NaN)),
    )

    return [
      row('moteur et index chargés à la première visite', early, 'fichiers', 0, 'size'),
      row(`index prêt après réception des données (${index?.documents ?? 0} documents)`, index?.sinceDataMs ?? NaN, 'ms', 1000, 'time'),
      row('touche la plus longue pendant la construction', Math.max(...whileBuilding), 'ms', 50, 'time'),
      row('suggestions après une touche (médiane)', median(suggestions), 'ms', 50, 'time'),
      row('suggestions après une touche (pire)', Math.max(...suggestions), 'ms', 50, 'time'),
      row(`requête dans le worker (médiane de ${queries.length})`, median(queries), 'ms', 16, 'time'),
      row('requête dans le worker (pire)', Math.max(...queries), 'ms', 16, 'time'),
    ]
  },
}
