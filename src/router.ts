import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import { loadRouteData } from './content/route-data'
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
  | 'search'
  | 'accessibility'
  | 'legal-notice'
  | 'privacy'
  | 'site-map'
  | 'contact'
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
  { path: paths.home, name: 'home', component: HomeView, meta: { data: ['articles', 'events', 'publications'] } },
  {
    path: `${paths.agenda}/:period?`,
    name: 'agenda',
    props: true,
    component: () => import('./views/AgendaView.vue'),
    meta: { data: ['events'] },
    beforeEnter: (to) => {
      const period = to.params.period
      if (typeof period === 'string' && period !== '' && !isIsoDate(period) && !isIsoMonth(period)) return notFound(to)
    },
  },
  { path: `${paths.event}/:id`, name: 'event', props: true, component: () => import('./views/EventView.vue'), meta: { data: ['events'] } },
  {
    // One record for the album list and the open lightbox, so opening a photo keeps the page.
    path: `${paths.gallery}/:eventId?/:n?`,
    name: 'gallery',
    props: true,
    component: () => import('./views/GalleryView.vue'),
    meta: { data: ['events'] },
    beforeEnter: (to) => {
      const { eventId, n } = to.params
      if (Boolean(eventId) !== Boolean(n) || (typeof n === 'string' && n !== '' && !isPhotoNumber(n))) return notFound(to)
    },
  },
  { path: paths.publications, name: 'publications', component: () => import('./views/PublicationsView.vue'), meta: { data: ['publications'] } },
  { path: paths.news, name: 'news', component: () => import('./views/NewsView.vue'), meta: { data: ['articles'] } },
  { path: `${paths.news}/:id`, name: 'article', props: true, component: () => import('./views/ArticleView.vue'), meta: { data: ['articles'] } },
  { path: paths.search, name: 'search', component: () => import('./views/SearchView.vue') },
  // The pages of a public body's site; every screen reads site.json for its footer.
  { path: paths.accessibility, name: 'accessibility', component: () => import('./views/AccessibilityView.vue'), meta: { data: ['site'] } },
  { path: paths.legalNotice, name: 'legal-notice', component: () => import('./views/LegalNoticeView.vue'), meta: { data: ['site'] } },
  { path: paths.privacy, name: 'privacy', component: () => import('./views/PrivacyView.vue') },
  { path: paths.siteMap, name: 'site-map', component: () => import('./views/SiteMapView.vue'), meta: { data: ['articles', 'publications'] } },
  { path: paths.contact, name: 'contact', component: () => import('./views/ContactView.vue'), meta: { data: ['site'] } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
]

/** The screens that need no parameter (optional ones left out), each prerendered as it is. */
export const STATIC_PATHS = routes
  .filter((route) => route.name !== 'not-found')
  .map((route) => route.path.replace(/\/:\w+\?/g, ''))
  .filter((path) => !path.includes(':'))

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (to, from, saved) => {
      if (saved) return saved
      if (to.hash) return { el: to.hash }
      // A new month, day, photo or filter is the same screen: the reader stays where they are.
      const sameScreen = to.name === from.name && (['agenda', 'gallery', 'publications'] as const).some((name) => name === to.name)
      return to.path === from.path || sameScreen ? false : { top: 0 }
    },
  })
  // The data files a screen needs are fetched as soon as it is chosen, while its code downloads.
  router.beforeEach((to) => void loadRouteData(to))
  return router
}
