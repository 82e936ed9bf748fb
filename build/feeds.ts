/**
 * The Atom feeds (RFC 4287) of the articles, the publications and the agenda. Written with
 * fast-xml-parser's XML builder rather than the `feed` package: `feed` writes every entry's
 * title and summary as `type="html"` in CDATA, so a reader would render markup from the data;
 * here they are `type="text"`, escaped by the builder.
 */
import { XMLBuilder } from 'fast-xml-parser'
import type { AgendaEvent, Article, Publication } from '../src/content/schemas.ts'
import { formatEventDates, formatEventTimes } from '../src/features/agenda/event-dates.ts'
import { newestFirst } from '../src/shared/dates.ts'
import { assetUrl, excerpt, FEEDS, pageUrl } from '../src/shared/head.ts'
import { parisOffset } from '../src/shared/json-ld.ts'
import { links } from '../src/shared/links.ts'
import { wording } from '../src/shared/wording.ts'

/** Entries per feed: readers only show the latest ones. */
export const FEED_SIZE = 50

export interface FeedEntry {
  title: string
  summary: string
  /** The page (or document) the entry links to, absolute. */
  link: string
  /** Unique and stable, absolute. */
  id: string
  /** `YYYY-MM-DD`, optionally with a time `HH:mm` (Paris). */
  date: string
  time?: string
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true })

// XML 1.0 allows no control characters but tab and line breaks.
const xmlText = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
const text = (value: string) => ({ '@type': 'text', '#text': xmlText(value) })
const timestamp = (date: string, time = '00:00') => `${date}T${time}:00${parisOffset(date, time)}`

export function atomFeed(feed: { title: string; self: string; home: string; updated: string; entries: readonly FeedEntry[] }): string {
  const author = { name: wording.site.name, uri: feed.home }
  return builder.build({
    '?xml': { '@version': '1.0', '@encoding': 'utf-8' },
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      '@xml:lang': 'fr',
      id: feed.self,
      title: text(feed.title),
      updated: feed.updated,
      author,
      link: [
        { '@rel': 'self', '@type': 'application/atom+xml', '@href': feed.self },
        { '@rel': 'alternate', '@type': 'text/html', '@href': feed.home },
      ],
      entry: feed.entries.map((entry) => ({
        id: entry.id,
        title: text(entry.title),
        summary: text(entry.summary),
        link: { '@rel': 'alternate', '@href': entry.link },
        updated: timestamp(entry.date, entry.time),
        published: timestamp(entry.date, entry.time),
      })),
    },
  }) as string
}

const firstText = (article: Article) => article.body.find((block) => block.type !== 'list')

export function newsEntries(articles: readonly Article[], home: string): FeedEntry[] {
  return [...articles]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, FEED_SIZE)
    .map((article) => {
      const block = firstText(article)
      const url = pageUrl(links.article(article.id), home)
      return {
        id: url,
        link: url,
        title: article.title,
        summary: excerpt(article.summary ?? (block && 'text' in block ? block.text : article.title), 400),
        date: article.date,
      }
    })
}

export function publicationEntries(publications: readonly Publication[], home: string): FeedEntry[] {
  return newestFirst(publications)
    .slice(0, FEED_SIZE)
    .map((publication) => ({
      id: `${pageUrl(links.publications(), home)}#${publication.id}`,
      link: publication.url ? assetUrl(publication.url, home) : pageUrl(links.publications(), home),
      title: publication.title,
      summary: excerpt(publication.summary ?? [publication.type, ...publication.sectors].join(' — '), 400),
      date: publication.date.length === 7 ? `${publication.date}-01` : publication.date,
    }))
}

/** Coming events first (soonest first), then the latest past ones (latest first). */
export function agendaEntries(events: readonly AgendaEvent[], home: string, today: string): FeedEntry[] {
  const byStart = [...events].sort((a, b) => a.start.localeCompare(b.start) || (a.startTime ?? '').localeCompare(b.startTime ?? ''))
  const coming = byStart.filter((event) => (event.end ?? event.start) >= today)
  const past = byStart.filter((event) => (event.end ?? event.start) < today).reverse()
  return [...coming, ...past].slice(0, FEED_SIZE).map((event) => {
    const url = pageUrl(links.event(event.id), home)
    const when = [formatEventDates(event), formatEventTimes(event), event.location].filter(Boolean).join(', ')
    return {
      id: url,
      link: url,
      title: event.title,
      summary: excerpt(event.description ? `${when}. ${event.description}` : when, 400),
      date: event.start,
      ...(event.startTime ? { time: event.startTime } : {}),
    }
  })
}

export interface FeedData {
  events: readonly AgendaEvent[]
  articles: readonly Article[]
  publications: readonly Publication[]
}

/** The three feeds: file name within the build → Atom text. */
export function feedFiles(data: FeedData, home: string, now: Date, today: string): Record<string, string> {
  const entries = [newsEntries(data.articles, home), publicationEntries(data.publications, home), agendaEntries(data.events, home, today)]
  return Object.fromEntries(
    FEEDS.map((feed, index) => [
      feed.path,
      atomFeed({ title: feed.title, self: assetUrl(feed.path, home), home, updated: now.toISOString(), entries: entries[index]! }),
    ]),
  )
}
