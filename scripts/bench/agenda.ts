/**
 * 5,000 events (about 300 a month over 17 months, a tenth of them over several days): time to
 * a ready agenda (navigation start → grid with its event days shown), time of a month change
 * (click on "Mois suivant" → the next month's grid painted), and the DOM size.
 */
import { links } from '../../src/shared/links.ts'
import type { Scenario } from './scenario.ts'

const EVENT_COUNT = 5000
const FIRST_MONTH = { year: 2017, month: 1 }
const MONTHS = 17

const pad = (value: number) => String(value).padStart(2, '0')

/** `count` events over 17 months from January 2017, a tenth of them over several days. */
export function generateEvents(count = EVENT_COUNT) {
  return Array.from({ length: count }, (_, index) => {
    const offset = index % MONTHS
    const year = FIRST_MONTH.year + Math.floor((FIRST_MONTH.month - 1 + offset) / 12)
    const month = ((FIRST_MONTH.month - 1 + offset) % 12) + 1
    const day = 1 + ((index * 7) % 28)
    const start = `${year}-${pad(month)}-${pad(day)}`
    const hour = 8 + (index % 10)
    return {
      id: `evenement-${index}`,
      title: `Événement n° ${index + 1}`,
      start,
      ...(index % 10 === 0 ? { end: `${year}-${pad(month)}-${pad(Math.min(day + 2, 28))}` } : {}),
      startTime: `${pad(hour)}:00`,
      endTime: `${pad(hour + 1)}:30`,
      location: 'Maison de la formation',
    }
  })
}

/**
 * Run in the page as a string (tsx would wrap named functions with a helper the page lacks):
 * clicks "Mois suivant" five times, each time until the new month's grid has its event days
 * (seen by a MutationObserver as soon as the DOM changes) and the frame that shows them is
 * painted, as Interaction to Next Paint counts it; resolves to the median duration in ms.
 */
const MEASURE_MONTH_CHANGE = `(async () => {
  const next = [...document.querySelectorAll('button')].find((button) => button.textContent.includes('Mois suivant'))
  const grid = document.querySelector('[role="grid"]')
  const monthName = () => document.getElementById(grid.getAttribute('aria-labelledby')).textContent
  const times = []
  for (let step = 0; step < 5; step += 1) {
    const before = monthName()
    const started = performance.now()
    next.click()
    await new Promise((resolve) => {
      const changed = () => monthName() !== before && grid.querySelector('button[aria-label$="événements"]')
      const observer = new MutationObserver(() => {
        if (changed()) {
          observer.disconnect()
          resolve()
        }
      })
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
    })
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)[2]
})()`

export const agenda: Scenario = {
  name: 'agenda',
  data: () => ({ 'events.json': { events: generateEvents() } }),
  async run(page, open) {
    await open(links.agenda('2017-06'))
    // Ready: the grid shows its event days (the data is fetched, validated and indexed).
    await page.getByRole('button', { name: /^jeudi 1er juin 2017, \d+ événements$/ }).waitFor()
    const ready = await page.evaluate(() => performance.now())

    const monthChange = Number(await page.evaluate(MEASURE_MONTH_CHANGE))
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length)

    return [
      { scenario: 'agenda', measure: 'agenda prêt, 5 000 événements', value: ready, unit: 'ms', budget: 1500, kind: 'time' },
      { scenario: 'agenda', measure: 'changement de mois (médiane de 5)', value: monthChange, unit: 'ms', budget: 50, kind: 'time' },
      { scenario: 'agenda', measure: 'nœuds du DOM', value: nodes, unit: 'nœuds', budget: 3000, kind: 'size' },
    ]
  },
}
