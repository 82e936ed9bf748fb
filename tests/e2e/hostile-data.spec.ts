/**
 * The data files are edited by hand: every way they can be wrong or hostile must leave the
 * site safe (nothing executes, no markup is injected), standing (no crash) and useful (the
 * valid records show, failures are French and recoverable).
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const MARKUP = '<img src=x onerror="document.body.dataset.pwned=1"><script>document.body.dataset.pwned=1</script>'
const photo = { src: 'images/2017-01-18-bon-usage-vae/1.jpg', alt: 'Une salle', width: 1600, height: 1067 }

function serve(page: Page, file: string, body: string, status = 200) {
  return page.route(`**/data/${file}`, (route) => route.fulfill({ status, body, contentType: 'application/json' }))
}

async function expectNothingInjected(page: Page) {
  expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined()
  await expect(page.locator('main img[src="x"], main script')).toHaveCount(0)
  await expect(page.locator('[href^="javascript:" i], [src^="javascript:" i], [href^="data:" i], main img[src^="data:" i]')).toHaveCount(0)
}

for (const [file, screen] of [
  ['events.json', '/galerie'],
  ['publications.json', '/publications'],
  ['articles.json', '/actualites'],
] as const) {
  for (const [failure, body, status] of [
    ['HTTP 404', 'introuvable', 404],
    ['HTTP 500', 'erreur', 500],
    ['not JSON', '<!doctype html><title>Accueil</title>', 200],
    ['an empty file', '', 200],
    ['JSON of the wrong shape', '{"items": []}', 200],
  ] as const) {
    test(`${file} as ${failure}: a French alert on ${screen}, and "Réessayer" recovers`, async ({ page }) => {
      let broken = true
      await page.route(`**/data/${file}`, (route) => (broken ? route.fulfill({ status, body }) : route.continue()))
      await page.goto(screen)
      const alert = page.getByRole('alert')
      // The server answered: the visitor's connection is not to blame.
      await expect(alert).toContainText('Ce contenu est momentanément indisponible.')
      await expect(alert).not.toContainText('connexion')
      await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible()
      broken = false
      await alert.getByRole('button', { name: 'Réessayer' }).click()
      await expect(page.getByRole('alert')).toHaveCount(0)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    })
  }
}

test('empty lists give the French empty messages', async ({ page }) => {
  await serve(page, 'events.json', '{"events": []}')
  await page.goto('/galerie')
  await expect(page.getByText('Aucun album pour le moment.')).toBeVisible()
})

test('valid events show beside every kind of invalid one, which are skipped with a warning', async ({ page }) => {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  const valid = { id: 'atelier-valide', title: 'Atelier valide', start: '2017-06-21', photos: [photo] }
  const invalid = [
    null,
    'texte',
    { title: 'Sans identifiant', start: '2017-06-21' },
    { id: 'Majuscules Et Espaces', title: 'Mauvais id', start: '2017-06-21' },
    { id: 'sans-titre', start: '2017-06-21' },
    { id: 'date-impossible', title: 'Date impossible', start: '2017-02-30' },
    { id: 'date-instant', title: 'Date avec heure', start: '2017-06-21T10:00:00Z' },
    { id: 'fin-avant', title: 'Fin avant début', start: '2017-06-21', end: '2017-06-20' },
    { id: 'heure-impossible', title: 'Heure impossible', start: '2017-06-21', startTime: '25:00' },
    { id: 'photo-js', title: 'Photo javascript', start: '2017-06-21', photos: [{ ...photo, src: 'javascript:alert(1)' }] },
    {
      id: 'photo-data',
      title: 'Photo data',
      start: '2017-06-21',
      photos: [{ ...photo, thumb: 'data:image/svg+xml,<svg onload=alert(1)>' }],
    },
    { id: 'photo-sans-alt', title: 'Photo sans alt', start: '2017-06-21', photos: [{ ...photo, alt: '' }] },
    { id: 'photo-taille', title: 'Photo sans taille', start: '2017-06-21', photos: [{ ...photo, width: -3 }] },
    { ...valid, title: 'Doublon du premier' },
  ]
  await serve(page, 'events.json', JSON.stringify({ events: [valid, ...invalid] }))
  await page.goto('/galerie')
  await expect(page.getByRole('link', { name: 'Atelier valide' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('link')).toHaveCount(1)
  expect(warnings.filter((warning) => warning.startsWith('events.json : enregistrement n°'))).toHaveLength(invalid.length)
  await expectNothingInjected(page)
})

test('markup in every text field of an event is shown as text and never runs', async ({ page }) => {
  const event = {
    id: 'evenement-piege',
    title: `Titre ${MARKUP}`,
    start: '2017-06-21',
    startTime: '09:00',
    location: `Lieu ${MARKUP}`,
    description: `Description ${MARKUP}`,
    category: `Catégorie ${MARKUP}`,
    photos: [{ ...photo, alt: `Alt ${MARKUP}`, caption: `Légende ${MARKUP}` }],
  }
  await serve(page, 'events.json', JSON.stringify({ events: [event] }))
  await page.goto('/evenements/evenement-piege')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Titre ${MARKUP}`)
  await expect(page.getByText(`Lieu ${MARKUP}`)).toBeVisible()
  await expect(page.getByText(`Description ${MARKUP}`)).toBeVisible()
  await expectNothingInjected(page)
  await page.goto('/galerie')
  await expect(page.getByRole('link', { name: `Titre ${MARKUP}` })).toBeVisible()
  await expectNothingInjected(page)
})

