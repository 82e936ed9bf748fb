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
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ articles }))))
})
afterEach(() => vi.unstubAllGlobals())

it('lists the articles twenty at a time, the next ones on « Afficher plus d’actualités », focus on the first new one', async () => {
  await useArticlesStore().load()
  const wrapper = mount(NewsView, { attachTo: document.body, global: { plugins: [router] } })
  await flushPromises()
  expect(wrapper.findAll('li')).toHaveLength(20)
  expect(wrapper.text()).toContain('20 actualités affichées sur 25')

  await wrapper.get('button').trigger('click')
  await flushPromises()
  expect(wrapper.findAll('li')).toHaveLength(25)
  expect(wrapper.find('button').exists()).toBe(false)
  expect(document.activeElement?.textContent).toBe('Article n° 21')
  wrapper.unmount()
})
