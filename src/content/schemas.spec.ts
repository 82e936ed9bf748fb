import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { ArticleSchema, EventSchema, PublicationSchema, SiteSchema } from './schemas'

const photo = { src: 'images/vae/1.jpg', alt: 'Une salle de réunion', width: 1600, height: 1067 }
const event = { id: '2017-06-21-comite', title: 'Comité d’orientation', start: '2017-06-21' }
const publication = {
  id: 'secteur-tourisme',
  title: 'Secteur du Tourisme',
  date: '2016-03',
  type: 'Étude sectorielle',
  sectors: ['Tourisme'],
}
const article = { id: 'poles', title: 'Les pôles', date: '2017-03-31', body: [{ type: 'paragraph', text: 'Texte.' }] }

/** The path of the first problem, or "valid". */
function verdict(schema: v.GenericSchema, record: unknown): string {
  const result = v.safeParse(schema, record)
  return result.success ? 'valid' : (result.issues[0].path ?? []).map((step) => String(step.key)).join('.') || '(record)'
}

describe('EventSchema', () => {
  it('accepts a minimal event and a full one, ignoring unknown fields', () => {
    expect(verdict(EventSchema, event)).toBe('valid')
    const full = {
      ...event,
      end: '2017-06-23',
      startTime: '09:00',
      endTime: '23:59',
      location: 'Salle 2',
      description: 'Texte',
      category: 'Réunion',
      photos: [photo, { ...photo, caption: 'Légende', thumb: '/images/vae/1-small.jpg' }],
      organiser: 'inconnu du contrat',
    }
    expect(verdict(EventSchema, full)).toBe('valid')
    expect(v.parse(EventSchema, full)).not.toHaveProperty('organiser')
  })

  it('accepts a photo without its pixel size: the build reads it from the file', () => {
    const unsized = { src: photo.src, alt: photo.alt }
    expect(verdict(EventSchema, { ...event, photos: [unsized] })).toBe('valid')
    expect(v.parse(EventSchema, { ...event, photos: [unsized] }).photos?.[0]).toEqual(unsized)
  })

  it('reads an optional field the back office cleared ("") as absent, and says in French what a wrong type is', () => {
    const cleared = { ...event, end: '', startTime: '', endTime: '', photos: [{ ...photo, width: '', height: '', thumb: '' }] }
    expect(v.parse(EventSchema, cleared)).toEqual({
      ...event,
      end: undefined,
      startTime: undefined,
      endTime: undefined,
      photos: [{ ...photo, width: undefined, height: undefined, thumb: undefined }],
    })
    expect(v.safeParse(EventSchema, { ...event, end: 20170623 }).issues?.[0].message).toBe('doit être du texte')
    expect(v.safeParse(EventSchema, { ...event, photos: [{ ...photo, width: '1600' }] }).issues?.[0].message).toBe('doit être un nombre')
    expect(v.parse(PublicationSchema, { ...publication, url: '' }).url).toBeUndefined()
    expect(v.parse(ArticleSchema, { ...article, source: { label: 'CGET', url: '' } }).source).toEqual({ label: 'CGET', url: undefined })
  })

  it('reads a cover or a source whose every field the back office cleared as absent, and names the faulty field of one partly filled', () => {
    expect(v.parse(PublicationSchema, { ...publication, cover: { src: '', alt: '' } }).cover).toBeUndefined()
    expect(v.parse(ArticleSchema, { ...article, source: { label: '', url: '' } }).source).toBeUndefined()
    expect(verdict(PublicationSchema, { ...publication, cover: { src: photo.src, alt: '' } })).toBe('cover.alt')
    expect(verdict(PublicationSchema, { ...publication, cover: { src: '', alt: 'Couverture' } })).toBe('cover.src')
    expect(verdict(ArticleSchema, { ...article, source: { label: '', url: 'https://www.cget.gouv.fr' } })).toBe('source.label')
    expect(verdict(PublicationSchema, { ...publication, cover: 'images/couverture.jpg' })).toBe('cover')
  })

  it.each([
    ['not an object', 'texte', '(record)'],
    ['a blank end', { ...event, end: ' ' }, 'end'],
    ['no id', { title: 'x', start: '2017-06-21' }, 'id'],
    ['an id with capitals or spaces', { ...event, id: 'Comité 21' }, 'id'],
    ['a blank title', { ...event, title: '   ' }, 'title'],
    ['a title that is not text', { ...event, title: 42 }, 'title'],
    ['no start', { id: 'a', title: 'x' }, 'start'],
    ['a start with a time', { ...event, start: '2017-06-21T10:00:00Z' }, 'start'],
    ['an impossible start', { ...event, start: '2017-02-29' }, 'start'],
    ['an end before the start', { ...event, end: '2017-06-20' }, 'end'],
    ['an impossible time', { ...event, startTime: '24:00' }, 'startTime'],
    ['a time without minutes', { ...event, endTime: '9h' }, 'endTime'],
    ['a location that is not text', { ...event, location: ['a'] }, 'location'],
    ['photos that are not a list', { ...event, photos: photo }, 'photos'],
    ['a photo with a javascript: address', { ...event, photos: [{ ...photo, src: 'javascript:alert(1)' }] }, 'photos.0.src'],
    ['a photo with a data: thumbnail', { ...event, photos: [{ ...photo, thumb: 'data:image/png;base64,AA' }] }, 'photos.0.thumb'],
    ['a photo without alt', { ...event, photos: [{ ...photo, alt: '' }] }, 'photos.0.alt'],
    ['a photo with a zero width', { ...event, photos: [{ ...photo, width: 0 }] }, 'photos.0.width'],
    ['a photo with a fractional height', { ...event, photos: [{ ...photo, height: 10.5 }] }, 'photos.0.height'],
  ])('refuses %s', (_case, record, path) => {
    expect(verdict(EventSchema, record)).toBe(path)
  })
})

