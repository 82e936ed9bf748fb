/**
 * The client's start. A prerendered page carries the snapshot it was made from: the client
 * loads the route's data first, then hydrates the HTML when its URL and data are the same,
 * renders afresh when the host's data is newer (or the URL differs), and keeps the HTML with
 * the French alert and « Réessayer » when a file fails to load.
 */
import { createApp, createSSRApp, type App as VueApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { failedRouteData, loadRouteData, retryRouteData, routeFailure, type DataVersions } from './content/route-data'
import { isSamePage, readSnapshot, type PageSnapshot } from './page-snapshot'
import { createAppRouter } from './router'
import AppLoadState from './shared/AppLoadState.vue'
import { setToday } from './shared/today'
import './shared/base.css'

// When the client's code started, after the first paint (read by `npm run bench`).
performance.mark('client:start')
const container = document.getElementById('app')!
const pinia = createPinia()
const router = createAppRouter()
const snapshot = readSnapshot(document)
const currentRoute = () => router.resolve(router.options.history.location)

async function mount(hydrate: boolean): Promise<void> {
  const app = (hydrate ? createSSRApp : createApp)(App).use(pinia).use(router)
  await router.isReady()
  // Hydration in a task of its own rather than after the last data file's validation: two
  // shorter tasks block the main thread less than one long one (Lighthouse's blocking time).
  await new Promise((resolve) => setTimeout(resolve))
  if (!hydrate) container.replaceChildren()
  app.mount(container)
  // How the page started, for the tests: the prerendered HTML hydrated, or rendered afresh.
  document.documentElement.dataset.start = hydrate ? 'hydrated' : 'rendered'
  setToday()
}

/** The prerendered content stays; an alert above it offers to load the data again. */
function showFailure(page: PageSnapshot): void {
  const place = document.createElement('div')
  place.className = 'page-alert'
  document.getElementById('contenu')?.prepend(place)
  const alert: VueApp = createApp(AppLoadState, {
    status: routeFailure(currentRoute(), pinia),
    onRetry: async () => {
      const route = currentRoute()
      const data = await retryRouteData(route, pinia)
      if (failedRouteData(route, data).length > 0) return
      alert.unmount()
      place.remove()
      await start(page, data)
    },
  })
  alert.mount(place)
}

async function start(page: PageSnapshot, data: DataVersions): Promise<void> {
  const route = currentRoute()
  if (failedRouteData(route, data).length > 0) return showFailure(page)
  // A file only the footer reads (site.json) that failed: its version differs, the page renders afresh.
  await mount(isSamePage(page, route.fullPath.replace(/#.*/, ''), data))
}

if (snapshot) {
  setToday(snapshot.today)
  void loadRouteData(currentRoute(), pinia).then((data) => start(snapshot, data))
} else {
  void mount(false)
}
