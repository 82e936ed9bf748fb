/**
 * Every path of the site, built in one place: the router's route paths, the links of the
 * components, and the build steps (sitemap, feeds, prerender) all come from here, so renaming
 * a path is one change (`links.spec.ts` fails on a path written by hand elsewhere).
 * Paths are relative to the site's base path. No imports: build steps run it in Node.
 */

/** The first segment of each screen's path. */
export const paths = {
  home: '/',
  agenda: '/agenda',
  event: '/evenements',
  gallery: '/galerie',
  publications: '/publications',
  news: '/actualites',
  search: '/recherche',
  accessibility: '/accessibilite',
  legalNotice: '/mentions-legales',
  privacy: '/donnees-personnelles',
  siteMap: '/plan-du-site',
  contact: '/contact',
} as const

/** The publication filters as they stand in the URL (slugs; `secteur` repeatable). */
export interface PublicationsQuery {
  secteur?: string | readonly string[]
  q?: string
  annee?: string
  type?: string
}

/** A page of a long list: 1 (the list's own path, the default), 2, 3… */
export interface ListPage {
  page?: number
}

/**
 * The route patterns of the lists' further pages (`:page` is 2, 3…), chosen so that none can
 * be another page's path: `/actualites/:id` is an article, so its pages take two segments;
 * `/galerie/:eventId/:n` is a photo, so its pages take one.
 */
export const listPagePatterns = {
  publications: `${paths.publications}/page/:page(\\d+)`,
  news: `${paths.news}/page/:page(\\d+)`,
  gallery: `${paths.gallery}/page-:page(\\d+)`,
} as const

const segment = (value: string | number) => encodeURIComponent(String(value))

function withQuery(path: string, query: Record<string, string | readonly string[] | undefined>): string {
  const pairs = Object.entries(query).flatMap(([key, value]) =>
    (typeof value === 'string' ? [value] : (value ?? [])).filter((item) => item !== '').map((item) => `${segment(key)}=${segment(item)}`),
  )
  return pairs.length > 0 ? `${path}?${pairs.join('&')}` : path
}

/** `path` for page 1, else its page `page` as `listPagePatterns` writes it. */
function listPage(pattern: string, path: string, page = 1): string {
  return page > 1 ? pattern.replace(/:page\(.*\)$/, segment(page)) : path
}

export const links = {
  home: () => paths.home,
  /** `period`: a month `YYYY-MM` or a day `YYYY-MM-DD`; none is today's month. */
  agenda: (period?: string) => (period ? `${paths.agenda}/${segment(period)}` : paths.agenda),
  event: (id: string) => `${paths.event}/${segment(id)}`,
  /** The album list, or the lightbox on photo `photo` (from 1) of the event `album`. */
  gallery: (album?: string, photo = 1) => (album ? `${paths.gallery}/${segment(album)}/${segment(photo)}` : paths.gallery),
  /** The album list's page `page`. */
  galleryPage: ({ page }: ListPage = {}) => listPage(listPagePatterns.gallery, paths.gallery, page),
  /** The publication list (its page `page`) with its filters. */
  publications: (query: PublicationsQuery & ListPage = {}) =>
    withQuery(listPage(listPagePatterns.publications, paths.publications, query.page), {
      secteur: query.secteur,
      q: query.q,
      annee: query.annee,
      type: query.type,
    }),
  news: ({ page }: ListPage = {}) => listPage(listPagePatterns.news, paths.news, page),
  article: (id: string) => `${paths.news}/${segment(id)}`,
  search: (q?: string) => withQuery(paths.search, { q }),
  accessibility: () => paths.accessibility,
  legalNotice: () => paths.legalNotice,
  privacy: () => paths.privacy,
  siteMap: () => paths.siteMap,
  contact: () => paths.contact,
} as const