describe('PublicationSchema', () => {
  it('accepts month and day precision, an empty sector list and a cover', () => {
    expect(verdict(PublicationSchema, publication)).toBe('valid')
    expect(verdict(PublicationSchema, { ...publication, date: '2016-03-15', sectors: [], cover: photo, url: 'files/a.pdf' })).toBe('valid')
    expect(verdict(PublicationSchema, { ...publication, cover: { src: 'a.png', alt: 'x' } })).toBe('valid')
  })

  it.each([
    ['a year alone', { ...publication, date: '2016' }, 'date'],
    ['an impossible month', { ...publication, date: '2016-13' }, 'date'],
    ['no type', { ...publication, type: '' }, 'type'],
    ['sectors that are not a list', { ...publication, sectors: 'Tourisme' }, 'sectors'],
    ['a sector with no letter', { ...publication, sectors: ['Tourisme', '—'] }, 'sectors.1'],
    ['a javascript: document', { ...publication, url: 'javascript:alert(1)' }, 'url'],
    ['a cover without alt', { ...publication, cover: { src: 'a.jpg' } }, 'cover.alt'],
  ])('refuses %s', (_case, record, path) => {
    expect(verdict(PublicationSchema, record)).toBe(path)
  })
})

describe('ArticleSchema', () => {
  it('accepts headings, paragraphs, lists and a source', () => {
    const full = {
      ...article,
      summary: 'Résumé',
      body: [
        { type: 'heading', text: 'Titre' },
        { type: 'paragraph', text: 'Texte' },
        { type: 'list', items: ['un', 'deux'] },
      ],
      source: { label: 'CGET, mars 2017' },
    }
    expect(verdict(ArticleSchema, full)).toBe('valid')
  })

  it.each([
    ['an empty body', { ...article, body: [] }, 'body'],
    ['an unknown block type', { ...article, body: [{ type: 'html', text: '<b>x</b>' }] }, 'body.0.type'],
    ['an empty list block', { ...article, body: [{ type: 'list', items: [] }] }, 'body.0.items'],
    ['a paragraph without text', { ...article, body: [{ type: 'paragraph' }] }, 'body.0.text'],
    ['a source without label', { ...article, source: { url: 'https://example.org' } }, 'source.label'],
    ['a data: source', { ...article, source: { label: 'x', url: 'data:text/html,<script>' } }, 'source.url'],
    ['a day-less date', { ...article, date: '2017-03' }, 'date'],
  ])('refuses %s', (_case, record, path) => {
    expect(verdict(ArticleSchema, record)).toBe(path)
  })
})

