/**
 * schema.org JSON-LD of a page (README, « Quality gates », SEO and sharing): one object per `<script type="application/ld+json">`,
 * each at the top level (no `@graph`). Pure: `head.ts` passes the site's absolute addresses.
 */
import type { AgendaEvent, Article } from '../content/schemas.ts'
import { EVENT_TIME_ZONE } from './dates.ts'
import { wording } from './wording.ts'

export type JsonLd = Record<string, unknown> & { '@type': string }

/** Absolute addresses of the site, as `headTags` knows them. */
export interface JsonLdSite {
  /** The site's home page, `https://exemple.fr/sous-dossier/`. */
  home: string
  /** A site path (`/evenements/x`) made absolute. */
  page: (path: string) => string
  /** A data address (`images/x.jpg`, `/x.jpg`, `https://…`) made absolute. */
  asset: (address: string) => string
  /** The observatory's logo, absolute. */
  logo: string
}

export interface Crumb {
  name: string
  /** A site path: `/actualites`. */
  path: string
}

const CONTEXT = 'https://schema.org'

/** The offset of Paris time on that wall-clock date and time (`+01:00` in winter, `+02:00` in summer). */
export function parisOffset(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  const wall = Date.UTC(year, month - 1, day, hours, minutes)
  // The offset at the wall time read as UTC, then again at the instant it gives: right except in the night hour of a change.
  const offsetAt = (instant: number): number => {
    const name =
      new Intl.DateTimeFormat('en-US', { timeZone: EVENT_TIME_ZONE, timeZoneName: 'longOffset' })
        .formatToParts(instant)
        .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT'
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
    return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0
  }
  const offset = offsetAt(wall - offsetAt(wall) * 60_000)
  const sign = offset < 0 ? '-' : '+'
  const absolute = Math.abs(offset)
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`
}

const dateTime = (date: string, time?: string) => (time ? `${date}T${time}:00${parisOffset(date, time)}` : date)

export function organizationJsonLd(site: JsonLdSite): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    name: wording.site.name,
    description: wording.site.tagline,
    url: site.home,
    logo: { '@type': 'ImageObject', url: site.logo },
  }
}

export function websiteJsonLd(site: JsonLdSite): JsonLd {
  return { '@context': CONTEXT, '@type': 'WebSite', name: wording.site.name, url: site.home, inLanguage: 'fr-FR' }
}

const observatory = (site: JsonLdSite) => ({
  '@type': 'Organization',
  name: wording.site.name,
  url: site.home,
  logo: { '@type': 'ImageObject', url: site.logo },
})

export function eventJsonLd(event: AgendaEvent, site: JsonLdSite, path: string): JsonLd {
  const last = event.end ?? event.start
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: event.title,
    url: site.page(path),
    startDate: dateTime(event.start, event.startTime),
    endDate: event.endTime ? dateTime(last, event.endTime) : last,
    eventStatus: `${CONTEXT}/EventScheduled`,
    eventAttendanceMode: `${CONTEXT}/OfflineEventAttendanceMode`,
    ...(event.location ? { location: { '@type': 'Place', name: event.location, address: event.location } } : {}),
    ...(event.photos?.length ? { image: event.photos.map((photo) => site.asset(photo.src)) } : {}),
    ...(event.description ? { description: event.description } : {}),
    organizer: observatory(site),
  }
}

export function articleJsonLd(article: Article, site: JsonLdSite, path: string, image: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: article.title,
    url: site.page(path),
    mainEntityOfPage: site.page(path),
    datePublished: article.date,
    image: [image],
    ...(article.summary ? { description: article.summary } : {}),
    inLanguage: 'fr-FR',
    author: observatory(site),
    publisher: observatory(site),
  }
}

export function breadcrumbJsonLd(crumbs: readonly Crumb[], site: JsonLdSite): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: site.page(crumb.path),
    })),
  }
}

/**
 * The text of a `<script type="application/ld+json">`: JSON where `<`, `>`, `&` and the line
 * separators U+2028/2029 are written as `\u` escapes, so `</script>` or `<!--` in the data
 * stays text inside the element and the JSON still parses to the same value.
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
