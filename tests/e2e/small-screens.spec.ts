import { expect, test } from './fixtures'

const SCREENS = [
  '/',
  '/agenda',
  '/agenda/2017-06',
  '/agenda/2017-06-21',
  '/evenements/2017-06-21-comite-orientation',
  '/galerie',
  '/galerie/2017-02-22-crij-ta-vie-vae/2',
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
      [...document.querySelectorAll<HTMLElement>('button, select, input:not([type="checkbox"]):not([type="radio"]), label:has(input), nav a, a.button, [role="button"]')]
        .filter((element) => element.offsetParent !== null && !element.closest('.visually-hidden, .skip-link'))
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ element, box }) => `${element.tagName.toLowerCase()} « ${(element.textContent ?? '').trim().slice(0, 30)} » ${Math.round(box.width)}×${Math.round(box.height)}`),
    )
    expect(small).toEqual([])
  })
}
