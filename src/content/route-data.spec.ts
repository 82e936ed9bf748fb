import { expect, it } from 'vitest'
import { failedRouteData } from './route-data'

it('counts as failed only the files the screen itself needs', () => {
  expect(failedRouteData({ meta: { data: ['site'] } }, { site: null })).toEqual(['site'])
  expect(failedRouteData({ meta: { data: ['events'] } }, { events: 'v1', site: null })).toEqual([])
  expect(failedRouteData({ meta: {} }, { site: null })).toEqual([])
  expect(failedRouteData({ meta: { data: ['articles', 'publications'] } }, { articles: null, publications: 'v2', site: 'v3' })).toEqual([
    'articles',
  ])
})
