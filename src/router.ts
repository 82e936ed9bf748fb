import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type RouteMeta,
  type RouteRecordNameGeneric,
  type RouteRecordRaw,
  type RouterHistory,
} from 'vue-router'
import { loadRouteData } from './content/route-data'
import { isPhotoNumber } from './features/gallery/albums'
import { isIsoDate, isIsoMonth } from './shared/dates'
import { listPagePatterns, paths } from './shared/links'
import { isFurtherPage } from './shared/show-more'
import HomeView from './views/HomeView.vue'

export type RouteName =
  | 'home'
  | 'agenda'
  | 'event'
  | 'gallery'
  | 'gallery-page'
  | 'publications'
  | 'publications-page'
  | 'news'
  | 'news-page'
  | 'article'
  | 'search'
  | 'accessibility'
  | 'legal-notice'
  | 'privacy'
  | 'site-map'
  | 'contact'
  | 'not-found'

declare module 'vue-router' {
  interface RouteMeta {
    /** The screen a route is a page of (a long list's pages after the first), if not its own. */
    screen?: RouteName
  }
}

/** The screen a route shows: going from one page of a list to another stays on the list's screen. */
export const screenOf = (route: { name?: RouteRecordNameGeneric | null; meta: RouteMeta }) => route.meta.screen ?? route.name

/** Keep the URL the user typed, show the "Page introuvable" screen. */
export function notFound(to: RouteLocationNormalized) {
  return {
    name: 'not-found' satisfies RouteName,
    params: { pathMatch: to.path.replace(/^\//, '').split('/') },
    query: to.query,
    hash: to.hash,
  }
}

/** A list's page after the first: 2, 3… (`/publications/page/1` is not the list's address). */
function furtherPage(to: RouteLocationNormalized) {
  const page = to.params.page
  if (typeof page !== 'string' || !isFurtherPage(page)) return notFound(to)
}

// One loader per view shared by its routes: the list and its pages are one component, kept
// (not mounted again) when going from one to the other.
const GalleryView = () => import('./views/GalleryView.vue')
const PublicationsView = () => import('./views/PublicationsView.vue')
const NewsView = () => import('./views/NewsView.vue')

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
    component: GalleryView,
    meta: { data: ['events'] },
    beforeEnter: (to) => {
      const { eventId, n } = to.params
      if (Boolean(eventId) !== Boolean(n) || (typeof n === 'string' && n !== '' && !isPhotoNumber(n))) return notFound(to)
    },
  },
  // A long list's further pages (`/publications/page/2`): one segment under /galerie, two under
  // /actualites, so that none can be a photo's or an article's address (`links.ts`).
  {
    path: listPagePatterns.gallery,
    name: 'gallery-page',
    props: true,
    component: GalleryView,
    meta: { data: ['events'], screen: 'gallery' },
    beforeEnter: furtherPage,
  },
  { path: paths.publications, name: 'publications', component: PublicationsView, meta: { data: ['publications'] } },
  {
    path: listPagePatterns.publications,
    name: 'publications-page',
    props: true,
    component: PublicationsView,
    meta: { data: ['publications'], screen: 'publications' },
    beforeEnter: furtherPage,
  },
  { path: paths.news, name: 'news', component: NewsView, meta: { data: ['articles'] } },
  {
    path: listPagePatterns.news,
    name: 'news-page',
    props: true,
    component: NewsView,
    meta: { data: ['articles'], screen: 'news' },
    beforeEnter: furtherPage,
  },
  {
    path: `${paths.news}/:id`,
    name: 'article',
    props: true,
    component: () => import('./views/ArticleView.vue'),
    meta: { data: ['articles'] },
  },
  { path: paths.search, name: 'search', component: () => import('./views/SearchView.vue') },
  // The pages of a public body's site; every screen reads site.json for its footer.
  { path: paths.accessibility, name: 'accessibility', component: () => import('./views/AccessibilityView.vue'), meta: { data: ['site'] } },
  { path: paths.legalNotice, name: 'legal-notice', component: () => import('./views/LegalNoticeView.vue'), meta: { data: ['site'] } },
  { path: paths.privacy, name: 'privacy', component: () => import('./views/PrivacyView.vue') },
  {
    path: paths.siteMap,
    name: 'site-map',
    component: () => import('./views/SiteMapView.vue'),
    meta: { data: ['articles', 'publications'] },
  },
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
      // A new month, day, photo, filter or page of a list is the same screen: the reader stays
      // where they are (a list moves the focus to its first item after « Page précédente »).
      const screen = screenOf(to)
      const sameScreen =
        screen === screenOf(from) && (['agenda', 'gallery', 'publications', 'news'] as const).some((name) => name === screen)
      return to.path === from.path || sameScreen ? false : { top: 0 }
    },
  })
  // The data files a screen needs are fetched as soon as it is chosen, while its code downloads.
  router.beforeEach((to) => void loadRouteData(to))
  return router
}
