import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import type { Article, Publication } from '../src/content/schemas.ts'
import { makeEvent } from '../src/features/agenda/fixtures.ts'
import { FEED_SIZE } from './feeds.ts'
import { siteFiles } from './site-files.ts'
import { sitePaths, type SiteData } from './site-paths.ts'

const HOSTILE = 'Forum <b>emploi</b> </script> & ]]> « saisonnier »'
const photo = (n: number) => ({ src: `images/forum/${n}.jpg`, alt: `Photo ${n}`, width: 800, height: 600 })

const data: SiteData = {
  events: [
    makeEvent({ id: 'passe', title: 'Passé', start: '2017-06-21', startTime: '09:30', endTime: '12:00', location: 'Cayenne' }),
    makeEvent({ id: 'ancien', title: 'Ancien', start: '2017-05-02' }),
    makeEvent({
      id: 'forum',
      title: HOSTILE,
      start: '2027-01-30',
      end: '2027-02-01',
      description: '<img src=x onerror=alert(1)>',
      photos: [photo(1), photo(2)],
    }),
    makeEvent({ id: 'prochain', title: 'Prochain', start: '2026-12-10', startTime: '14:00' }),
  ],
  articles: [
    { id: 'ancien', title: 'Ancien article', date: '2016-03-01', body: [{ type: 'paragraph', text: 'Texte ancien.' }] },
    { id: 'poles', title: HOSTILE, date: '2017-05-02', summary: '<script>alert(1)</script>', body: [{ type: 'paragraph', text: 'x' }] },
  ] satisfies Article[],
  publications: [
    { id: 'tourisme', title: 'Le tourisme', date: '2016-04', type: 'Étude sectorielle', sectors: ['Tourisme'], url: 'files/tourisme.pdf' },
    { id: 'optique', title: HOSTILE, date: '2017-02-15', type: 'Fiche métier', sectors: [], summary: 'Résumé' },
  ] satisfies Publication[],
}

const HOME = 'https://exemple.fr/sous-dossier/'
const NOW = new Date('2026-12-02T17:00:00Z')
const files = siteFiles(data, HOME, NOW, '/sous-dossier/')

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link', 'url'].includes(name),
})

interface AtomEntry {
  id: string
  title: { '#text': string; '@type': string }
  summary: { '#text': string; '@type': string }
  link: { '@href': string }[]
  updated: string
}

function feed(name: string): { title: { '#text': string }; entry: AtomEntry[]; link: { '@rel': string; '@href': string }[] } {
  const xml = files[name]!
  expect(XMLValidator.validate(xml)).toBe(true)
  return parser.parse(xml).feed
}

describe('sitePaths', () => {
  it('lists the screens, section 7’s pages, each article and event, agenda months and days with events and each photo', () => {
    const paths = sitePaths(data)
    expect(paths).toEqual(expect.arrayContaining(['/', '/agenda', '/galerie', '/publications', '/actualites', '/plan-du-site', '/contact']))
    expect(paths).toEqual(expect.arrayContaining(['/actualites/poles', '/evenements/forum', '/galerie/forum/1', '/galerie/forum/2']))
    // A multi-day event across a month's end: both months and its three days.
    expect(paths).toEqual(
      expect.arrayContaining(['/agenda/2027-01', '/agenda/2027-02', '/agenda/2027-01-30', '/agenda/2027-01-31', '/agenda/2027-02-01']),
    )
    expect(paths).not.toContain('/agenda/2017-07')
    expect(paths).not.toContain('/galerie/forum/3')
    expect(new Set(paths).size).toBe(paths.length)
  })

  it('lists every further page of the long lists, and none past their end', () => {
    const many = <T>(count: number, make: (n: number) => T) => Array.from({ length: count }, (_, index) => make(index + 1))
    const paths = sitePaths({
      events: many(49, (n) => makeEvent({ id: `album-${n}`, start: '2017-06-21', photos: [photo(1)] })),
      articles: many(20, (n) => ({
        id: `article-${n}`,
        title: `Article ${n}`,
        date: '2017-05-02',
        body: [{ type: 'paragraph', text: 'x' }],
      })),
      publications: many(41, (n) => ({
        id: `publication-${n}`,
        title: `Publication ${n}`,
        date: '2016-04',
        type: 'Fiche métier',
        sectors: [],
      })),
    })
    expect(paths.filter((path) => path.startsWith('/publications'))).toEqual([
      '/publications',
      '/publications/page/2',
      '/publications/page/3',
    ])
    expect(paths.filter((path) => /^\/actualites(\/page|$)/.test(path))).toEqual(['/actualites'])
    expect(paths.filter((path) => /^\/galerie(\/page|$)/.test(path))).toEqual(['/galerie', '/galerie/page-2', '/galerie/page-3'])
  })
})

