/**
 * The prerendered build: every page's raw HTML keeps to the CSP, and the app takes it over
 * with no hydration mismatch, shows newer data from the host, and keeps the HTML with an
 * alert when a data file fails.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Window } from 'happy-dom'
import { expect, test } from './fixtures'
import { onePageOfEachKind, prerenderedPages } from './prerendered-pages'

// structured-data-testing-tool is CommonJS, and its presets a folder that ES imports cannot name.
const require = createRequire(import.meta.url)

const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
})

/** What the CSP forbids in a page's HTML: inline scripts, `<style>` elements, `style` attributes. */
function cspProblems(html: string): string[] {
  const document = new window.DOMParser().parseFromString(html, 'text/html')
  const inline = [...document.querySelectorAll('script:not([src])')].filter(
    (script) => !['application/json', 'application/ld+json'].includes(script.getAttribute('type') ?? ''),
  )
  return [
    ...inline.map((script) => `inline script: ${script.outerHTML.slice(0, 80)}`),
    ...[...document.querySelectorAll('style')].map((style) => `<style>: ${style.outerHTML.slice(0, 80)}`),
    ...[...document.querySelectorAll('[style]')].map((element) => `style attribute: ${element.outerHTML.slice(0, 80)}`),
  ]
}

test('every prerendered page has its content and nothing the CSP forbids', () => {
  const pages = prerenderedPages()
  expect(pages.length).toBeGreaterThan(20)
  for (const { file, path } of pages) {
    const html = readFileSync(file, 'utf8')
    expect(cspProblems(html), path).toEqual([])
    expect(html, path).toMatch(/<div id="app"><!--\[-->.*<main[^>]*>.*<h1/s)
    expect(html, path).toContain('<script type="application/json" id="page-snapshot">')
  }
})

test('the CSP check finds an inline script, a style element and a style attribute', () => {
  const html = '<p style="color: red">a</p><style>p {}</style><script>alert(1)</script><script type="application/json">{}</script>'
  expect(cspProblems(html)).toHaveLength(3)
})

test('the raw HTML escapes what it embeds: the snapshot cannot close its script element', async ({ request }) => {
  const html = await (await request.get('/agenda')).text()
  const snapshot = /<script type="application\/json" id="page-snapshot">(.*?)<\/script>/s.exec(html)?.[1] ?? ''
  expect(JSON.parse(snapshot)).toMatchObject({ path: '/agenda', data: { events: expect.any(String) } })
})

for (const path of onePageOfEachKind()) {
  test(`${path} hydrates with no mismatch`, async ({ page }) => {
    const messages: string[] = []
    page.on('console', (message) => {
      if (['warning', 'error'].includes(message.type())) messages.push(message.text())
    })
    await page.goto(path)
    await expect(page.locator('html')).toHaveAttribute('data-start', 'hydrated')
    expect(messages.filter((text) => /hydrat|mismatch/i.test(text))).toEqual([])
  })
}

test('newer data on the host shows once loaded, with no error', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  const [event] = prerenderedPages().filter(({ path }) => path.startsWith('/evenements/'))
  await page.route('**/data/events.json', async (route) => {
    const body = (await (await route.fetch()).json()) as { events: { id: string; title: string }[] }
    const id = event!.path.split('/').pop()
    await route.fulfill({ json: { events: body.events.map((item) => (item.id === id ? { ...item, title: 'Titre mis à jour' } : item)) } })
  })
  await page.goto(event!.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Titre mis à jour')
  await expect(page.locator('html')).toHaveAttribute('data-start', 'rendered')
  expect(errors).toEqual([])
})

test('when a data file fails, the prerendered page stays and an alert offers to retry', async ({ page }) => {
  let failing = true
  await page.route('**/data/events.json', (route) => (failing ? route.abort('internetdisconnected') : route.continue()))
  await page.goto('/agenda/2017-06')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Le contenu n’a pas pu être chargé. Vérifiez votre connexion')
  await expect(page.getByRole('grid', { name: 'juin 2017' })).toBeVisible()
  await expect(page.locator('html')).not.toHaveAttribute('data-start')
  failing = false
  await alert.getByRole('button', { name: 'Réessayer' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.locator('html')).toHaveAttribute('data-start', 'hydrated')
  await page.getByRole('button', { name: 'Mois suivant' }).click()
  await expect(page).toHaveURL(/\/agenda\/2017-07$/)
})

/** Each prerendered page as a crawler reads it, with the Google, Twitter and Facebook presets of structured-data-testing-tool. */
for (const [path, schemas] of [
  ['/', ['Organization', 'WebSite']],
  ['/evenements/2017-02-22-crij-ta-vie-vae', ['Event', 'BreadcrumbList']],
  ['/actualites/evaluation-poles-de-competitivite', ['Article', 'BreadcrumbList']],
  ['/galerie/2017-02-22-crij-ta-vie-vae/2', ['BreadcrumbList']],
] as const) {
  test(`the prerendered ${path} passes the Google, Twitter and Facebook structured-data checks`, async () => {
    const { structuredDataTestHtml } = require('structured-data-testing-tool') as typeof import('structured-data-testing-tool')
    const { Facebook, Google, Twitter } =
      require('structured-data-testing-tool/presets') as typeof import('structured-data-testing-tool/presets')
    const page = prerenderedPages().find((built) => built.path === path)!
    const html = readFileSync(page.file, 'utf8')
    const result = await structuredDataTestHtml(html, { presets: [Google, Twitter, Facebook], schemas: [...schemas] }).catch(
      (error: { res?: { failed: { test: string }[] } }) => {
        throw new Error(JSON.stringify(error.res?.failed.map((failed) => failed.test) ?? String(error)))
      },
    )
    expect(result.failed).toEqual([])
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]
    expect(image, 'og:image').toMatch(/^https?:\/\//)
    expect(html).toMatch(/<meta property="og:image:width" content="\d+"/)
    expect(html).toMatch(/<meta property="og:image:height" content="\d+"/)
  })
}
