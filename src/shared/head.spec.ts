// @vitest-environment happy-dom
import { structuredDataTestHtml, type StructuredDataPreset, type StructuredDataResult } from 'structured-data-testing-tool'
import { Facebook, Google, Twitter } from 'structured-data-testing-tool/presets'
import { describe, expect, it } from 'vitest'
import type { Article } from '../content/schemas'
import { makeEvent } from '../features/agenda/fixtures'
import { excerpt, headTags, HOME_CRUMB, withHead, type PageMeta } from './head'

const site = { home: 'https://exemple.fr/sous-dossier/' }
const HOSTILE = 'Forum </script><script>alert(1)</script> <!-- "citation" & l’emploi'

const photo = { src: 'images/forum/1.jpg', alt: 'Le stand « emploi »', width: 1600, height: 1067 }
const event = makeEvent({
  id: 'forum',
  title: HOSTILE,
  start: '2017-06-21',
  startTime: '09:30',
  endTime: '12:30',
  location: 'Cayenne',
  description: 'Un forum.',
  photos: [photo],
})
const article: Article = { id: 'poles', title: HOSTILE, date: '2017-05-02', body: [{ type: 'paragraph', text: 'Texte.' }] }

const eventMeta: PageMeta = {
  title: event.title,
  description: 'Un forum.',
  path: '/evenements/forum',
  image: photo,
  type: 'article',
  subject: { kind: 'event', event },
  breadcrumb: [HOME_CRUMB, { name: 'Agenda', path: '/agenda/2017-06' }],
}

/** Google's required and recommended Event fields (the Google preset has none for events). */
const GoogleEvent: StructuredDataPreset = {
  name: 'Google Event',
  schema: 'Event',
  conditional: { test: 'Event' },
  tests: [
    'name',
    'startDate',
    'endDate',
    'location.name',
    'location.address',
    'image',
    'description',
    'organizer.name',
    'eventStatus',
    'eventAttendanceMode',
  ].map((field) => ({ test: `Event[*].${field}` })),
}

/** The page's HTML as a crawler reads it, checked with structured-data-testing-tool. */
async function check(meta: PageMeta, schemas: string[]): Promise<StructuredDataResult> {
  const html = `<!doctype html><html lang="fr"><head>${headTags(meta, site)}</head><body></body></html>`
  const result = await structuredDataTestHtml(html, { presets: [Google, Twitter, Facebook, GoogleEvent], schemas }).catch(
    (error: { res?: StructuredDataResult }) => {
      throw new Error(JSON.stringify(error.res?.failed.map((test) => test.description ?? test.test) ?? error))
    },
  )
  expect(result.failed).toEqual([])
  return result
}

function parse(meta: PageMeta): Document {
  return new DOMParser().parseFromString(`<html><head>${headTags(meta, site)}</head></html>`, 'text/html')
}

const content = (document: Document, selector: string) => document.querySelector(selector)?.getAttribute('content')