test('markup in every text field of a publication is shown as text', async ({ page }) => {
  const publication = {
    id: 'publication-piege',
    title: `Titre ${MARKUP}`,
    date: '2016-04',
    type: `Type ${MARKUP}`,
    sectors: [`Secteur ${MARKUP}`],
    summary: `Résumé ${MARKUP}`,
    url: 'files/secteur-tourisme.pdf',
  }
  const hostileLinks = [
    { ...publication, id: 'lien-js', title: 'Lien javascript', url: 'javascript:alert(1)' },
    { ...publication, id: 'lien-data', title: 'Lien data', url: 'data:text/html,<script>alert(1)</script>' },
    { ...publication, id: 'lien-protocole', title: 'Lien sans protocole', url: '//exemple.invalid/x.pdf' },
  ]
  await serve(page, 'publications.json', JSON.stringify({ publications: [publication, ...hostileLinks] }))
  await page.goto('/publications')
  await expect(page.getByRole('heading', { name: `Titre ${MARKUP}` })).toBeVisible()
  await expect(page.getByText(`Résumé ${MARKUP}`)).toBeVisible()
  await expect(page.getByText('Lien javascript')).toHaveCount(0)
  await expect(page.getByText('Lien data')).toHaveCount(0)
  await expect(page.getByText('Lien sans protocole')).toHaveCount(0)
  await expectNothingInjected(page)
})

test('markup in every text field of an article is shown as text', async ({ page }) => {
  const article = {
    id: 'article-piege',
    title: `Titre ${MARKUP}`,
    date: '2017-03-31',
    summary: `Résumé ${MARKUP}`,
    body: [
      { type: 'heading', text: `Intertitre ${MARKUP}` },
      { type: 'paragraph', text: `Paragraphe ${MARKUP}` },
      { type: 'list', items: [`Point ${MARKUP}`] },
    ],
    source: { label: `Source ${MARKUP}`, url: 'https://exemple.invalid/source' },
  }
  const hostileSource = { ...article, id: 'source-js', title: 'Source javascript', source: { label: 'x', url: 'javascript:alert(1)' } }
  await serve(page, 'articles.json', JSON.stringify({ articles: [article, hostileSource] }))
  await page.goto('/actualites/article-piege')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Titre ${MARKUP}`)
  await expect(page.getByRole('heading', { level: 2, name: `Intertitre ${MARKUP}` })).toBeVisible()
  await expect(page.getByText(`Paragraphe ${MARKUP}`)).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: `Point ${MARKUP}` })).toBeVisible()
  await expect(page.getByRole('link', { name: `Source ${MARKUP}` })).toHaveAttribute('href', 'https://exemple.invalid/source')
  await expectNothingInjected(page)
  await page.goto('/actualites/source-js')
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible()
})

for (const path of ['/agenda/2017-02-29', '/agenda/2017-00', '/agenda/hier', '/galerie/inconnu/1', '/evenements/%3Cscript%3E']) {
  test(`${path} gives the not-found page`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible()
  })
}
