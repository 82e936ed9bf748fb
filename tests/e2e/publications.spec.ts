import { statSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { formatSize } from '../../src/features/publications/document-label'
import { expect, test } from './fixtures'
import { expectNoAxeViolations } from './axe'

const status = (page: Page) => page.getByRole('status').filter({ hasText: /publication/i })
const sector = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Secteur' }).getByRole('checkbox', { name: new RegExp(`^${name} \\(`) })
const search = (page: Page) => page.getByRole('searchbox', { name: 'Rechercher une publication' })
const titles = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 })

test('filtering by sector ORs the sectors, ANDs the type, and disables sectors left with nothing', async ({ page }) => {
  await page.goto('/publications')
  await expect(status(page)).toHaveText('25 publications')
  await expect(titles(page).first()).toHaveText('Fiches communes de l’OREF')
  await expect(titles(page).nth(4)).toHaveText('Secteur du Tourisme')

  await sector(page, 'Tourisme').check()
  await expect(page).toHaveURL(/\/publications\?secteur=tourisme$/)
  await expect(status(page)).toHaveText('2 publications')
  await expect(sector(page, 'Optique et Lunetterie')).toHaveAccessibleName('Optique et Lunetterie (1)')

  await sector(page, 'Optique et Lunetterie').check()
  await expect(status(page)).toHaveText('3 publications')

  await page.getByRole('combobox', { name: 'Type de document' }).selectOption({ label: 'Étude sectorielle (2)' })
  await expect(page).toHaveURL(/secteur=optique-et-lunetterie&secteur=tourisme&type=etude-sectorielle$/)
  await expect(status(page)).toHaveText('2 publications')
  await expect(sector(page, 'Commerce')).toHaveAccessibleName('Commerce (0)')
  await expect(sector(page, 'Commerce')).toBeDisabled()
  await expect(sector(page, 'Froid et Climatisation')).toBeEnabled()
  await expect(page.getByRole('heading', { level: 2, name: 'Fiches communes de l’OREF' })).toHaveCount(0)
})

test('a sector chip of the home page opens the list filtered by that sector', async ({ page }) => {
  await page.goto('/')
  const block = page.getByRole('region', { name: 'Dernières publications' })
  await block.getByRole('link', { name: 'Publications du secteur Tourisme' }).first().click()
  await expect(page).toHaveURL(/\/publications\?secteur=tourisme$/)
  await expect(sector(page, 'Tourisme')).toBeChecked()
  await expect(status(page)).toHaveText('2 publications')
  await expect(page.getByRole('button', { name: 'Retirer le filtre Tourisme' })).toBeVisible()
})

test('search ignores accents; reload restores the filters; Back and Forward walk the history; clear resets', async ({ page }) => {
  await page.goto('/publications')
  await search(page).fill('metiers')
  await expect(status(page)).toHaveText('4 publications')
  await expect(page).toHaveURL(/\/publications\?q=metiers$/)

  await sector(page, 'Tourisme').check()
  await expect(status(page)).toHaveText('1 publication')
  await expect(titles(page)).toHaveText(['Secteur du Tourisme'])

  await search(page).fill('metiers accueil')
  await expect(page).toHaveURL(/\?secteur=tourisme&q=metiers\+accueil$/)
  await expect(status(page)).toHaveText('1 publication')

  await page.reload()
  await expect(search(page)).toHaveValue('metiers accueil')
  await expect(sector(page, 'Tourisme')).toBeChecked()
  await expect(status(page)).toHaveText('1 publication')

  // Typing replaced the entry made by the sector toggle: Back goes to the search alone.
  await page.goBack()
  await expect(page).toHaveURL(/\/publications\?q=metiers$/)
  await expect(search(page)).toHaveValue('metiers')
  await expect(sector(page, 'Tourisme')).not.toBeChecked()
  await expect(status(page)).toHaveText('4 publications')

  await page.goForward()
  await expect(search(page)).toHaveValue('metiers accueil')
  await expect(sector(page, 'Tourisme')).toBeChecked()

  await page.getByRole('button', { name: 'Effacer les filtres' }).click()
  await expect(page).toHaveURL(/\/publications$/)
  await expect(status(page)).toHaveText('25 publications')
  await expect(search(page)).toHaveValue('')
  await expect(search(page)).toBeFocused()
  await expect(sector(page, 'Tourisme')).not.toBeChecked()
})

test('each chip removes its own filter and keeps the keyboard on the chips', async ({ page }) => {
  await page.goto('/publications?secteur=sante&secteur=commerce&annee=2016')
  await expect(status(page)).toHaveText('2 publications')
  await page.getByRole('button', { name: 'Retirer le filtre Commerce' }).click()
  await expect(page).toHaveURL(/\?secteur=sante&annee=2016$/)
  await expect(page.getByRole('button', { name: 'Retirer le filtre Santé' })).toBeFocused()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/publications$/)
  await expect(search(page)).toBeFocused()
})

test('a search that matches nothing says so, and unknown filters in the URL are ignored', async ({ page }) => {
  await page.goto('/publications?secteur=inconnu&annee=1999&type=roman')
  await expect(status(page)).toHaveText('25 publications')
  await search(page).fill('œnologie')
  await expect(status(page)).toHaveText('Aucune publication ne correspond à votre recherche.')
  await expect(titles(page)).toHaveCount(0)
  await expect(page.getByRole('status')).toHaveCount(1)
})

