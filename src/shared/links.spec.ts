import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { links, paths } from './links'

describe('links', () => {
  it('builds the path of every screen', () => {
    expect(links.home()).toBe('/')
    expect(links.agenda()).toBe('/agenda')
    expect(links.agenda('2017-06')).toBe('/agenda/2017-06')
    expect(links.agenda('2017-06-21')).toBe('/agenda/2017-06-21')
    expect(links.event('2017-06-21-comite')).toBe('/evenements/2017-06-21-comite')
    expect(links.gallery()).toBe('/galerie')
    expect(links.gallery('forum')).toBe('/galerie/forum/1')
    expect(links.gallery('forum', 3)).toBe('/galerie/forum/3')
    expect(links.news()).toBe('/actualites')
    expect(links.article('poles')).toBe('/actualites/poles')
    expect(links.accessibility()).toBe('/accessibilite')
    expect(links.legalNotice()).toBe('/mentions-legales')
    expect(links.privacy()).toBe('/donnees-personnelles')
    expect(links.siteMap()).toBe('/plan-du-site')
    expect(links.contact()).toBe('/contact')
  })

  it('writes the publication filters and the search as an encoded query', () => {
    expect(links.publications()).toBe('/publications')
    expect(links.publications({ secteur: 'tourisme' })).toBe('/publications?secteur=tourisme')
    expect(links.publications({ secteur: ['tourisme', 'sante'], q: 'métiers d’art', annee: '2016', type: 'etude-sectorielle' })).toBe(
      '/publications?secteur=tourisme&secteur=sante&q=m%C3%A9tiers%20d%E2%80%99art&annee=2016&type=etude-sectorielle',
    )
    expect(links.publications({ q: '' })).toBe('/publications')
    expect(links.search()).toBe('/recherche')
    expect(links.search('a&b=c')).toBe('/recherche?q=a%26b%3Dc')
  })

  it('gives each long list’s further pages a path, page 1 being the list itself', () => {
    expect(links.publications({ page: 1 })).toBe('/publications')
    expect(links.publications({ page: 2 })).toBe('/publications/page/2')
    expect(links.publications({ page: 12, secteur: ['tourisme', 'sante'], q: 'vae' })).toBe(
      '/publications/page/12?secteur=tourisme&secteur=sante&q=vae',
    )
    expect(links.news({ page: 1 })).toBe('/actualites')
    expect(links.news({ page: 3 })).toBe('/actualites/page/3')
    expect(links.galleryPage()).toBe('/galerie')
    expect(links.galleryPage({ page: 2 })).toBe('/galerie/page-2')
  })

  it('keeps every part of a path inside its segment', () => {
    expect(links.event('a/b?c')).toBe('/evenements/a%2Fb%3Fc')
  })
})

// Paths are built by `links.ts` only: a path written by hand elsewhere is the drift this
// module exists to stop. Specs and end-to-end tests may spell URLs out: they check them.
const ROOT = join(import.meta.dirname, '../..')
const SCANNED = ['src', 'scripts', 'build']
const SOURCE = /\.(ts|vue|js|mjs)$/

function sources(folder: string): string[] {
  let entries
  try {
    entries = readdirSync(folder, { withFileTypes: true })
  } catch {
    return []
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sources(path)
    return SOURCE.test(entry.name) && !entry.name.endsWith('.spec.ts') && !path.endsWith(join('shared', 'links.ts')) ? [path] : []
  })
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const prefixes = Object.values(paths).filter((path) => path !== paths.home)
const HAND_WRITTEN = [
  // A quoted path that starts with a screen's segment: '/agenda', `/evenements/${id}`, "/galerie?…"
  new RegExp(`['"\`](${prefixes.map(escape).join('|')})(?=[/?#'"\`])`),
  // The home page: to="/", to: '/', push('/'), open('/')…
  /(?:\bto=|\bto: |\bpath: |\b(?:push|replace|open|goto|resolve)\()['"`]\/['"`]/,
]
const isComment = (line: string) => /^\s*(\*|\/\/|\/\*|<!--)/.test(line)

it('finds no path written by hand outside links.ts', () => {
  const found = SCANNED.flatMap((folder) => sources(join(ROOT, folder))).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        !isComment(line) && HAND_WRITTEN.some((pattern) => pattern.test(line))
          ? [`${relative(ROOT, file)}:${index + 1}: ${line.trim()}`]
          : [],
      ),
  )
  expect(found).toEqual([])
})

it('would find one', () => {
  const lines = ['<RouterLink to="/agenda">', 'router.push(`/evenements/${id}`)', "{ path: '/publications', query }", "open('/')"]
  for (const line of lines) expect(HAND_WRITTEN.some((pattern) => pattern.test(line))).toBe(true)
  expect(HAND_WRITTEN.some((pattern) => pattern.test("address.startsWith('/')"))).toBe(false)
})
