// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import AppShowMore from './AppShowMore.vue'

async function mountFoot() {
  const router = createRouter({
    history: createMemoryHistory('/base/'),
    routes: [{ path: '/:any(.*)*', component: { render: () => null } }],
  })
  await router.push('/liste/page/2')
  const wrapper = mount(AppShowMore, {
    props: {
      shownLabel: '21 à 40 sur 45',
      label: 'Afficher plus',
      next: '/liste/page/3',
      previous: { path: '/liste', query: { q: 'vae' } },
    },
    global: { plugins: [router] },
  })
  const link = (name: string) => wrapper.findAll('a').find((a) => a.text() === name)!
  return { router, wrapper, link }
}

it('links to the previous and the next pages, under the base path', async () => {
  const { link } = await mountFoot()
  expect(link('Afficher plus').attributes('href')).toBe('/base/liste/page/3')
  expect(link('Page précédente').attributes('href')).toBe('/base/liste?q=vae')
})

it('takes over a plain click on « show more »; Ctrl, Cmd or Shift open the link as usual', async () => {
  const { router, wrapper, link } = await mountFoot()
  for (const modifier of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }]) {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, ...modifier })
    link('Afficher plus').element.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(false)
  }
  expect(wrapper.emitted('more')).toBeUndefined()

  const plain = new MouseEvent('click', { bubbles: true, cancelable: true })
  link('Afficher plus').element.dispatchEvent(plain)
  expect(plain.defaultPrevented).toBe(true)
  expect(wrapper.emitted('more')).toHaveLength(1)
  await flushPromises()
  expect(router.currentRoute.value.fullPath).toBe('/liste/page/2')
})

it('goes to the previous page within the app, then says so', async () => {
  const { router, wrapper, link } = await mountFoot()
  await link('Page précédente').trigger('click')
  await flushPromises()
  expect(router.currentRoute.value.fullPath).toBe('/liste?q=vae')
  expect(wrapper.emitted('previous')).toHaveLength(1)
})
