// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useArticlesStore } from '../content/articles'
import NewsView from './NewsView.vue'

const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { render: () => null } }] })
const articles = Array.from({ length: 25 }, (_, index) => ({
  id: `article-${index + 1}`,
  title: `Article n° ${index + 1}`,
  date: `2017-01-${String(25 - index).padStart(2, '0')}`,
  body: [{ type: 'paragraph', text: 'Texte.' }],
}))

beforeEach(() => {
  setActivePinia(createPinia())
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ articles }))),
  )
})
afterEach(() => vi.unstubAllGlobals())

const link = (wrapper: ReturnType<typeof mount>, name: string) => wrapper.findAll('a').find((a) => a.text() === name)

it('lists the articles twenty at a time, the next ones on « Afficher plus d’actualités », focus on the first new one', async () => {
  await useArticlesStore().load()
  const wrapper = mount(NewsView, { attachTo: document.body, global: { plugins: [router] } })
  await flushPromises()
  expect(wrapper.findAll('li')).toHaveLength(20)
  expect(wrapper.text()).toContain('20 actualités affichées sur 25')
  // A link to the next page, for a reader without JavaScript; the app shows it in place.
  expect(link(wrapper, 'Afficher plus d’actualités')?.attributes('href')).toBe('/actualites/page/2')
  expect(link(wrapper, 'Page précédente')).toBeUndefined()

  await link(wrapper, 'Afficher plus d’actualités')!.trigger('click')
  await flushPromises()
  expect(wrapper.findAll('li')).toHaveLength(25)
  expect(link(wrapper, 'Afficher plus d’actualités')).toBeUndefined()
  expect(document.activeElement?.textContent).toBe('Article n° 21')
  wrapper.unmount()
})

it('shows page 2 alone, under its own heading, with a link back to the first page', async () => {
  await useArticlesStore().load()
  const wrapper = mount(NewsView, { props: { page: '2' }, attachTo: document.body, global: { plugins: [router] } })
  await flushPromises()
  expect(wrapper.get('h1').text()).toBe('Actualités — page 2')
  expect(wrapper.findAll('li').map((item) => item.text())).toEqual(
    ['21', '22', '23', '24', '25'].map((n) => expect.stringContaining(`Article n° ${n}`)),
  )
  expect(wrapper.text()).toContain('Actualités 21 à 25 sur 25')
  expect(link(wrapper, 'Page précédente')?.attributes('href')).toBe('/actualites')
  expect(link(wrapper, 'Afficher plus d’actualités')).toBeUndefined()
  wrapper.unmount()
})

it('says « Page introuvable » for a page past the last', async () => {
  await useArticlesStore().load()
  const wrapper = mount(NewsView, { props: { page: '3' }, global: { plugins: [router] } })
  await flushPromises()
  expect(wrapper.get('h1').text()).toBe('Page introuvable')
  wrapper.unmount()
})
