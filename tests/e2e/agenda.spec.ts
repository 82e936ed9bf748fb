import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { expectNoAxeViolations } from './axe'

const grid = (page: Page) => page.getByRole('grid')

test('clicking a day of June 2017 shows its events and puts the day in the URL', async ({ page }) => {
  await page.goto('/agenda/2017-06')
  await expect(grid(page)).toHaveAccessibleName('juin 2017')
  const headers = grid(page).getByRole('columnheader')
  await expect(headers).toHaveCount(7)
  await expect(headers.first()).toHaveAccessibleName('lundi')
  await expect(headers.last()).toHaveAccessibleName('dimanche')

  await page.getByRole('button', { name: 'vendredi 9 juin 2017, 2 événements' }).click()
  await expect(page).toHaveURL(/\/agenda\/2017-06-09$/)
  await expect(page).toHaveTitle('Agenda — vendredi 9 juin 2017 — CARIF-OREF')
  const cell = page.getByRole('gridcell', { name: 'vendredi 9 juin 2017, 2 événements' })
  await expect(cell).toHaveAttribute('aria-selected', 'true')
  const panel = page.getByRole('region', { name: 'vendredi 9 juin 2017' })
  await expect(panel.getByRole('link', { name: /Matinale de l’observatoire/ })).toBeVisible()
  await expect(panel.getByRole('listitem')).toHaveCount(2)

  await page.getByRole('button', { name: 'samedi 10 juin 2017' }).click()
  await expect(page.getByRole('region', { name: 'samedi 10 juin 2017' })).toContainText('Aucun événement ce jour.')
})

test('a multi-day event shows on each of its days', async ({ page }) => {
  await page.goto('/agenda/2017-10')
  await expect(page.getByRole('button', { name: 'mardi 31 octobre 2017, 1 événement' })).toBeVisible()
  await page.getByRole('button', { name: 'Mois suivant' }).click()
  await expect(page).toHaveURL(/\/agenda\/2017-11$/)
  await expect(grid(page)).toHaveAccessibleName('novembre 2017')
  await expect(page.getByRole('status').filter({ hasText: 'novembre 2017' })).toBeAttached()
  await page.getByRole('button', { name: 'jeudi 2 novembre 2017, 1 événement' }).click()
  await expect(page.getByRole('region', { name: 'jeudi 2 novembre 2017' }).getByRole('link')).toHaveText(/Salon/)
})

test('the keyboard alone crosses a month edge and selects a day', async ({ page }) => {
  await page.goto('/agenda/2017-06-29')
  const june29 = page.getByRole('button', { name: /^jeudi 29 juin 2017/ })
  await june29.focus()
  await expect(june29).toHaveAttribute('tabindex', '0')
  await expect(grid(page).locator('button[tabindex="0"]')).toHaveCount(1)

  await page.keyboard.press('ArrowDown')
  await expect(grid(page)).toHaveAccessibleName('juillet 2017')
  const july6 = page.getByRole('button', { name: 'jeudi 6 juillet 2017, 1 événement' })
  await expect(july6).toBeFocused()
  await page.keyboard.press('Home')
  await expect(page.getByRole('button', { name: 'lundi 3 juillet 2017' })).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect(grid(page)).toHaveAccessibleName('juin 2017')
  await expect(page.getByRole('button', { name: /^vendredi 30 juin 2017/ })).toBeFocused()
  await page.keyboard.press('PageDown')
  await expect(page.getByRole('button', { name: 'dimanche 30 juillet 2017' })).toBeFocused()
  await page.keyboard.press('Shift+PageUp')
  await expect(grid(page)).toHaveAccessibleName('juillet 2016')
  await page.keyboard.press('Shift+PageDown')
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowLeft')
  const july8 = page.getByRole('button', { name: 'samedi 8 juillet 2017' })
  await expect(july8).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/agenda\/2017-07-09$/)
  await expect(page.getByRole('region', { name: 'dimanche 9 juillet 2017' })).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press(' ')
  await expect(page).toHaveURL(/\/agenda\/2017-07-06$/)
  await expect(page.getByRole('gridcell', { name: 'jeudi 6 juillet 2017, 1 événement' })).toHaveAttribute('aria-selected', 'true')
})