describe('siteFiles', () => {
  it('writes the sitemap from the same list of pages, with absolute addresses under the base', () => {
    const sitemap = parser.parse(files['sitemap.xml']!).urlset as { url: { loc: string }[] }
    expect(sitemap.url.map((url) => url.loc)).toEqual(sitePaths(data).map((path) => `${HOME}${path.slice(1)}`))
    expect(files['robots.txt']).toContain(`Sitemap: ${HOME}sitemap.xml`)
  })

  it('gives the app to every other path under the base', () => {
    expect(files._redirects).toMatch(/^\/sous-dossier\/\* +\/sous-dossier\/index\.html +200$/m)
  })

  it('writes every event in agenda.ics, linking to its page', () => {
    expect(files['agenda.ics']!.match(/BEGIN:VEVENT/g)).toHaveLength(4)
    expect(files['agenda.ics']!.replace(/\r\n /g, '')).toContain(`URL:${HOME}evenements/forum`)
  })

  it('writes the articles’ feed newest first, titles and summaries as plain text', () => {
    const news = feed('flux/actualites.xml')
    expect(news.title['#text']).toBe('Actualités du CARIF-OREF')
    expect(news.link.find((link) => link['@rel'] === 'self')?.['@href']).toBe(`${HOME}flux/actualites.xml`)
    expect(news.entry.map((entry) => entry.id)).toEqual([`${HOME}actualites/poles`, `${HOME}actualites/ancien`])
    const [first] = news.entry
    expect(first?.title).toEqual({ '#text': HOSTILE, '@type': 'text' })
    expect(first?.summary).toEqual({ '#text': '<script>alert(1)</script>', '@type': 'text' })
    expect(first?.updated).toBe('2017-05-02T00:00:00+02:00')
    expect(files['flux/actualites.xml']).not.toMatch(/type="html"|CDATA|<script|<b>/)
  })

  it('writes the agenda’s feed with the coming events first, then the latest past ones', () => {
    const agenda = feed('flux/agenda.xml')
    expect(agenda.entry.map((entry) => entry.id.split('/').pop())).toEqual(['prochain', 'forum', 'passe', 'ancien'])
    expect(agenda.entry[0]?.updated).toBe('2026-12-10T14:00:00+01:00')
    expect(agenda.entry[1]?.summary['#text']).toContain('<img src=x onerror=alert(1)>')
    expect(agenda.entry.every((entry) => entry.title['@type'] === 'text' && entry.summary['@type'] === 'text')).toBe(true)
  })

  it('links each publication to its document, newest first', () => {
    const publications = feed('flux/publications.xml')
    expect(publications.entry.map((entry) => entry.link[0]?.['@href'])).toEqual([`${HOME}publications`, `${HOME}files/tourisme.pdf`])
    expect(publications.entry[1]?.updated).toBe('2016-04-01T00:00:00+02:00')
  })

  it('keeps each feed to its latest entries', () => {
    const many = Array.from({ length: FEED_SIZE + 5 }, (_, index) => makeEvent({ id: `e${index}`, start: '2017-06-01' }))
    const big = siteFiles({ ...data, events: many }, HOME, NOW, '/sous-dossier/')['flux/agenda.xml']!
    expect(big.match(/<entry>/g)).toHaveLength(FEED_SIZE)
  })
})
