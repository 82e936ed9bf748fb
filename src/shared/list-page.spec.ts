import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { HOME_CRUMB } from './head'
import { useListPage } from './list-page'

const listPage = (page: number, count: number, ready = true) =>
  useListPage({
    page: ref(page),
    count: ref(count),
    pageSize: 20,
    ready: ref(ready),
    name: 'Actualités',
    description: 'Les actualités.',
    path: '/actualites',
  })

describe('useListPage', () => {
  it('keeps page 1 the list itself: its name and description, no breadcrumb', () => {
    const { title, meta, beyondLast } = listPage(1, 25)
    expect(title.value).toBe('Actualités')
    expect(meta.value).toEqual({ title: 'Actualités', description: 'Les actualités.' })
    expect(beyondLast.value).toBe(false)
  })

  it('gives a further page its own title, description and a breadcrumb back to the list', () => {
    const { title, meta, pages } = listPage(2, 25)
    expect(pages.value).toBe(2)
    expect(title.value).toBe('Actualités — page 2')
    expect(meta.value.description).toContain('Page 2 sur 2')
    expect(meta.value.breadcrumb).toEqual([HOME_CRUMB, { name: 'Actualités', path: '/actualites' }])
  })

  it('says a page is past the last one only once the data is in', () => {
    expect(listPage(3, 25).beyondLast.value).toBe(true)
    expect(listPage(3, 25, false).beyondLast.value).toBe(false)
  })
})
