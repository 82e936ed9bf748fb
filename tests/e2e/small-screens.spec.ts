import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'

const SCREENS = [
  '/',
  '/agenda',
  '/agenda/2017-06',
  '/agenda/2017-06-21',
  '/evenements/2017-06-21-comite-orientation',
  '/galerie',
  '/galerie/2017-02-22-crij-ta-vie-vae/2',
  '/galerie/2017-06-03-forum-emploi-saisonnier/3',
  '/publications',
  '/publications?secteur=tourisme&q=secteur',
  '/actualites',
  '/actualites/evaluation-poles-de-competitivite',
  '/page-inconnue',
]

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

for (const path of SCREENS) {
  test(`${path} fits 360 px without horizontal scroll, with touch targets of 44 px`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached()
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    // Controls that stand on their own (inline links in running text are exempt, as in WCAG 2.5.8).
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'button, select, input:not([type="checkbox"]):not([type="radio"]), label:has(input), nav a, a.button, [role="button"]',
        ),
      ]
        .filter((element) => element.offsetParent !== null && !element.closest('.visually-hidden, .skip-link'))
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(
          ({ element, box }) =>
            `${element.tagName.toLowerCase()} « ${(element.textContent ?? '').trim().slice(0, 30)} » ${Math.round(box.width)}×${Math.round(box.height)}`,
        ),
    )
    expect(small).toEqual([])
  })
}

for (const [how, choose] of [
  ['a tap', (day: Locator) => day.tap()],
  ['Enter', async (day: Locator) => (await day.focus(), day.press('Enter'))],
] as const) {
  test(`on a phone, choosing a day with ${how} brings its events into view; the keyboard stays in the grid`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto('/agenda/2017-06')
    await expect(page.locator('html')).toHaveAttribute('data-start', 'hydrated')
    const day = page.getByRole('button', { name: 'vendredi 9 juin 2017, 2 événements' })
    await choose(day)
    await expect(page).toHaveURL(/\/agenda\/2017-06-09$/)
    const heading = page.getByRole('heading', { level: 2, name: 'vendredi 9 juin 2017' })
    await expect(heading).toBeInViewport()
    await expect(heading).toHaveAttribute('aria-live', 'polite')
    await expect(day).toBeFocused()
  })
}
