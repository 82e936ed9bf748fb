import { createMemoryHistory, createRouter } from 'vue-router'
import { expect, it } from 'vitest'
import { createAppRouter, screenOf, STATIC_PATHS } from './router'
import { links } from './shared/links'

it('sends every link to its screen', () => {
  const { options } = createAppRouter(createMemoryHistory('/'))
  const router = createRouter({ history: createMemoryHistory(), routes: options.routes })
  const cases = [
    [links.home(), 'home', {}],
    [links.agenda(), 'agenda', {}],
    [links.agenda('2017-06-21'), 'agenda', { period: '2017-06-21' }],
    [links.event('forum'), 'event', { id: 'forum' }],
    [links.gallery(), 'gallery', {}],
    [links.gallery('forum', 2), 'gallery', { eventId: 'forum', n: '2' }],
    [links.publications({ secteur: ['a', 'b'] }), 'publications', {}],
    [links.news(), 'news', {}],
    [links.article('poles'), 'article', { id: 'poles' }],
    [links.accessibility(), 'accessibility', {}],
    [links.legalNotice(), 'legal-notice', {}],
    [links.privacy(), 'privacy', {}],
    [links.siteMap(), 'site-map', {}],
    [links.contact(), 'contact', {}],
  ] as const
  for (const [path, name, params] of cases) {
    const route = router.resolve(path)
    expect(route.name, path).toBe(name)
    expect(route.params, path).toEqual(params)
  }
  expect(router.resolve(links.publications({ secteur: ['a', 'b'], q: 'x y' })).query).toEqual({ secteur: ['a', 'b'], q: 'x y' })
})

it('sends each page of a long list to its list’s screen, and no page can be an article’s or a photo’s', () => {
  const router = createAppRouter(createMemoryHistory('/'))
  const cases = [
    [links.publications({ page: 2 }), 'publications-page', { page: '2' }],
    [links.news({ page: 12 }), 'news-page', { page: '12' }],
    [links.galleryPage({ page: 3 }), 'gallery-page', { page: '3' }],
    // An article or an event named like a page keeps its address.
    [links.article('page'), 'article', { id: 'page' }],
    [links.article('page-2'), 'article', { id: 'page-2' }],
    [links.gallery('page', 2), 'gallery', { eventId: 'page', n: '2' }],
    [links.gallery('page-2', 1), 'gallery', { eventId: 'page-2', n: '1' }],
  ] as const
  for (const [path, name, params] of cases) {
    const route = router.resolve(path)
    expect(route.name, path).toBe(name)
    expect(route.params, path).toEqual(params)
  }
  expect(router.resolve(links.publications({ page: 2, secteur: 'tourisme' })).query).toEqual({ secteur: 'tourisme' })
  for (const name of ['publications-page', 'news-page', 'gallery-page'] as const) {
    expect(screenOf(router.resolve({ name, params: { page: '2' } }))).toBe(name.replace('-page', ''))
  }
})

it('shows « Page introuvable » for page 1, 0 or a number written otherwise, at the same URL', async () => {
  // The app's routes and their guards, without the data loading of `createAppRouter`.
  const { routes } = createAppRouter(createMemoryHistory('/')).options
  for (const path of [
    '/publications/page/1',
    '/publications/page/0',
    '/publications/page/02',
    '/actualites/page/1',
    '/galerie/page-1',
    '/galerie/page-01',
    '/publications/page/deux',
  ]) {
    const router = createRouter({ history: createMemoryHistory(), routes })
    await router.push(path)
    expect(router.currentRoute.value.name, path).toBe('not-found')
    expect(router.currentRoute.value.path, path).toBe(path)
  }
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/publications/page/2')
  expect(router.currentRoute.value.name).toBe('publications-page')
})

it('prerenders the lists’ pages from the data, not as static paths', () => {
  expect(STATIC_PATHS.filter((path) => path.includes('page'))).toEqual([])
})
