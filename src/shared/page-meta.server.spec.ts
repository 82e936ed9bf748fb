import { createSSRApp, defineComponent, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { describe, expect, it } from 'vitest'
import AppNotFound from './AppNotFound.vue'
import { usePageMeta, type PageMeta } from './head'

const Event = defineComponent({
  props: { missing: Boolean },
  setup(props) {
    usePageMeta({ title: 'Forum', description: 'Un forum.' })
    return () => (props.missing ? h(AppNotFound) : h('p', 'Forum'))
  },
})

async function render(path: string): Promise<PageMeta | undefined> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Event },
      { path: '/evenements/forum', component: Event },
      { path: '/evenements/:id', component: Event, props: { missing: true } },
    ],
  })
  const app = createSSRApp(RouterView).use(router)
  await router.push(path)
  await router.isReady()
  const context: { pageMeta?: PageMeta } = {}
  await renderToString(app, context)
  return context.pageMeta
}

describe('usePageMeta under the server renderer', () => {
  it('stores the page’s meta, with its path, in the SSR context', async () => {
    expect(await render('/evenements/forum')).toEqual({ title: 'Forum', description: 'Un forum.', path: '/evenements/forum' })
  })

  it('lets a "Page introuvable" shown inside a screen have the last word', async () => {
    expect(await render('/evenements/inconnu')).toMatchObject({ title: 'Page introuvable', path: '/evenements/inconnu' })
  })
})
