import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw } from 'vue-router'
import { useArticlesStore } from './content/articles'
import { useEventsStore } from './content/events'
import { usePublicationsStore } from './content/publications'
import { isPhotoNumber } from './features/gallery/albums'
import { isIsoDate, isIsoMonth } from './shared/dates'
import { paths } from './shared/links'
import HomeView from './views/HomeView.vue'

export type RouteName =
  | 'home'
  | 'agenda'
  | 'event'
  | 'gallery'
  | 'publications'
  | 'news'
  | 'article'
  | 'not-found'

/** Keep the URL the user typed, show the "Page introuvable" screen. */
export function notFound(to: RouteLocationNormalized) {
  return {
    name: 'not-found' satisfies RouteName,
    params: { pathMatch: to.path.replace(/^\//, '').split('/') },
    query: to.query,
    hash: to.hash,
  }
}

const routes: (RouteRecordRaw & { name: RouteName })[] = [
  // The home page is the usual first visit: part of the entry, one round trip less.
  { path: paths.home, name: 'home', component: HomeView },
  {
    path: `${paths.agenda}/:period?`,
    name: 'agenda',
    props: true,
    component: () => import('./views/AgendaView.vue'),
    beforeEnter: (to) => {
      const period = to.params.period
      if (typeof period === 'string' && period !== '' && !isIsoDate(period) && !isIsoMonth(period)) return notFound(to)
    },
  },
  { path: `${paths.event}/:id`, name: 'event', props: true, component: () => import('./views/EventView.vue') },
  {
    // One record for the album list and the open lightbox, so opening a photo keeps the page.
    path: `${paths.gallery}/:eventId?/:n?`,
    name: 'gallery',
    props: true,
    component: () => import('./views/GalleryView.vue'),
    beforeEnter: (to) => {
      const { eventId, n } = to.params
      if (Boolean(eventId) !== Boolean(n) || (typeof n === 'string' && n !== '' && !isPhotoNumber(n))) return notFound(to)
    },
  },
  { path: paths.publications, name: 'publications', component: () => import('./views/PublicationsView.vue') },
  { path: paths.news, name: 'news', component: () => import('./views/NewsView.vue') },
  { path: `${paths.news}/:id`, name: 'article', props: true, component: () => import('./views/ArticleView.vue') },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
]

/** The data files each screen reads, fetched as soon as the screen is chosen, while its code downloads. */
const DATA_OF: Partial<Record<RouteName, (() => { load: () => Promise<void> })[]>> = {
  agenda: [useEventsStore],
  event: [useEventsStore],
  gallery: [useEventsStore],
  publications: [usePublicationsStore],
  news: [useArticlesStore],
  article: [useArticlesStore],
}

export function createAppRouter(base: string = import.meta.env.BASE_URL) {
  const router = createRouter({
    history: createWebHistory(base),
    routes,
    scrollBehavior: (to, from, saved) => {
      if (saved) return saved
      if (to.hash) return { el: to.hash }
      // A new month, day, photo or filter is the same screen: the reader stays where they are.
      const sameScreen = to.name === from.name && (['agenda', 'gallery', 'publications'] as const).some((name) => name === to.name)
      return to.path === from.path || sameScreen ? false : { top: 0 }
    },
  })
  router.beforeEach((to) => {
    for (const useStore of DATA_OF[to.name as RouteName] ?? []) void useStore().load()
  })
  return router
}
