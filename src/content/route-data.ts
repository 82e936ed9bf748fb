/**
 * The data files a screen needs, named in its route's `meta.data` and loaded here only: by
 * the router as a screen is chosen (while its code downloads), by the client before it
 * hydrates a prerendered page, and by the prerender before it renders one.
 */
import type { Pinia } from 'pinia'
import type { RouteLocationNormalized } from 'vue-router'
import type { LoadStatus } from '../shared/load-status'
import { useArticlesStore } from './articles'
import { useEventsStore } from './events'
import { usePublicationsStore } from './publications'
import { useSiteStore } from './site'

const STORES = { events: useEventsStore, publications: usePublicationsStore, articles: useArticlesStore, site: useSiteStore }

export type DataName = keyof typeof STORES

/**
 * Read for every screen, whatever its `meta.data`: the footer shows the accessibility status
 * of `site.json`. Its failure blanks only that (neutral wording), not the screen, unless the
 * screen needs the file itself.
 */
const EVERY_SCREEN: readonly DataName[] = ['site']

declare module 'vue-router' {
  interface RouteMeta {
    data?: readonly DataName[]
  }
}

/** The version of each file the route needs once loaded, or null for a file that failed. */
export type DataVersions = Partial<Record<DataName, string | null>>

type Route = Pick<RouteLocationNormalized, 'meta'>

async function settle(route: Route, pinia: Pinia | undefined, how: 'load' | 'retry'): Promise<DataVersions> {
  const names = [...new Set([...(route.meta.data ?? []), ...EVERY_SCREEN])]
  const stores = names.map((name) => STORES[name](pinia))
  await Promise.all(stores.map((store) => store[how]()))
  return Object.fromEntries(names.map((name, i) => [name, stores[i]!.status === 'ready' ? stores[i]!.version : null]))
}

/** Loads the files the route needs (each once), and tells their versions. */
export const loadRouteData = (route: Route, pinia?: Pinia) => settle(route, pinia, 'load')

/** Loads again the files of the route that failed (« Réessayer »). */
export const retryRouteData = (route: Route, pinia?: Pinia) => settle(route, pinia, 'retry')

/** How the route's files failed: `error` when one could not be reached, else `unavailable`. */
export function routeFailure(route: Route, pinia?: Pinia): LoadStatus {
  const statuses = (route.meta.data ?? []).map((name) => STORES[name](pinia).status)
  return statuses.includes('error') ? 'error' : 'unavailable'
}

/** The files the screen itself needs (`meta.data`) that failed: the screen cannot show without them. */
export const failedRouteData = (route: Route, data: DataVersions): DataName[] =>
  (route.meta.data ?? []).filter((name) => data[name] === null)
