/**
 * The site search from the header: suggestions while typing (WAI-ARIA combobox), the results
 * page grouped by kind, the query in the URL (facts of the test content, `tests/fixtures/content`).
 */
import type { Page, Route } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'

const field = (page: Page) => page.getByRole('search').getByRole('combobox', { name: 'Rechercher sur le site' })
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Suggestions' })
const resultStatus = (page: Page) => page.getByRole('status').filter({ hasText: /résultats? pour/ })
/** The first answer waits for the index, built in the worker once the data has arrived. */
const FIRST_ANSWER = { timeout: 20_000 }

test('the engine loads on first use, not on the first visit; the form works without JavaScript too', async ({ page }) => {
  const workers: string[] = []
  page.on('request', (request) => {
    if (/search\.worker/.test(request.url())) workers.push(request.url())
  })
  await page.goto('/')
  await expect(page.getByRole('grid')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(workers).toEqual([])
  const form = page.getByRole('search')
  await expect(form).toHaveAttribute('action', '/recherche')
  await expect(form).toHaveAttribute('method', 'get')
  await expect(field(page)).toHaveAttribute('name', 'q')
  await field(page).focus()
  await expect.poll(() => workers.length).toBe(1)
})

test('keyboard alone on a desktop: suggestions, arrows, Escape, Enter on a suggestion and on the text', async ({ page }) => {
  test.slow() // two screens, each waiting for its answer
  await page.goto('/')
  await expect(page.getByRole('grid')).toBeVisible()
  for (let tab = 0; tab < 12 && !(await field(page).evaluate((input) => input === document.activeElement)); tab += 1)
    await page.keyboard.press('Tab')
  await expect(field(page)).toBeFocused()

  await page.keyboard.type('toursime')
  await expect(suggestions(page)).toBeVisible(FIRST_ANSWER)
  await expect(field(page)).toHaveAttribute('aria-expanded', 'true')
  const options = suggestions(page).getByRole('option')
  await expect(options.first()).toContainText('Secteur du Tourisme')
  expect(await options.count()).toBeLessThanOrEqual(5)

  await page.keyboard.press('ArrowDown')
  await expect(options.first()).toHaveAttribute('aria-selected', 'true')
  await expect(field(page)).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!)
  await page.keyboard.press('ArrowUp')
  await expect(options.last()).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Escape')
  await expect(suggestions(page)).toBeHidden()
  await expect(field(page)).toHaveAttribute('aria-expanded', 'false')

  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/publications\?q=Secteur%20du%20Tourisme$/)

  await field(page).focus()
  await field(page).fill('')
  await page.keyboard.type('l’orientation')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/recherche\?q=l%E2%80%99orientation$/)
  await expect(resultStatus(page)).toHaveText(/^\d+ résultats? pour « l’orientation »$/)
  await expect(page.getByRole('heading', { level: 2, name: /^Agenda \(\d+ résultats?\)$/ })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Comité d’orientation de l’OREF' })).toBeVisible()
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('search from the header, results grouped with highlighted words, Back and Forward', async ({ page }) => {
    test.slow() // three searches, each a screen
    await page.goto('/')
    await field(page).tap()
    await field(page).fill('formations tourisme')
    await field(page).press('Enter')
    await expect(resultStatus(page)).toContainText('pour « formations tourisme »', FIRST_ANSWER)
    await expect(page.locator('main mark').first()).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

    await field(page).fill('toursime')
    await field(page).press('Enter')
    await expect(resultStatus(page)).toContainText('pour « toursime »')
    await expect(page.getByRole('heading', { level: 2, name: /^Publications/ })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Secteur du Tourisme' })).toBeVisible()
    await expect(
      page
        .locator('main mark')
        .filter({ hasText: /^tourisme$/i })
        .first(),
    ).toBeVisible()

    await page.goBack()
    await expect(resultStatus(page)).toContainText('pour « formations tourisme »')
    await expect(field(page)).toHaveValue('formations tourisme')
    await page.goForward()
    await expect(resultStatus(page)).toContainText('pour « toursime »')
  })
})

test('no match says so and suggests removing a word', async ({ page }) => {
  await page.goto('/recherche?q=tourisme%20zzyzx')
  await expect(resultStatus(page)).toHaveText('0 résultat pour « tourisme zzyzx »', FIRST_ANSWER)
  await expect(page.getByText('essayez en retirant un mot')).toBeVisible()
})

test('axe-core: no violation on the results page, nor with suggestions open', async ({ page }) => {
  test.slow() // axe runs twice
  await page.goto('/recherche?q=emploi')
  await expect(resultStatus(page)).toBeVisible(FIRST_ANSWER)
  await expectNoAxeViolations(page)
  await field(page).fill('emploi')
  await expect(suggestions(page)).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await expectNoAxeViolations(page)
})

for (const [failure, fail] of [
  ['HTTP 500', (route: Route) => route.fulfill({ status: 500, body: 'erreur' })],
  [
    'not JSON',
    (route: Route) => route.fulfill({ status: 200, body: '<!doctype html><title>Accueil</title>', contentType: 'application/json' }),
  ],
  ['unreachable', (route: Route) => route.abort('internetdisconnected')],
] as const) {
  test(`publications.json ${failure}: the results page says the publications are missing, lists the rest, and « Réessayer » brings them back`, async ({
    page,
  }) => {
    test.slow() // the index is built twice
    const group = (name: string) => page.getByRole('heading', { level: 2, name: new RegExp(`^${name} \\(`) })
    await page.route('**/data/publications.json', fail)
    await page.goto('/recherche?q=emploi')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Les résultats des publications sont momentanément indisponibles.', FIRST_ANSWER)
    await expect(resultStatus(page)).toBeVisible()
    await expect(group('Agenda')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Table ronde : emploi et handicap' })).toBeVisible()
    await expect(group('Actualités')).toBeVisible()
    await expect(group('Publications')).toHaveCount(0)
    await expectNoAxeViolations(page)
    // The header's suggestions come from what was read.
    await field(page).fill('handicap')
    await expect(suggestions(page).getByRole('option').first()).toContainText('emploi et handicap')
    await field(page).press('Escape')

    await page.unroute('**/data/publications.json')
    await alert.getByRole('button', { name: 'Réessayer' }).click()
    await expect(group('Publications')).toBeVisible(FIRST_ANSWER)
    await expect(page.getByRole('link', { name: 'Secteur du Tourisme' })).toBeVisible()
    await expect(group('Agenda')).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
}
