/**
 * The prerendered site with JavaScript disabled: every page reads in full and every way
 * through it is a link (SPEC section 8). Facts of the test content, `tests/fixtures/content`.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { typographic } from '../../src/shared/typography'
import { expect, test } from './fixtures'

test.use({ javaScriptEnabled: false })

const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' })
const grid = (page: Page) => page.getByRole('grid')
const CRIJ = { id: '2017-02-22-crij-ta-vie-vae', title: 'CRIJ TA VIE - La VAE' }

test.afterEach(async ({ page }) => {
  // The app never ran: it marks the page once it has hydrated or rendered it.
  await expect(page.locator('html')).not.toHaveAttribute('data-start')
})

test('the main navigation reaches each screen', async ({ page }) => {
  const screens = [
    { link: 'Agenda', heading: 'Agenda', title: /^Agenda — / },
    { link: 'En image', heading: 'En image', title: 'En image — CARIF-OREF' },
    { link: 'Publications', heading: 'Publications', title: 'Publications — CARIF-OREF' },
    { link: 'Actualités', heading: 'Actualités', title: 'Actualités — CARIF-OREF' },
    { link: 'Accueil', heading: 'Bienvenue au CARIF-OREF', title: 'Accueil — CARIF-OREF' },
  ]
  await page.goto('/actualites')
  for (const screen of screens) {
    await nav(page).getByRole('link', { name: screen.link, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeAttached()
    await expect(page).toHaveTitle(screen.title)
    await expect(nav(page).getByRole('link', { name: screen.link, exact: true })).toHaveAttribute('aria-current', 'page')
  }
  await expect(page.getByRole('region', { name: 'Agenda du CARIF-OREF' }).getByRole('grid')).toBeVisible()
})

test('the calendar goes from month to month and to a day by links, and a day leads to its event', async ({ page }) => {
  await page.goto('/agenda/2017-06')
  await expect(grid(page)).toHaveAccessibleName('juin 2017')
  await page.getByRole('link', { name: 'Mois suivant' }).click()
  await expect(page).toHaveURL(/\/agenda\/2017-07$/)
  await expect(grid(page)).toHaveAccessibleName('juillet 2017')
  await page.getByRole('link', { name: 'Mois précédent' }).click()
  await expect(page).toHaveURL(/\/agenda\/2017-06$/)

  // A day without events is no link; a day with events is.
  await expect(grid(page).getByRole('link', { name: /^samedi 10 juin 2017/ })).toHaveCount(0)
  await grid(page).getByRole('link', { name: 'mercredi 21 juin 2017, 1 événement' }).click()
  await expect(page).toHaveURL(/\/agenda\/2017-06-21$/)
  await expect(page.getByRole('gridcell', { name: 'mercredi 21 juin 2017, 1 événement' })).toHaveAttribute('aria-selected', 'true')
  await page
    .getByRole('region', { name: 'mercredi 21 juin 2017' })
    .getByRole('link', { name: /Comité/ })
    .click()
  await expect(page).toHaveURL(/\/evenements\/2017-06-21-comite-orientation$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Comité')
  await page.getByRole('link', { name: 'Retour à l’agenda du mercredi 21 juin 2017' }).click()
  await expect(page).toHaveURL(/\/agenda\/2017-06-21$/)
})

test('every day with events is a link, and every link of the calendar leads to a prerendered page', async ({ page, request }) => {
  const { events } = JSON.parse(readFileSync('tests/fixtures/content/data/events.json', 'utf8')) as {
    events: { start: string; end?: string }[]
  }
  const juneDays = new Set(
    events.flatMap(({ start, end = start }) =>
      Array.from({ length: 30 }, (_, day) => `2017-06-${String(day + 1).padStart(2, '0')}`).filter((date) => start <= date && date <= end),
    ),
  )
  await page.goto('/agenda/2017-06')
  await expect(grid(page).getByRole('link')).toHaveCount(juneDays.size)
  const months = [page.getByRole('link', { name: 'Mois précédent' }), page.getByRole('link', { name: 'Mois suivant' })]
  const hrefs = [
    ...(await Promise.all(months.map((link) => link.getAttribute('href')))),
    ...(await grid(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))),
  ]
  expect(hrefs).toEqual(['/agenda/2017-05', '/agenda/2017-07', ...[...juneDays].sort().map((day) => `/agenda/${day}`)])
  for (const href of hrefs) {
    const html = await (await request.get(href!)).text()
    expect(html, href!).toContain(`"path":"${href}"`)
  }

  // The first month with a page, one before the first with events (January 2017), links to no earlier one.
  await page.goto('/agenda/2016-12')
  await expect(grid(page)).toHaveAccessibleName('décembre 2016')
  await expect(page.getByRole('link', { name: 'Mois précédent' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Mois précédent' })).toBeVisible()
  await page.getByRole('link', { name: 'Mois suivant' }).click()
  await expect(grid(page)).toHaveAccessibleName('janvier 2017')
})

test('a photo page shows the photo and its caption, and links to the next and previous photos and back to the albums', async ({ page }) => {
  await page.goto('/galerie')
  await page.getByRole('link', { name: CRIJ.title }).click()
  await expect(page).toHaveURL(new RegExp(`/galerie/${CRIJ.id}/1$`))
  const dialog = page.getByRole('dialog', { name: CRIJ.title })
  await expect(dialog.getByText('1 / 5')).toBeVisible()
  await expect(dialog.getByRole('img', { name: /un stand d’information sur la VAE/ })).toBeVisible()
  await expect(dialog.getByText('Le stand VAE à l’espace accueil du CRIJ')).toBeVisible()

  await dialog.getByRole('link', { name: 'Photo suivante' }).click()
  await expect(page).toHaveURL(new RegExp(`/galerie/${CRIJ.id}/2$`))
  await expect(dialog.getByText('2 / 5')).toBeVisible()
  await expect(dialog.getByRole('img', { name: /une conseillère renseigne un jeune/ })).toBeVisible()
  await expect(dialog.getByText('Conseils personnalisés aux visiteurs')).toBeVisible()

  await dialog.getByRole('link', { name: 'Photo précédente' }).click()
  await expect(page).toHaveURL(new RegExp(`/galerie/${CRIJ.id}/1$`))
  await dialog.getByRole('link', { name: 'Photo précédente' }).click()
  await expect(page).toHaveURL(new RegExp(`/galerie/${CRIJ.id}/5$`))
  await expect(dialog.getByText('5 / 5')).toBeVisible()

  await dialog.getByRole('link', { name: 'Fermer' }).click()
  await expect(page).toHaveURL(/\/galerie$/)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.getByRole('link', { name: CRIJ.title })).toBeVisible()
})

test('the publications list goes on, page after page, by links: every document is reachable', async ({ page, request }) => {
  const { publications } = JSON.parse(readFileSync('tests/fixtures/content/data/publications.json', 'utf8')) as {
    publications: { title: string; url?: string }[]
  }
  expect(publications.length, 'the test content has a second page of publications').toBeGreaterThan(20)
  await page.goto('/publications')
  await expect(page.getByRole('status').filter({ hasText: 'publications' })).toHaveText(`${publications.length} publications`)
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(20)

  // Every page, by its « show more » link, collecting the documents.
  const documents: string[] = []
  for (let number = 1; ; number += 1) {
    documents.push(
      ...(await page
        .getByRole('main')
        .getByRole('link', { name: /^Consulter le document/ })
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))),
    )
    const more = page.getByRole('link', { name: 'Afficher plus de publications' })
    if ((await more.count()) === 0) break
    await more.click()
    await expect(page).toHaveURL(new RegExp(`/publications/page/${number + 1}$`))
    await expect(page).toHaveTitle(`Publications — page ${number + 1} — CARIF-OREF`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Publications — page ${number + 1}`)
  }
  expect(documents.sort()).toEqual(publications.flatMap((publication) => (publication.url ? [`/${publication.url}`] : [])).sort())

  // The last page: publications 21 to 25 of the test content, the oldest among them with its document.
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(publications.length - 20)
  await expect(page.getByText(`Publications 21 à ${publications.length} sur ${publications.length}`)).toBeVisible()
  const oldest = page.getByRole('link', { name: /^Consulter le document \(PDF, .*\) : Note de conjoncture : janvier 2014$/ })
  await expect(oldest).toHaveAttribute('href', '/files/note-conjoncture-janvier-2014.pdf')
  expect((await request.get('/files/note-conjoncture-janvier-2014.pdf')).status()).toBe(200)

  await page.getByRole('link', { name: 'Page précédente' }).click()
  await expect(page).toHaveURL(/\/publications$/)
  await expect(page.getByRole('main').getByRole('article').first()).toContainText(typographic(publications[0]!.title))
  await expect(page.getByRole('link', { name: 'Page précédente' })).toHaveCount(0)
})

test('the news list goes on to its next page by a link, and an article there opens', async ({ page }) => {
  await page.goto('/actualites')
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(20)
  await page.getByRole('link', { name: 'Afficher plus d’actualités' }).click()
  await expect(page).toHaveURL(/\/actualites\/page\/2$/)
  await expect(page).toHaveTitle('Actualités — page 2 — CARIF-OREF')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actualités — page 2')
  await expect(page.getByText('Actualités 21 à 22 sur 22')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Afficher plus d’actualités' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Bonne année 2015 !' }).click()
  await expect(page).toHaveURL(/\/actualites\/2015-01-bonne-annee-2015$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Bonne année 2015 !' })).toBeVisible()
})

test('the albums go on to their next page by a link; an album there opens, and « Fermer » leads back to that page', async ({ page }) => {
  const OLDEST = { id: '2017-01-02-voeux-aux-partenaires-de-la-formation', title: 'Vœux aux partenaires de la formation' }
  await page.goto('/galerie')
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(24)
  await expect(page.getByRole('link', { name: OLDEST.title })).toHaveCount(0)
  await page.getByRole('link', { name: 'Voir plus d’albums' }).click()
  await expect(page).toHaveURL(/\/galerie\/page-2$/)
  await expect(page).toHaveTitle('En image — page 2 — CARIF-OREF')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('En image — page 2')
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1)

  await page.getByRole('link', { name: OLDEST.title }).click()
  await expect(page).toHaveURL(new RegExp(`/galerie/${OLDEST.id}/1$`))
  const dialog = page.getByRole('dialog', { name: OLDEST.title })
  await expect(dialog.getByRole('img')).toBeVisible()
  await dialog.getByRole('link', { name: 'Fermer' }).click()
  await expect(page).toHaveURL(/\/galerie\/page-2$/)
  await page.getByRole('link', { name: 'Page précédente' }).click()
  await expect(page).toHaveURL(/\/galerie$/)
  await expect(page.getByRole('link', { name: CRIJ.title })).toBeVisible()
})

test('an article opens from the news list', async ({ page }) => {
  await page.goto('/actualites')
  await page.getByRole('link', { name: /Pôles de compétitivité/ }).click()
  await expect(page).toHaveURL(/\/actualites\/evaluation-poles-de-competitivite$/)
  await expect(page.getByRole('heading', { level: 1, name: /Pôles de compétitivité/ })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /renforcement de l’accompagnement/ })).toBeVisible()
})
