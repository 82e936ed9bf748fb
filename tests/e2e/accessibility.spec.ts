/**
 * Accessibility of the whole site: axe-core on every screen (lightbox open and filters active
 * included), one keyboard-only journey through the site, and the RGAA checks axe cannot make:
 * visible focus, information not by colour alone, text at 200 %, reduced motion.
 * docs/accessibility.md says what is verified where.
 */
import type { Locator, Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'

const EVENT = '/evenements/2017-06-21-comite-orientation'
const SCREENS = [
  { path: '/', ready: (page: Page) => page.getByRole('grid') },
  { path: '/agenda', ready: (page: Page) => page.getByRole('grid') },
  { path: '/agenda/2017-06', ready: (page: Page) => page.getByRole('grid', { name: 'juin 2017' }) },
  { path: '/agenda/2017-06-21', ready: (page: Page) => page.getByRole('heading', { name: 'mercredi 21 juin 2017' }) },
  { path: EVENT, ready: (page: Page) => page.getByRole('heading', { level: 1, name: 'Comité d’orientation de l’OREF' }) },
  { path: '/galerie', ready: (page: Page) => page.getByRole('link', { name: 'CRIJ TA VIE - La VAE' }) },
  { path: '/galerie/2017-02-22-crij-ta-vie-vae/2', ready: (page: Page) => page.getByRole('dialog', { name: 'CRIJ TA VIE - La VAE' }) },
  { path: '/publications', ready: (page: Page) => page.getByRole('status').filter({ hasText: 'publications' }) },
  { path: '/publications?secteur=tourisme&q=secteur', ready: (page: Page) => page.getByRole('status').filter({ hasText: 'publication' }) },
  { path: '/publications/page/2', ready: (page: Page) => page.getByRole('link', { name: 'Page précédente' }) },
  { path: '/actualites', ready: (page: Page) => page.getByRole('link', { name: /Pôles de compétitivité/ }) },
  { path: '/actualites/evaluation-poles-de-competitivite', ready: (page: Page) => page.getByRole('heading', { level: 1 }) },
  { path: '/page-inconnue', ready: (page: Page) => page.getByRole('heading', { name: 'Page introuvable' }) },
]

for (const screen of SCREENS) {
  test(`axe-core: no violation on ${screen.path}`, async ({ page }) => {
    await page.goto(screen.path)
    await expect(screen.ready(page)).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after 60 presses. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let press = 0; press < 60; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
}

test('the whole site works with the keyboard alone', async ({ page }) => {
  test.slow() // five screens by key presses, the header's search field among the stops
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Navigation principale' })
  await expect(page.getByRole('grid')).toBeVisible()

  // Agenda: from the navigation to a day, then to its event.
  await tabTo(page, nav.getByRole('link', { name: 'Agenda' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/agenda$/)
  await page.goto('/agenda/2017-06-20') // June 2017, as a user types an address
  await tabTo(page, page.getByRole('button', { name: 'mardi 20 juin 2017' }))
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/agenda\/2017-06-21$/)
  await tabTo(page, page.getByRole('link', { name: 'Comité d’orientation de l’OREF' }).first())
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${EVENT}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comité d’orientation de l’OREF')

  // En image: an album, its photos, and back.
  await tabTo(page, nav.getByRole('link', { name: 'En image' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('link', { name: 'CRIJ TA VIE - La VAE' }))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'CRIJ TA VIE - La VAE' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(dialog).toContainText('2 / 5')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'CRIJ TA VIE - La VAE' })).toBeFocused()

  // Publications: a sector, then the document.
  await tabTo(page, nav.getByRole('link', { name: 'Publications' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'publications' })).toHaveText('25 publications')
  const tourisme = page.getByRole('group', { name: 'Secteur' }).getByRole('checkbox', { name: /^Tourisme/ })
  await tabTo(page, tourisme)
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/secteur=tourisme/)
  await expect(page.getByRole('status').filter({ hasText: 'publication' })).toHaveText('2 publications')

  // Actualités: the article.
  await tabTo(page, nav.getByRole('link', { name: 'Actualités' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('link', { name: /Pôles de compétitivité/ }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: /Pôles de compétitivité/ })).toBeVisible()
})

for (const path of ['/', '/agenda/2017-06-21', EVENT, '/galerie', '/publications', '/actualites']) {
  test(`focus is visible on every stop of ${path}`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached()
    await page.waitForLoadState('networkidle')
    const unseen: string[] = []
    for (let press = 0; press < 30; press += 1) {
      await page.keyboard.press('Tab')
      const focus = await page.evaluate(() => {
        const element = document.activeElement
        if (!(element instanceof HTMLElement) || element === document.body) return null
        const style = getComputedStyle(element)
        const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
        return {
          name: `${element.tagName.toLowerCase()} « ${(element.textContent ?? '').trim().slice(0, 40)} »`,
          visible: outlined || style.boxShadow !== 'none',
        }
      })
      if (focus && !focus.visible) unseen.push(focus.name)
    }
    expect(unseen).toEqual([])
  })
}

test('a day with events is marked by more than colour', async ({ page }) => {
  await page.goto('/agenda/2017-06')
  const busy = page.getByRole('button', { name: 'mercredi 21 juin 2017, 1 événement' })
  const free = page.getByRole('button', { name: 'mardi 20 juin 2017' })
  // A shape (dots) besides the colour: the busy day holds a mark the free day does not.
  await expect(busy.locator('[aria-hidden="true"] > *')).not.toHaveCount(0)
  await expect(free.locator('[aria-hidden="true"] > *')).toHaveCount(0)
})

for (const path of ['/', '/agenda/2017-06-21', EVENT, '/galerie', '/publications', '/actualites/evaluation-poles-de-competitivite']) {
  test(`text at 200 % keeps ${path} readable without horizontal scroll`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached()
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%'
    })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280)
    const size = await page.evaluate(() => getComputedStyle(document.body).fontSize)
    expect(parseFloat(size)).toBeGreaterThanOrEqual(32)
  })
}

test('loading skeletons stop moving when the user asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/data/publications.json', async (route) => {
    await held
    await route.continue()
  })
  // A prerendered page shows its content at once: the skeleton shows when the app opens a screen.
  await page.goto('/actualites')
  await page.getByRole('link', { name: 'Publications', exact: true }).click()
  const skeleton = page.locator('[aria-busy="true"] [aria-hidden="true"]').first()
  await expect(skeleton).toBeVisible()
  const duration = await skeleton.evaluate((element) => parseFloat(getComputedStyle(element).animationDuration))
  expect(duration).toBeLessThan(0.001)
  release()
  await expect(page.getByRole('status').filter({ hasText: /publications/ })).toBeVisible()
})