describe('SiteSchema', () => {
  const place = { street: '10 place de l’Emploi', postalCode: '69003', city: 'Lyon' }
  const site = {
    name: 'CARIF-OREF',
    address: place,
    email: 'contact@carif-oref.fr',
    phone: '04 65 71 20 30',
    director: 'Claire Martin',
    host: { name: 'Hébergeur', address: { ...place, country: 'France' } },
    accessibility: { status: 'partiellement' },
  }

  it('accepts the required settings alone, and a full audit', () => {
    expect(verdict(SiteSchema, site)).toBe('valid')
    const audit = {
      status: 'non',
      rate: 0,
      auditDate: '2026-11-20',
      declarationDate: '2026-11-27',
      auditor: 'audit interne',
      nonCompliant: ['Photos sans alternative'],
      derogations: [],
      exempt: ['Documents anciens'],
      technologies: ['HTML5'],
      testEnvironment: ['NVDA avec Firefox'],
      tools: ['axe-core'],
      pages: [
        { title: 'Accueil', path: '/' },
        { title: 'Agenda', path: '/agenda' },
      ],
    }
    expect(
      verdict(SiteSchema, {
        ...site,
        hours: 'Du lundi au vendredi',
        accessibility: audit,
        host: { ...site.host, phone: '+33 9 72 10 10 07', website: 'https://exemple.fr/' },
      }),
    ).toBe('valid')
    expect(verdict(SiteSchema, { ...site, accessibility: { ...audit, rate: 100, status: 'totalement' } })).toBe('valid')
  })

  it.each([
    ['not an object', 'CARIF-OREF', '(record)'],
    ['no name', { ...site, name: ' ' }, 'name'],
    ['an address as one string', { ...site, address: '10 place de l’Emploi, 69003 Lyon' }, 'address'],
    ['an address without city', { ...site, address: { ...place, city: '' } }, 'address.city'],
    ['an invalid e-mail', { ...site, email: 'contact(at)carif-oref.fr' }, 'email'],
    ['a phone with letters', { ...site, phone: '04 65 71 20 3O' }, 'phone'],
    ['no director', { ...site, director: undefined }, 'director'],
    ['a host without address', { ...site, host: { name: 'Hébergeur' } }, 'host.address'],
    ['a javascript: host website', { ...site, host: { ...site.host, website: 'javascript:alert(1)' } }, 'host.website'],
    ['no accessibility', { ...site, accessibility: undefined }, 'accessibility'],
    ['an unknown status', { ...site, accessibility: { status: 'conforme' } }, 'accessibility.status'],
    ['a rate over 100 %', { ...site, accessibility: { status: 'partiellement', rate: 120 } }, 'accessibility.rate'],
    ['a rate as text', { ...site, accessibility: { status: 'partiellement', rate: '86 %' } }, 'accessibility.rate'],
    ['an impossible audit date', { ...site, accessibility: { status: 'non', auditDate: '2026-02-30' } }, 'accessibility.auditDate'],
    [
      'an audited page on another host',
      { ...site, accessibility: { status: 'non', pages: [{ title: 'x', path: '//ailleurs.fr/' }] } },
      'accessibility.pages.0.path',
    ],
    [
      'non-compliances that are not a list',
      { ...site, accessibility: { status: 'non', nonCompliant: 'tout' } },
      'accessibility.nonCompliant',
    ],
  ])('refuses %s', (_case, record, path) => {
    expect(verdict(SiteSchema, record)).toBe(path)
  })
})

describe('text read on screen', () => {
  it('gets typographic apostrophes, whatever the data holds; addresses and ids are left as they are', () => {
    const event = v.parse(EventSchema, {
      id: 'salon',
      title: "Salon de l'orientation",
      start: '2017-10-30',
      description: "Aujourd'hui",
      photos: [{ src: "images/l'album/1.jpg", alt: "L'accueil", width: 4, height: 3 }],
    })
    expect(event.title).toBe('Salon de l’orientation')
    expect(event.description).toBe('Aujourd’hui')
    expect(event.photos?.[0]?.alt).toBe('L’accueil')
    expect(event.photos?.[0]?.src).toBe("images/l'album/1.jpg")
  })
})
