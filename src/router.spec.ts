import { createMemoryHistory, createRouter } from 'vue-router'
import { expect, it } from 'vitest'
import { createAppRouter } from './router'
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