describe('headTags', () => {
  it('writes the title, description, canonical, Open Graph and Twitter card with absolute addresses', () => {
    const head = parse(eventMeta)
    expect(head.title).toBe(`${HOSTILE} — CARIF-OREF`)
    expect(content(head, 'meta[name="description"]')).toBe('Un forum.')
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://exemple.fr/sous-dossier/evenements/forum')
    expect(content(head, 'meta[property="og:url"]')).toBe('https://exemple.fr/sous-dossier/evenements/forum')
    expect(content(head, 'meta[property="og:title"]')).toBe(HOSTILE)
    expect(content(head, 'meta[property="og:locale"]')).toBe('fr_FR')
    expect(content(head, 'meta[property="og:image"]')).toBe('https://exemple.fr/sous-dossier/images/forum/1.jpg')
    expect(content(head, 'meta[property="og:image:width"]')).toBe('1600')
    expect(content(head, 'meta[property="og:image:height"]')).toBe('1067')
    expect(content(head, 'meta[property="og:image:alt"]')).toBe('Le stand « emploi »')
    expect(content(head, 'meta[name="twitter:card"]')).toBe('summary_large_image')
    expect(content(head, 'meta[name="twitter:image"]')).toBe('https://exemple.fr/sous-dossier/images/forum/1.jpg')
  })

  it('falls back to the site’s share image, and takes a photo from the host’s root or another site as it is', () => {
    const plain = parse({ title: 'Publications', description: 'Toutes.', path: '/publications' })
    expect(content(plain, 'meta[property="og:image"]')).toBe('https://exemple.fr/sous-dossier/partage.png')
    expect(content(plain, 'meta[property="og:image:width"]')).toBe('1200')
    expect(content(plain, 'meta[property="og:image:height"]')).toBe('630')
    const rooted = parse({ title: 'x', description: 'x', image: { src: '/photos/1.jpg', alt: 'x' } })
    expect(content(rooted, 'meta[property="og:image"]')).toBe('https://exemple.fr/photos/1.jpg')
    expect(rooted.querySelector('meta[property="og:image:width"]')).toBeNull()
  })

  it('announces the three Atom feeds on every page', () => {
    const links = [...parse({ title: 'x', description: 'x' }).querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')]
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://exemple.fr/sous-dossier/flux/actualites.xml',
      'https://exemple.fr/sous-dossier/flux/publications.xml',
      'https://exemple.fr/sous-dossier/flux/agenda.xml',
    ])
  })

  it('keeps markup from the data as text, in attributes and in JSON-LD', () => {
    const html = headTags(eventMeta, site)
    expect(html).not.toContain('<script>alert')
    expect(html.match(/<\/script>/g)).toHaveLength(html.match(/<script type="application\/ld\+json">/g)!.length)
    const scripts = [...parse(eventMeta).querySelectorAll('script[type="application/ld+json"]')]
    const data = scripts.map((script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>)
    expect(data.map((object) => object['@type'])).toEqual(['Event', 'BreadcrumbList'])
    expect(data[0]?.name).toBe(HOSTILE)
    expect(data.every((object) => object['@context'] === 'https://schema.org' && !('@graph' in object))).toBe(true)
  })

  it('is checked by presets that fail a page without its tags or its event’s place', async () => {
    await expect(
      structuredDataTestHtml('<html><head><title>x</title></head></html>', { presets: [Twitter, Facebook] }),
    ).rejects.toBeDefined()
    const placeless = { ...eventMeta, subject: { kind: 'event', event: { ...event, location: undefined } } } satisfies PageMeta
    await expect(check(placeless, ['Event'])).rejects.toThrow(/location/)
  })

  it('passes the Google, Twitter and Facebook presets on an event page', async () => {
    const result = await check(eventMeta, ['Event', 'BreadcrumbList'])
    expect(result.schemas).toEqual(expect.arrayContaining(['Event', 'BreadcrumbList']))
  })

  it('passes them on an article, with the observatory as author and publisher', async () => {
    const result = await check(
      { title: article.title, description: 'x', path: '/actualites/poles', type: 'article', subject: { kind: 'article', article } },
      ['Article'],
    )
    const [data] = result.structuredData.jsonld.Article as Record<string, { name: string; logo: { url: string } }>[]
    expect(data?.author?.name).toBe('CARIF-OREF')
    expect(data?.publisher?.logo.url).toBe('https://exemple.fr/sous-dossier/logo.png')
  })

  it('passes them on the home page, with Organization and WebSite', async () => {
    const result = await check({ title: 'Accueil', description: 'x', path: '/', subject: { kind: 'home' } }, ['Organization', 'WebSite'])
    expect(result.schemas).toEqual(expect.arrayContaining(['Organization', 'WebSite']))
  })
})

describe('withHead', () => {
  it('puts the page’s head in the built index.html instead of its generic title and description', () => {
    const template =
      '<html><head>\n<meta charset="utf-8" />\n<meta name="description" content="Générique" />\n<title>CARIF-OREF</title>\n</head><body></body></html>'
    const html = withHead(template, headTags({ title: 'Agenda', description: 'Juin.' }, site))
    const document = new DOMParser().parseFromString(html, 'text/html')
    expect(document.querySelectorAll('title')).toHaveLength(1)
    expect(document.title).toBe('Agenda — CARIF-OREF')
    expect([...document.querySelectorAll('meta[name="description"]')].map((meta) => meta.getAttribute('content'))).toEqual(['Juin.'])
    expect(document.querySelector('meta[charset]')).not.toBeNull()
  })

  it('finds the generic description however the shell lays out its tag', () => {
    const template = '<html><head>\n<meta\n  name="description"\n  content="Générique"\n/>\n</head><body></body></html>'
    const html = withHead(template, headTags({ title: 'Agenda', description: 'Juin.' }, site))
    const document = new DOMParser().parseFromString(html, 'text/html')
    expect([...document.querySelectorAll('meta[name="description"]')].map((meta) => meta.getAttribute('content'))).toEqual(['Juin.'])
  })

  it('keeps replacement patterns of a title from the data as text', () => {
    const html = withHead('<html><head></head><body></body></html>', headTags({ title: "Prix $& et $' du mois", description: 'x' }, site))
    expect(new DOMParser().parseFromString(html, 'text/html').title).toBe("Prix $& et $' du mois — CARIF-OREF")
  })
})

describe('excerpt', () => {
  it('keeps a short text and cuts a long one at a word', () => {
    expect(excerpt('  Un   forum.\n')).toBe('Un forum.')
    const long = excerpt('mot '.repeat(60))
    expect(long.length).toBeLessThanOrEqual(160)
    expect(long).toMatch(/ mot…$/)
  })
})
