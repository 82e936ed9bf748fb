// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils'
import { createApp, defineComponent, h, ref } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { describe, expect, it } from 'vitest'
import { usePageMeta } from './head'

const description = ref('Première description.')
const Page = defineComponent({
  setup() {
    usePageMeta(() => ({ title: 'Agenda — juin 2017', description: description.value }))
    return () => h('p', 'page')
  },
})

async function appAt(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:period*', component: Page }] })
  const app = createApp(RouterView).use(router)
  await router.push(path)
  await router.isReady()
  return app
}

describe('usePageMeta in the browser', () => {
  it('sets the title, the description and the canonical address, and follows changes', async () => {
    const app = await appAt('/agenda/2017-06')
    app.mount(document.createElement('div'))
    expect(document.title).toBe('Agenda — juin 2017 — CARIF-OREF')
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Première description.')
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${window.location.origin}/agenda/2017-06`)
    description.value = 'Seconde description.'
    await flushPromises()
    expect(document.querySelectorAll('meta[name="description"]')).toHaveLength(1)
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Seconde description.')
    app.unmount()
  })
})
