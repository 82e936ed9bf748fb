/**
 * The page head (README, « Quality gates », SEO and sharing). Each screen calls `usePageMeta(meta)` once with what it is about:
 *
 * - in the browser, it keeps `document.title`, the meta description and the canonical link up to date;
 * - under Vue's server renderer, it stores the page's `PageMeta` in the SSR context, so the prerender
 *   turns it into the page's `<head>`:
 *
 *   ```ts
 *   const context: { pageMeta?: PageMeta } = {}
 *   const body = await renderToString(app, context)
 *   const html = withHead(template, headTags(context.pageMeta!, { home: siteHome(config) })) // build/site-files.ts
 *   ```
 *
 * `headTags` writes the escaped HTML: title, description, canonical, Open Graph, Twitter card,
 * the three Atom feeds and the JSON-LD objects, every address absolute.
 */
import { computed, toValue, useSSRContext, watchEffect, type MaybeRefOrGetter } from 'vue'
import { useRoute } from 'vue-router'
import type { AgendaEvent, Article } from '../content/schemas.ts'
import {
  articleJsonLd,
  breadcrumbJsonLd,
  eventJsonLd,
  jsonLdText,
  organizationJsonLd,
  websiteJsonLd,
  type Crumb,
  type JsonLd,
  type JsonLdSite,
} from './json-ld.ts'
import { links } from './links.ts'
import { wording } from './wording.ts'

export interface ShareImage {
  /** An address as the data writes it (`images/x/1.jpg`, `/x.png`, `https://…`). */
  src: string
  alt: string
  width?: number
  height?: number
}

/** What the page is about, for its JSON-LD. */
export type PageSubject = { kind: 'home' } | { kind: 'event'; event: AgendaEvent } | { kind: 'article'; article: Article }

export interface PageMeta {
  /** The page's own title; `<title>` adds the site's name. */
  title: string
  description: string
  /** The page's path within the site (`/evenements/x`); `usePageMeta` takes the route's. */
  path?: string
  /** The share image; the site's default one when absent. */
  image?: ShareImage
  /** `og:type`: `article` for articles and events, else `website`. */
  type?: 'website' | 'article'
  subject?: PageSubject
  /** From the home page to this page's parent (the page itself is added). */
  breadcrumb?: Crumb[]
}

export interface HeadSite {
  /** The site's home page, absolute, with its base path: `https://exemple.fr/sous-dossier/`. */
  home: string
}

/** The default share image and the logo, in `public/` (1200×630 and 512×512). */
export const DEFAULT_SHARE_IMAGE = { src: 'partage.png', alt: wording.meta.shareImageAlt, width: 1200, height: 630 } as const
export const LOGO = 'logo.png'

export const FEEDS = [
  { path: 'flux/actualites.xml', title: wording.meta.feeds.news },
  { path: 'flux/publications.xml', title: wording.meta.feeds.publications },
  { path: 'flux/agenda.xml', title: wording.meta.feeds.agenda },
] as const

export const HOME_CRUMB: Crumb = { name: wording.nav.home, path: links.home() }

