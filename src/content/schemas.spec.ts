import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { ArticleSchema, EventSchema, PublicationSchema } from './schemas'

const photo = { src: 'images/vae/1.jpg', alt: 'Une salle de réunion', width: 1600, height: 1067 }
const event = { id: '2017-06-21-comite', title: 'Comité d’orientation', start: '2017-06-21' }
const publication = { id: 'secteur-tourisme', title: 'Secteur du Tourisme', date: '2016-03', type: 'Étude sectorielle', sectors: ['Tourisme'] }
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

  it.each([
    ['not an object', 'texte', '(record)'],
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
  })

  it.each([
    ['a year alone', { ...publication, date: '2016' }, 'date'],
    ['an impossible month', { ...publication, date: '2016-13' }, 'date'],
    ['no type', { ...publication, type: '' }, 'type'],
    ['sectors that are not a list', { ...publication, sectors: 'Tourisme' }, 'sectors'],
    ['a sector with no letter', { ...publication, sectors: ['Tourisme', '—'] }, 'sectors.1'],
    ['a javascript: document', { ...publication, url: 'javascript:alert(1)' }, 'url'],
    ['a cover without size', { ...publication, cover: { src: 'a.jpg', alt: 'x' } }, 'cover.width'],
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
