/**
 * The pages every French public body's site has (SPEC section 7): the footer's links, the
 * accessibility statement, the legal notice, personal data, the site map and contact, and the
 * promise the personal data page makes: no cookie, no request to another host, on any screen.
 * Site facts come from the test content's `site.json`; articles and sectors from the data the
 * build serves.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { slugify } from '../../src/shared/slug.ts'
import { typographic } from '../../src/shared/typography.ts'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { BUILD } from './prerendered-pages'

interface SiteFixture {
  name: string
  address: { street: string; postalCode: string; city: string }
  email: string
  phone: string
  director: string
  host: { name: string }
  accessibility: { status: string; rate?: number; nonCompliant?: string[] }
}

const site = (JSON.parse(readFileSync('tests/fixtures/content/data/site.json', 'utf8')) as { site: SiteFixture }).site
const served = <T>(file: string): T => JSON.parse(readFileSync(join(BUILD, 'data', file), 'utf8')) as T
const articles = served<{ articles: { id: string; title: string }[] }>('articles.json').articles
const events = served<{ events: { id: string; title: string }[] }>('events.json').events
const sectors = [
  ...new Set(
    served<{ publications: { sectors: string[] }[] }>('publications.json').publications.flatMap((publication) => publication.sectors),
  ),
]

const PAGES = [
  { link: `Accessibilité : ${site.accessibility.status} conforme`, path: '/accessibilite', heading: 'Déclaration d’accessibilité' },
  { link: 'Mentions légales', path: '/mentions-legales', heading: 'Mentions légales' },
  { link: 'Données personnelles', path: '/donnees-personnelles', heading: 'Données personnelles' },
  { link: 'Plan du site', path: '/plan-du-site', heading: 'Plan du site' },
  { link: 'Contact', path: '/contact', heading: 'Contact' },
]

test('every link of the footer reaches its page, with its h1 and title', async ({ page }) => {
  await page.goto('/actualites')
  const footer = page.getByRole('navigation', { name: 'Pied de page' })
  for (const { link, path, heading } of PAGES) {
    await footer.getByRole('link', { name: link, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`${path}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    await expect(page).toHaveTitle(`${heading} — CARIF-OREF`)
  }
})

test('the footer is in the prerendered HTML of every page, with the accessibility status', async ({ request }) => {
  for (const path of ['/', '/agenda', '/publications', ...PAGES.map((page) => page.path)]) {
    const html = await (await request.get(path)).text()
    expect(html, path).toMatch(/<nav aria-label="Pied de page"/)
    expect(html, path).toContain(`>Accessibilité : ${site.accessibility.status} conforme</a>`)
  }
})

test('the accessibility statement follows the RGAA model with the figures of site.json', async ({ page }) => {
  await page.goto('/accessibilite')
  const main = page.getByRole('main')
  for (const section of [
    'État de conformité',
    'Résultats des tests',
    'Contenus non accessibles',
    'Établissement de cette déclaration',
    'Retour d’information et contact',
    'Voies de recours',
  ]) {
    await expect(main.getByRole('heading', { level: 2, name: section })).toBeVisible()
  }
  await expect(main.getByRole('region', { name: 'État de conformité' })).toContainText(`Ce site est ${site.accessibility.status} conforme`)
  if (site.accessibility.rate !== undefined) {
    await expect(main.getByRole('region', { name: 'Résultats des tests' })).toContainText(new RegExp(`${site.accessibility.rate}\\s%`))
  }
  for (const item of site.accessibility.nonCompliant ?? []) await expect(main.getByRole('listitem').filter({ hasText: item })).toBeVisible()
  await expect(
    main.getByRole('region', { name: 'Retour d’information et contact' }).getByRole('link', { name: site.email }),
  ).toHaveAttribute('href', `mailto:${site.email}`)
  await expect(main.getByRole('link', { name: 'Écrire un message au Défenseur des droits' })).toBeVisible()
})

test('the legal notice names the publisher, the publication director and the host', async ({ page }) => {
  await page.goto('/mentions-legales')
  await expect(page.getByRole('region', { name: 'Éditeur du site' })).toContainText(site.name)
  await expect(page.getByRole('region', { name: /directrice de la publication/ })).toContainText(site.director)
  await expect(page.getByRole('region', { name: 'Hébergement' })).toContainText(site.host.name)
})

test('the personal data page says the site sets no cookie and calls no third party', async ({ page }) => {
  await page.goto('/donnees-personnelles')
  await expect(page.getByRole('heading', { level: 2, name: 'Aucun cookie' })).toBeVisible()
  await expect(page.getByText('ne dépose aucun cookie')).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Aucun service tiers' })).toBeVisible()
})

test('the contact page gives the address, a mailto: link and a tel: link, and no form', async ({ page }) => {
  await page.goto('/contact')
  const main = page.getByRole('main')
  await expect(main).toContainText(site.address.street)
  await expect(main).toContainText(`${site.address.postalCode} ${site.address.city}`)
  await expect(main.getByRole('link', { name: site.email })).toHaveAttribute('href', `mailto:${site.email}`)
  const digits = site.phone.replace(/\D/g, '')
  await expect(main.getByRole('link', { name: site.phone })).toHaveAttribute('href', `tel:+33${digits.slice(1)}`)
  await expect(main.locator('form')).toHaveCount(0)
})

test('the site map links every screen, every article and each sector’s publications', async ({ page }) => {
  await page.goto('/plan-du-site')
  const main = page.getByRole('main')
  for (const [name, href] of [
    ['Accueil', '/'],
    ['Agenda', '/agenda'],
    ['En image', '/galerie'],
    ['Publications', '/publications'],
    ['Actualités', '/actualites'],
    ['Recherche', '/recherche'],
  ]) {
    await expect(main.getByRole('link', { name: name!, exact: true })).toHaveAttribute('href', href!)
  }
  for (const { path, heading } of PAGES) await expect(main.getByRole('link', { name: heading, exact: true })).toHaveAttribute('href', path)
  for (const article of articles)
    await expect(main.getByRole('link', { name: typographic(article.title), exact: true })).toHaveAttribute(
      'href',
      `/actualites/${article.id}`,
    )
  expect(sectors.length).toBeGreaterThan(0)
  for (const sector of sectors) {
    await expect(main.getByRole('link', { name: `Publications du secteur ${sector}`, exact: true })).toHaveAttribute(
      'href',
      `/publications?secteur=${slugify(sector)}`,
    )
  }
  const first = sectors[0]!
  await main.getByRole('link', { name: `Publications du secteur ${first}`, exact: true }).click()
  await expect(page.getByRole('group', { name: 'Secteur' }).getByRole('checkbox', { name: new RegExp(`^${first}`) })).toBeChecked()
})

test('an invalid site.json leaves a neutral footer, and its pages show the French alert until « Réessayer »', async ({ page }) => {
  let broken = true
  const invalid = JSON.stringify({ site: { ...site, accessibility: { status: 'conforme' } } })
  await page.route('**/data/site.json', (route) =>
    broken ? route.fulfill({ body: invalid, contentType: 'application/json' }) : route.continue(),
  )
  await page.goto('/agenda')
  await expect(page.locator('html')).toHaveAttribute('data-start', 'rendered')
  await expect(page.getByRole('grid')).toBeVisible()
  const footer = page.getByRole('navigation', { name: 'Pied de page' })
  await footer.getByRole('link', { name: 'Accessibilité', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déclaration d’accessibilité')
  const alert = page.getByRole('alert')
  await expect(alert).toBeVisible()
  broken = false
  await alert.getByRole('button', { name: 'Réessayer' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'État de conformité' })).toBeVisible()
  await expect(footer.getByRole('link', { name: `Accessibilité : ${site.accessibility.status} conforme` })).toBeVisible()
})

