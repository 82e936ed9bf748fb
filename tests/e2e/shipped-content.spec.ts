/**
 * The one test of the shipped content (`public/data/`, `images/`, `files/`), which editors
 * change every week: every screen renders it without an error, whatever it holds. The build
 * under test holds the test content; here the browser gets the shipped files in its place, and
 * the app renders them. Facts are read from the files, never written here.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { links } from '../../src/shared/links'
import { expect, test } from './fixtures'

const SHIPPED = 'public'

function shipped<T>(file: string, key: string): T[] {
  const json = JSON.parse(readFileSync(join(SHIPPED, 'data', file), 'utf8')) as Record<string, unknown>
  return Array.isArray(json[key]) ? (json[key] as T[]) : []
}

const events = shipped<{ id: string; start: string; photos?: unknown[] }>('events.json', 'events')
const articles = shipped<{ id: string }>('articles.json', 'articles')

/** Serves the shipped content in place of the build's; records every failed request and error. */
async function withShippedContent(page: Page): Promise<string[]> {
  const problems: string[] = []
  await page.route(/\/(data|images|files)\//, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname)
    const file = join(SHIPPED, path)
    return existsSync(file) ? route.fulfill({ path: file }) : route.continue()
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
  })
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text())
  })
  return problems
}

async function expectRendered(page: Page, path: string, problems: string[]): Promise<void> {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible()
  await expect(page.locator('[aria-busy="true"]'), path).toHaveCount(0)
  await expect(page.getByRole('alert'), path).toHaveCount(0)
  expect(problems, path).toEqual([])
}

test('every screen renders the shipped content without an error', async ({ page }) => {
  const problems = await withShippedContent(page)
  const month = events
    .map((event) => event.start.slice(0, 7))
    .sort()
    .at(-1)
  const album = events.find((event) => (event.photos?.length ?? 0) > 0)
  const paths = [
    links.home(),
    links.agenda(),
    ...(month ? [links.agenda(month)] : []),
    links.gallery(),
    ...(album ? [links.gallery(album.id)] : []),
    links.publications(),
    links.news(),
    links.search('formation'),
  ]
  for (const path of paths) await expectRendered(page, path, problems)
})

test('every shipped event and article has its page', async ({ page }) => {
  test.slow() // one page per record
  const problems = await withShippedContent(page)
  for (const event of events) await expectRendered(page, links.event(event.id), problems)
  for (const article of articles) await expectRendered(page, links.article(article.id), problems)
})
