/**
 * Every page of the site that has a URL, from the validated data: the sitemap lists them and
 * the prerender renders them, so the two never disagree. Paths are within the site (`/agenda`),
 * without the base path.
 */
import type { AgendaEvent, Article, Publication } from '../src/content/schemas.ts'
import { monthOf, shiftMonth } from '../src/features/agenda/calendar.ts'
import { indexEvents, pageMonths } from '../src/features/agenda/event-index.ts'
import { ALBUMS_PER_PAGE, albumsOf } from '../src/features/gallery/albums.ts'
import { ARTICLES_PER_PAGE } from '../src/features/news/news-pages.ts'
import { PUBLICATIONS_PER_PAGE } from '../src/features/publications/order.ts'
import { links } from '../src/shared/links.ts'
import { pageCount } from '../src/shared/show-more.ts'

export interface SiteData {
  events: readonly AgendaEvent[]
  articles: readonly Article[]
  publications: readonly Publication[]
}

/** The screens without a parameter and the pages of a public body's site, whatever the data. */
export const FIXED_PATHS = [
  links.home(),
  links.agenda(),
  links.gallery(),
  links.publications(),
  links.news(),
  links.accessibility(),
  links.legalNotice(),
  links.privacy(),
  links.siteMap(),
  links.contact(),
]

/** Pages 2, 3… of a list of `total` items, `pageSize` a page (page 1 is the list's own path). */
function furtherPages(total: number, pageSize: number, link: (page: number) => string): string[] {
  return Array.from({ length: pageCount(total, pageSize) - 1 }, (_, index) => link(index + 2))
}

/**
 * The long lists' further pages are listed too: without them a crawler, like a reader without
 * JavaScript, would never reach the publications past the first page, nor their documents.
 */
export function sitePaths(data: SiteData): string[] {
  const days = indexEvents(data.events).days
  const months = [...new Set(days.map(monthOf))]
  const albums = albumsOf(data.events)
  const photos = albums.flatMap((album) => album.photos.map((_, index) => links.gallery(album.eventId, index + 1)))
  return [
    ...FIXED_PATHS,
    ...furtherPages(data.publications.length, PUBLICATIONS_PER_PAGE, (page) => links.publications({ page })),
    ...furtherPages(data.articles.length, ARTICLES_PER_PAGE, (page) => links.news({ page })),
    ...furtherPages(albums.length, ALBUMS_PER_PAGE, (page) => links.galleryPage({ page })),
    ...data.articles.map((article) => links.article(article.id)),
    ...data.events.map((event) => links.event(event.id)),
    ...months.map((month) => links.agenda(month)),
    ...days.map((day) => links.agenda(day)),
    ...photos,
  ]
}

/**
 * Every month from the first to the last with events, and today's, one more on each side: the
 * prerendered calendar's previous and next links lead to pages that exist (months without
 * events are prerendered, not listed in the sitemap).
 */
export function calendarMonths(events: readonly AgendaEvent[], today: string): string[] {
  const { first, last } = pageMonths(indexEvents(events), today)
  const months: string[] = []
  for (let month = first; month <= last; month = shiftMonth(month, 1)) months.push(links.agenda(month))
  return months
}