test('an empty month links to the nearest months with events', async ({ page }) => {
  await page.goto('/agenda/2017-08')
  await expect(page.getByText('Aucun événement ce mois-ci.')).toBeVisible()
  await page.getByRole('link', { name: 'Événement suivant : septembre 2017 — Forum de la rentrée de la formation' }).click()
  await expect(page).toHaveURL(/\/agenda\/2017-09-14$/)
  await page.goto('/agenda/2018-03')
  await expect(page.getByRole('link', { name: /^Événement précédent : décembre 2017 — / })).toBeVisible()
  await expect(page.getByRole('link', { name: /^Événement suivant/ })).toHaveCount(0)
})

test('/agenda opens on today’s month with today marked', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2017, 5, 21, 10))
  await page.goto('/agenda')
  await expect(grid(page)).toHaveAccessibleName('juin 2017')
  const today = page.getByRole('button', { name: 'mercredi 21 juin 2017, 1 événement' })
  await expect(today).toHaveAttribute('aria-current', 'date')
  await expect(page.getByRole('region', { name: 'mercredi 21 juin 2017' })).toBeVisible()
  await expect(page.getByRole('link', { name: /S’abonner/ })).toHaveAttribute('href', '/agenda.ics')
})

test('the home widget opens its month and a day leads to the agenda', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2017, 5, 2, 10))
  await page.goto('/')
  const widget = page.getByRole('region', { name: 'Agenda du CARIF-OREF' })
  await expect(widget.getByRole('grid')).toHaveAccessibleName('juin 2017')
  await widget.getByRole('button', { name: 'mercredi 21 juin 2017, 1 événement' }).click()
  await expect(page).toHaveURL(/\/agenda\/2017-06-21$/)
  await expect(page.getByRole('heading', { level: 2, name: 'mercredi 21 juin 2017' })).toBeVisible()
})

test('a day’s event opens its page, whose .ics matches the data', async ({ page }) => {
  await page.goto('/agenda/2017-06-21')
  await page
    .getByRole('region', { name: 'mercredi 21 juin 2017' })
    .getByRole('link', { name: /Comité/ })
    .click()
  await expect(page).toHaveURL(/\/evenements\/2017-06-21-comite-orientation$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Comité')
  const google = page.getByRole('link', { name: 'Ajouter à Google Agenda (nouvelle fenêtre)' })
  await expect(google).toHaveAttribute('href', /dates=20170621T093000%2F20170621T123000/)
  await expect(google).toHaveAttribute('target', '_blank')
  await expect(google.getByText('(nouvelle fenêtre)')).toBeVisible()

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ajouter à mon agenda (.ics)' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('2017-06-21-comite-orientation.ics')
  const text = await readFile((await download.path())!, 'utf8')
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/)
  expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true)
  const lines = text.replace(/\r\n /g, '').split('\r\n')
  expect(lines).toContain('UID:2017-06-21-comite-orientation@carif-oref')
  expect(lines).toContain('DTSTART;TZID=Europe/Paris:20170621T093000')
  expect(lines).toContain('DTEND;TZID=Europe/Paris:20170621T123000')
  expect(lines.some((line) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(line))).toBe(true)
  expect(lines.some((line) => line.startsWith('SUMMARY:Comité'))).toBe(true)
  expect(lines).toContain('URL:http://127.0.0.1:' + new URL(page.url()).port + '/evenements/2017-06-21-comite-orientation')

  await page.getByRole('link', { name: 'Retour à l’agenda du mercredi 21 juin 2017' }).click()
  await expect(page).toHaveURL(/\/agenda\/2017-06-21$/)
})

test('the agenda.ics feed lists every event', async ({ request }) => {
  const text = await (await request.get('/agenda.ics')).text()
  const fixture = JSON.parse(await readFile('tests/fixtures/content/data/events.json', 'utf8')) as { events: unknown[] }
  expect(text.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(fixture.events.length)
  expect(text).toContain('DTSTART;TZID=Europe/Paris:20171030T090000\r\nDTEND;TZID=Europe/Paris:20171030T180000\r\nRRULE:FREQ=DAILY;COUNT=4')
})

test('axe finds no violation on the agenda and on an event page', async ({ page }) => {
  await page.goto('/agenda/2017-06-21')
  await expect(page.getByRole('region', { name: 'mercredi 21 juin 2017' }).getByRole('link')).toHaveCount(1)
  await expectNoAxeViolations(page)
  await page.goto('/evenements/2017-03-20-semaine-industrie')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText('du 20 au 24 mars 2017')).toBeVisible()
  await expectNoAxeViolations(page)
})
