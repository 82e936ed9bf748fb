/**
 * The prerender's entry (built for Node by `build/prerender.ts`): renders the app at a path
 * to HTML with Vue's server renderer, from the build's data files.
 */
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createPinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import App from './App.vue'
import { useDataFetcher } from './content/load'
import { failedRouteData, loadRouteData } from './content/route-data'
import type { RenderedPage } from './page-snapshot'
import { createAppRouter } from './router'
import type { PageMeta } from './shared/head'
import { setToday } from './shared/today'
import { wording } from './shared/wording'

export { STATIC_PATHS } from './router'

/**
 * One Pinia for every page: each data file is read, validated and indexed (agenda index,
 * albums…) once, and every page renders from the same stores.
 */
export function createPageRenderer(options: { fetchData: typeof fetch; today: string; base: string }) {
  useDataFetcher(options.fetchData)
  setToday(options.today)
  const pinia = createPinia()

  return async function render(path: string): Promise<RenderedPage> {
    const router = createAppRouter(createMemoryHistory(options.base))
    const app = createSSRApp(App).use(pinia).use(router)
    await router.push(path)
    const route = router.currentRoute.value
    const data = await loadRouteData(route, pinia)
    const failed = failedRouteData(route, data)[0]
    if (failed) throw new Error(`${failed} : le fichier de données n’a pas pu être lu (npm run check:data)`)
    const context: { pageMeta?: PageMeta; modules?: Set<string> } = {}
    const html = await renderToString(app, context)
    const meta = context.pageMeta ?? { title: wording.notFound.title, description: wording.meta.notFound }
    return { html, meta, modules: [...(context.modules ?? [])], snapshot: { path: route.fullPath, today: options.today, data } }
  }
}