/** A description of at most `max` characters, cut at a word with an ellipsis. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.]+$/, '')}…`
}

export const fullTitle = (meta: Pick<PageMeta, 'title'>): string => wording.site.titleTemplate.replace('%s', () => meta.title)

/** A site path (`/agenda`, under the base) made absolute. */
export const pageUrl = (path: string, home: string): string => new URL(path.replace(/^\//, ''), home).href

/** A data address made absolute: `images/x.jpg` under the base, `/x.jpg` from the host's root, `https://…` as is. */
export const assetUrl = (address: string, home: string): string => new URL(address, home).href

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!)

function jsonLdOf(meta: PageMeta, path: string, site: JsonLdSite, image: string): JsonLd[] {
  const subject = meta.subject
  const objects: JsonLd[] = []
  if (subject?.kind === 'home') objects.push(organizationJsonLd(site), websiteJsonLd(site))
  if (subject?.kind === 'event') objects.push(eventJsonLd(subject.event, site, path))
  if (subject?.kind === 'article') objects.push(articleJsonLd(subject.article, site, path, image))
  if (meta.breadcrumb) objects.push(breadcrumbJsonLd([...meta.breadcrumb, { name: meta.title, path }], site))
  return objects
}

/** The `<head>` HTML of a page: every text escaped, every address absolute. */
export function headTags(meta: PageMeta, site: HeadSite): string {
  const page = (sitePath: string) => pageUrl(sitePath, site.home)
  const asset = (address: string) => assetUrl(address, site.home)
  const path = meta.path ?? links.home()
  const image = meta.image ?? DEFAULT_SHARE_IMAGE
  const title = fullTitle(meta)
  const properties: [string, string | number | undefined][] = [
    ['og:title', meta.title],
    ['og:description', meta.description],
    ['og:url', page(path)],
    ['og:type', meta.type ?? 'website'],
    ['og:locale', 'fr_FR'],
    ['og:site_name', wording.site.name],
    ['og:image', asset(image.src)],
    ['og:image:width', image.width],
    ['og:image:height', image.height],
    ['og:image:alt', image.alt],
  ]
  const names: [string, string][] = [
    ['description', meta.description],
    ['twitter:card', 'summary_large_image'],
    ['twitter:title', meta.title],
    ['twitter:description', meta.description],
    ['twitter:image', asset(image.src)],
    ['twitter:image:alt', image.alt],
  ]
  const jsonLdSite: JsonLdSite = { home: site.home, page, asset, logo: asset(LOGO) }
  return [
    `<title>${escapeHtml(title)}</title>`,
    ...names.map(([name, content]) => `<meta name="${name}" content="${escapeHtml(content)}">`),
    `<link rel="canonical" href="${escapeHtml(page(path))}">`,
    ...properties
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
      .map(([property, content]) => `<meta property="${property}" content="${escapeHtml(String(content))}">`),
    ...FEEDS.map(
      (feed) =>
        `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(feed.title)}" href="${escapeHtml(asset(feed.path))}">`,
    ),
    ...jsonLdOf(meta, path, jsonLdSite, asset(image.src)).map((data) => `<script type="application/ld+json">${jsonLdText(data)}</script>`),
  ].join('\n')
}

/** The built index.html with its generic `<title>` and description replaced by a page's head tags. */
export function withHead(template: string, tags: string): string {
  return (
    template
      .replace(/<title>[^<]*<\/title>\s*/, '')
      .replace(/<meta\s+name="description"[^>]*>\s*/, '')
      // A function, so that `$&` or `$'` in a title from the data is text, not a replacement pattern.
      .replace('</head>', () => `${tags}\n</head>`)
  )
}

/** The site's home page in the browser: `SITE_URL` given at build, else the page's own origin. */
function browserHome(): string {
  return `${import.meta.env.VITE_SITE_URL ?? window.location.origin}${import.meta.env.BASE_URL}`
}

function setHeadAttribute(selector: string, create: () => HTMLElement, attribute: string, value: string): void {
  let element = document.head.querySelector(selector)
  if (!element) document.head.append((element = create()))
  element.setAttribute(attribute, value)
}

function applyToDocument(meta: PageMeta): void {
  document.title = fullTitle(meta)
  setHeadAttribute(
    'meta[name="description"]',
    () => Object.assign(document.createElement('meta'), { name: 'description' }),
    'content',
    meta.description,
  )
  const canonical = pageUrl(meta.path ?? links.home(), browserHome())
  setHeadAttribute('link[rel="canonical"]', () => Object.assign(document.createElement('link'), { rel: 'canonical' }), 'href', canonical)
}

/** Declares the calling screen's head: see the top of this file. */
export function usePageMeta(meta: MaybeRefOrGetter<PageMeta>): void {
  const route = useRoute()
  const resolved = computed<PageMeta>(() => ({ path: route.path, ...toValue(meta) }))
  if (import.meta.env.SSR) {
    // Screens set up parent first: a "Page introuvable" inside a screen has the last word.
    const context = useSSRContext<{ pageMeta?: PageMeta }>()
    if (context) context.pageMeta = resolved.value
    return
  }
  watchEffect(() => applyToDocument(resolved.value))
}
