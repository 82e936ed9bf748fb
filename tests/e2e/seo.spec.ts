import { XMLParser } from 'fast-xml-parser'
import { expect, test } from './fixtures'

// The e2e build has no SITE_URL: addresses start with package.json's homepage.
const HOME = 'https://www.carif-oref.fr/'

test('each screen keeps its description and canonical address up to date in the browser', async ({ page }) => {
  await page.goto('/evenements/2017-06-21-comite-orientation')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${HOME}evenements/2017-06-21-comite-orientation`)
  const eventDescription = await page.locator('meta[name="description"]').getAttribute('content')
  expect(eventDescription?.length).toBeLessThanOrEqual(160)

  await page.getByRole('link', { name: /Retour à l’agenda/ }).click()
  await expect(page).toHaveTitle(/^Agenda — mercredi 21 juin 2017 — CARIF-OREF$/)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${HOME}agenda/2017-06-21`)
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    'Les événements du CARIF-OREF le mercredi 21 juin 2017.',
  )
  await expect(page.locator('meta[name="description"]')).toHaveCount(1)
})

test('the build serves three Atom feeds with plain-text titles and the sitemap of every page', async ({ request }) => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' })
  for (const name of ['actualites', 'publications', 'agenda']) {
    const response = await request.get(`/flux/${name}.xml`)
    expect(response.ok()).toBe(true)
    const feed = parser.parse(await response.text()).feed as { entry: { title: { '@type': string }; summary: { '@type': string } }[] }
    expect(feed.entry.length).toBeGreaterThan(0)
    expect(feed.entry.every((entry) => entry.title['@type'] === 'text' && entry.summary['@type'] === 'text')).toBe(true)
  }
  const sitemap = await (await request.get('/sitemap.xml')).text()
  for (const path of [
    'agenda/2017-06',
    'agenda/2017-06-21',
    'evenements/2017-06-21-comite-orientation',
    'galerie/2017-01-18-bon-usage-vae/1',
  ]) {
    expect(sitemap).toContain(`<loc>${HOME}${path}</loc>`)
  }
})
