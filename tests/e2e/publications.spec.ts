import { statSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { formatSize } from '../../src/features/publications/document-label'
import { expect, test } from './fixtures'
import { expectNoAxeViolations } from './axe'

const status = (page: Page) => page.getByRole('status').filter({ hasText: /publication/i })
const sector = (page: Page, name: string) => page.getByRole('group', { name: 'Secteur' }).getByRole('checkbox', { name: new RegExp(`^${name} \\(`) })
const search = (page: Page) => page.getByRole('searchbox', { name: 'Rechercher une publication' })
const titles = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 })

test('filtering by sector ORs the sectors, ANDs the type, and disables sectors left with nothing', async ({ page }) => {
  await page.goto('/publications')
  await expect(status(page)).toHaveText('5 publications')
  await expect(titles(page).first()).toHaveText('Fiches communes de l’OREF')
  await expect(titles(page).last()).toHaveText('Secteur du Tourisme')

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
  await expect(status(page)).toHaveText('5 publications')
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
  await expect(status(page)).toHaveText('5 publications')
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

test('long lists show 20 results at a time, and "Afficher plus" moves focus to the first new one', async ({ page }) => {
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
  await page.getByRole('button', { name: 'Afficher plus de publications' }).click()
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(40)
  await expect(page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('article') }).nth(20)).toBeFocused()
  await page.getByRole('button', { name: 'Afficher plus de publications' }).click()
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(45)
  await expect(page.getByRole('button', { name: 'Afficher plus de publications' })).toHaveCount(0)
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