test('axe-core finds no violation on the filtered page', async ({ page }) => {
  await page.goto('/publications?secteur=tourisme&type=etude-sectorielle&q=secteur')
  await expect(status(page)).toHaveText('1 publication')
  await expectNoAxeViolations(page)
})

test('long lists show 20 results at a time; the « Afficher plus » link shows the next ones in place, focus on the first new one', async ({
  page,
  context,
}) => {
  const publications = Array.from({ length: 45 }, (_, index) => ({
    id: `publication-${index + 1}`,
    title: `Publication numéro ${index + 1}`,
    date: `2010-${String((index % 12) + 1).padStart(2, '0')}`,
    type: 'Fiche métier',
    sectors: ['Santé'],
  }))
  await page.route('**/data/publications.json', (route) => route.fulfill({ json: { publications } }))
  await page.goto('/publications')
  await expect(status(page)).toHaveText('45 publications')
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(20)
  const more = page.getByRole('link', { name: 'Afficher plus de publications' })
  await expect(more).toHaveAttribute('href', '/publications/page/2')

  // Ctrl or Cmd + click opens the next page in a new tab, as any link.
  const [tab] = await Promise.all([context.waitForEvent('page'), more.click({ modifiers: ['ControlOrMeta'] })])
  await expect(tab).toHaveURL(/\/publications\/page\/2$/)
  await tab.close()
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(20)

  await more.click()
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(40)
  await expect(page).toHaveURL(/\/publications$/)
  await expect(
    page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('article') })
      .nth(20),
  ).toBeFocused()
  await expect(more).toHaveAttribute('href', '/publications/page/3')
  await more.click()
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(45)
  await expect(more).toHaveCount(0)

  // With filters, the link to the next page keeps them.
  await page.goto('/publications?secteur=sante')
  await expect(more).toHaveAttribute('href', '/publications/page/2?secteur=sante')
})

test('a visit to page 2 shows its publications and hydrates; « Page précédente » and a filter lead back to the first page', async ({
  page,
}) => {
  const messages: string[] = []
  page.on('console', (message) => messages.push(message.text()))
  await page.goto('/publications/page/2')
  await expect(page.locator('html')).toHaveAttribute('data-start', 'hydrated')
  await expect(page).toHaveTitle('Publications — page 2 — CARIF-OREF')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publications — page 2')
  await expect(status(page)).toHaveText('25 publications')
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(5)
  await expect(titles(page).last()).toHaveText('Note de conjoncture : janvier 2014')
  await expect(page.getByText('Publications 21 à 25 sur 25')).toBeVisible()
  expect(messages.filter((text) => /hydrat|mismatch/i.test(text))).toEqual([])

  await page.getByRole('link', { name: 'Page précédente' }).click()
  await expect(page).toHaveURL(/\/publications$/)
  await expect(page).toHaveTitle('Publications — CARIF-OREF')
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(20)
  await expect(
    page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('article') })
      .first(),
  ).toBeFocused()

  await page.goto('/publications/page/2')
  await expect(page.locator('html')).toHaveAttribute('data-start', 'hydrated')
  await sector(page, 'Agriculture').check()
  await expect(page).toHaveURL(/\/publications\?secteur=agriculture$/)
  await expect(sector(page, 'Agriculture')).toBeFocused()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publications')

  // Past the last page, and page 1 written out, there is no such page.
  for (const path of ['/publications/page/3', '/publications/page/1']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible()
  }
})

test('on a phone the filters fold behind a button and the count stays in view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/publications')
  const toggle = page.getByRole('button', { name: 'Filtres' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('group', { name: 'Secteur' })).toBeHidden()
  await expect(status(page)).toBeInViewport()
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await sector(page, 'Tourisme').check()
  await expect(status(page)).toHaveText('2 publications')
  await expect(page.getByRole('button', { name: 'Filtres (1)' })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
})

test('the filters work with the keyboard alone, focus staying on the control used', async ({ page }) => {
  await page.goto('/publications')
  await search(page).focus()
  await page.keyboard.type('étude')
  await expect(status(page)).toHaveText('3 publications')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Retirer le filtre « étude »' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Effacer les filtres' })).toBeFocused()
  // Sectors with no result are disabled, so the keyboard skips them.
  await expect(sector(page, 'Bâtiment')).toBeDisabled()
  await page.keyboard.press('Tab')
  await expect(sector(page, 'Froid et Climatisation')).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/\?secteur=froid-et-climatisation&q=%C3%A9tude$/)
  await expect(status(page)).toHaveText('1 publication')
  await expect(sector(page, 'Froid et Climatisation')).toBeFocused()
  await expect(sector(page, 'Froid et Climatisation')).toBeChecked()
})

test('a document link gives its format and its size, read by the build from the file', async ({ page }) => {
  const size = formatSize(statSync('tests/fixtures/content/files/fiches-communes-oref.pdf').size)
  await page.goto('/publications')
  const link = page.getByRole('link', { name: `Consulter le document (PDF, ${size}) : Fiches communes de l’OREF` })
  await expect(link).toHaveAttribute('href', '/files/fiches-communes-oref.pdf')
  await expect(link).toContainText(`(PDF, ${size})`)
})