for (const { path, heading } of PAGES) {
  test(`axe-core: no violation on ${path}`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

const SCREENS = [
  '/',
  '/agenda',
  `/evenements/${events[0]!.id}`,
  '/galerie',
  '/publications',
  '/actualites',
  `/actualites/${articles[0]!.id}`,
  '/recherche?q=formation',
  ...PAGES.map((page) => page.path),
]

test('no screen sets a cookie or asks anything of another host', async ({ page, context, baseURL }) => {
  test.slow() // thirteen screens
  const origin = new URL(baseURL!).origin
  const elsewhere: string[] = []
  let requests = 0
  page.on('request', (request) => {
    const url = new URL(request.url())
    requests += 1
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) elsewhere.push(request.url())
  })
  for (const path of SCREENS) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible()
    await page.waitForLoadState('networkidle')
  }
  // Then as a visitor uses the site: the header's search (its index loads on use), a photo.
  await page.getByRole('combobox', { name: 'Rechercher sur le site' }).fill('secteur')
  await expect(page.getByRole('listbox')).toBeVisible()
  await page.goto('/galerie')
  await page.getByRole('main').getByRole('link').first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(requests).toBeGreaterThan(SCREENS.length * 3)
  expect(elsewhere).toEqual([])
  expect(await context.cookies()).toEqual([])
  expect(await page.evaluate(() => document.cookie)).toBe('')
})
