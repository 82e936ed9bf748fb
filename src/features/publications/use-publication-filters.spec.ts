// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, shallowRef } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { buildCatalogue } from './facets'
import { publication } from './fixtures'
import { usePublicationFilters } from './use-publication-filters'

const catalogue = shallowRef(
  buildCatalogue([
    publication({ id: 'a', date: '2016-04', sectors: ['Tourisme', 'Santé'] }),
    publication({ id: 'b', date: '2017-01', sectors: ['Santé'] }),
  ]),
)

async function setUp(url: string) {
  let state!: ReturnType<typeof usePublicationFilters>
  const Page = defineComponent({
    setup() {
      state = usePublicationFilters(catalogue)
      return () => h('p', state.search.value)
    },
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/publications', component: Page },
      { path: '/publications/page/:page', component: Page },
    ],
  })
  await router.push(url)
  mount(RouterView, { global: { plugins: [router] } })
  await flushPromises()
  return { router, state: () => state, push: vi.spyOn(router, 'push'), replace: vi.spyOn(router, 'replace') }
}

describe('usePublicationFilters', () => {
  it('reads the filters from the URL, ignoring unknown sectors', async () => {
    const { state } = await setUp('/publications?secteur=sante&secteur=inconnu&q=aide')
    expect(state().filters.value).toEqual({ sectors: ['sante'], q: 'aide', year: null, type: null })
    expect(state().search.value).toBe('aide')
  })

  it('pushes a history entry when a filter is toggled, keeping the others', async () => {
    const { router, state, push, replace } = await setUp('/publications?q=aide')
    await state().toggleSector('tourisme')
    await state().setYear('2016')
    expect(push).toHaveBeenCalledTimes(2)
    expect(replace).not.toHaveBeenCalled()
    expect(router.currentRoute.value.query).toEqual({ secteur: ['tourisme'], q: 'aide', annee: '2016' })
    await state().toggleSector('tourisme')
    expect(router.currentRoute.value.query).toEqual({ q: 'aide', annee: '2016' })
  })

  it('replaces the entry while typing, and follows the URL when it changes otherwise', async () => {
    const { router, state, push, replace } = await setUp('/publications?secteur=sante')
    state().search.value = 'mé'
    expect(state().filters.value.q).toBe('mé')
    await flushPromises()
    expect(replace).toHaveBeenCalledTimes(1)
    expect(push).not.toHaveBeenCalled()
    expect(router.currentRoute.value.query).toEqual({ secteur: ['sante'], q: 'mé' })

    await router.push('/publications?q=autre')
    await flushPromises()
    expect(state().search.value).toBe('autre')
    expect(state().filters.value.sectors).toEqual([])
  })

  it('reads the page from the URL, and starts again at the first page when a filter changes', async () => {
    const { router, state } = await setUp('/publications/page/3?q=aide')
    expect(state().page.value).toBe(3)
    await state().toggleSector('sante')
    expect(router.currentRoute.value.fullPath).toBe('/publications?secteur=sante&q=aide')
    expect(state().page.value).toBe(1)

    await router.push('/publications/page/2?q=aide')
    expect(state().page.value).toBe(2)
    state().search.value = 'aides'
    // At once, before the URL follows: the results of a new search start at their first page.
    expect(state().page.value).toBe(1)
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/publications?q=aides')
  })
})
