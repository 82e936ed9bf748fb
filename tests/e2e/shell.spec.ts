import { expect, test } from './fixtures'
import { expectNoAxeViolations } from './axe'

test('the home page shows the latest article, the agenda, the albums and the publications', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle('Accueil — CARIF-OREF')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { level: 2, name: /Pôles de compétitivité/ })).toBeVisible()
  await expect(page.getByText('Pour aller plus loin')).toBeVisible()
  await expect(page.getByRole('region', { name: 'En image' }).getByRole('link', { name: 'CRIJ TA VIE - La VAE' })).toBeVisible()
  const publications = page.getByRole('region', { name: 'Dernières publications' })
  await expect(publications.getByRole('heading', { name: 'Secteur du Tourisme' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Agenda du CARIF-OREF' })).toBeVisible()
  // Each block ends with the way to the whole of its screen, all worded alike.
  const more = [
    ['À la une', 'Toutes les actualités', '/actualites'],
    ['Agenda du CARIF-OREF', 'Tout l’agenda', '/agenda'],
    ['En image', 'Tous les albums', '/galerie'],
    ['Dernières publications', 'Toutes les publications', '/publications'],
  ] as const
  for (const [block, name, href] of more) {
    await expect(page.getByRole('region', { name: block }).getByRole('link', { name, exact: true })).toHaveAttribute('href', href)
  }
})

test('the skip link is the first stop of the keyboard and leads to the content', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Aller au contenu' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
})

const screens = [
  { link: 'Agenda', heading: 'Agenda', title: /^Agenda/ },
  { link: 'En image', heading: 'En image', title: 'En image — CARIF-OREF' },
  { link: 'Publications', heading: 'Publications', title: 'Publications — CARIF-OREF' },
  { link: 'Actualités', heading: 'Actualités', title: 'Actualités — CARIF-OREF' },
  { link: 'Accueil', heading: 'Bienvenue au CARIF-OREF', title: 'Accueil — CARIF-OREF' },
]

test('every link of the main navigation reaches its screen', async ({ page }) => {
  await page.goto('/actualites')
  const nav = page.getByRole('navigation', { name: 'Navigation principale' })
  for (const screen of screens) {
    await nav.getByRole('link', { name: screen.link, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeAttached()
    await expect(page).toHaveTitle(screen.title)
    await expect(nav.getByRole('link', { name: screen.link, exact: true })).toHaveAttribute('aria-current', 'page')
  }
})

test('an article opens from the news list', async ({ page }) => {
  await page.goto('/actualites')
  await page.getByRole('link', { name: /Pôles de compétitivité/ }).click()
  await expect(page).toHaveURL(/\/actualites\/evaluation-poles-de-competitivite$/)
  await expect(page.getByRole('heading', { level: 1, name: /Pôles de compétitivité/ })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /renforcement de l’accompagnement/ })).toBeVisible()
  await expect(page).toHaveTitle(/^Pôles de compétitivité.* — CARIF-OREF$/)
})

for (const path of ['/nimporte-quoi', '/agenda/2017-02-30', '/agenda/2017-13', '/actualites/inconnu', '/evenements/inconnu']) {
  test(`${path} shows the French not-found page`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible()
    await expect(page).toHaveTitle('Page introuvable — CARIF-OREF')
    await expect(page).toHaveURL(new RegExp(`${path}$`))
    await page.getByRole('link', { name: 'Retour à l’accueil' }).click()
    await expect(page).toHaveURL(/\/$/)
  })
}

test('a data file that fails shows a French alert, and "Réessayer" recovers', async ({ page }) => {
  let failures = 1
  await page.route('**/data/articles.json', async (route) => {
    if (failures-- > 0) return route.abort('internetdisconnected')
    return route.continue()
  })
  await page.goto('/actualites')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('n’a pas pu être chargé. Vérifiez votre connexion')
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible()
  await alert.getByRole('button', { name: 'Réessayer' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('link', { name: /Pôles de compétitivité/ })).toBeVisible()
})

test('a file that is not JSON fails only its own section', async ({ page }) => {
  await page.route('**/data/publications.json', (route) => route.fulfill({ status: 200, body: '<!doctype html><p>oups</p>' }))
  // Reached from another screen, the home page is rendered by the app, section by section.
  await page.goto('/actualites')
  await expect(page.locator('html')).toHaveAttribute('data-start', 'hydrated')
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Accueil' }).click()
  const alert = page.getByRole('region', { name: 'Dernières publications' }).getByRole('alert')
  await expect(alert).toHaveText(/Ce contenu est momentanément indisponible\./)
  await expect(alert).not.toContainText('connexion')
  await expect(page.getByRole('heading', { level: 2, name: /Pôles de compétitivité/ })).toBeVisible()
})

test('on a prerendered page, a file that is not JSON leaves the page as built, with an alert that says so', async ({ page }) => {
  await page.route('**/data/publications.json', (route) => route.fulfill({ status: 200, body: '<!doctype html><p>oups</p>' }))
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toHaveText(/Ce contenu est momentanément indisponible\./)
  await expect(page.getByRole('region', { name: 'Dernières publications' }).getByRole('link').first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /Pôles de compétitivité/ })).toBeVisible()
})

test('axe-core finds no violation on the home page and an article', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: /Pôles de compétitivité/ })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.goto('/actualites/evaluation-poles-de-competitivite')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectNoAxeViolations(page)
})
