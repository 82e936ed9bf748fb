import { afterEach, describe, expect, it, vi } from 'vitest'
import { dataUrl, LoadError, loadJson, loadRecordFile } from './load'
import { EventSchema, SiteSchema } from './schemas'

const respond = (body: string, status = 200) => vi.fn(async () => new Response(body, { status }))
const valid = { id: 'a', title: 'Atelier', start: '2017-06-21' }

afterEach(() => vi.restoreAllMocks())

describe('loadJson', () => {
  it('fetches data/<file> under the site base', () => {
    expect(dataUrl('events.json', '/')).toBe('/data/events.json')
    expect(dataUrl('events.json', '/sous-dossier')).toBe('/sous-dossier/data/events.json')
  })

  it('returns the valid records and warns about each skipped one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const fetcher = respond(JSON.stringify({ events: [valid, { id: 'b', title: 'x', start: 'demain' }] }))
    const events = await loadJson('events.json', 'events', EventSchema, fetcher)
    expect(events).toEqual([valid])
    expect(warn).toHaveBeenCalledOnce()
    expect(warn.mock.calls[0]?.[0]).toMatch(/^events\.json : enregistrement n° 1 ignoré \(start\)/)
  })

  it('reads the file as UTF-8, with or without a byte order mark', async () => {
    const accented = { ...valid, title: 'Journée « Métiers de l’œnologie »' }
    const body = JSON.stringify({ events: [accented] })
    for (const text of [body, `\uFEFF${body}`]) {
      expect(await loadJson('events.json', 'events', EventSchema, respond(text))).toEqual([accented])
    }
  })

  it.each([
    ['an HTTP 404', respond('introuvable', 404), 'http'],
    ['an HTTP 500', respond('erreur', 500), 'http'],
    ['a file that is not JSON', respond('<!doctype html><p>Accueil</p>'), 'json'],
    ['an empty file', respond(''), 'json'],
    ['a file of the wrong shape', respond('{"evenements": []}'), 'shape'],
    ['a network failure', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))), 'network'],
  ])('fails with a LoadError on %s', async (_case, fetcher, failure) => {
    const error = await loadJson('events.json', 'events', EventSchema, fetcher).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(LoadError)
    expect(error).toMatchObject({ file: 'events.json', failure })
  })
})

describe('loadRecordFile', () => {
  const site = {
    name: 'CARIF-OREF',
    address: { street: '10 place de l’Emploi', postalCode: '69003', city: 'Lyon' },
    email: 'contact@carif-oref.fr',
    phone: '04 65 71 20 30',
    director: 'Claire Martin',
    host: { name: 'Hébergeur', address: { street: '2 rue', postalCode: '59100', city: 'Roubaix' } },
    accessibility: { status: 'partiellement', rate: 86 },
  }

  it('returns the one record under its key, and its version', async () => {
    const loaded = await loadRecordFile(
      'site.json',
      'site',
      SiteSchema,
      respond(JSON.stringify({ $schema: './schemas/site.schema.json', site })),
    )
    expect(loaded.record).toEqual(site)
    expect(loaded.version).toMatch(/^[0-9a-z]+$/)
  })

  it.each([
    ['a list instead of one record', JSON.stringify({ site: [site] }), 'shape'],
    ['no record under the key', JSON.stringify({ parametres: site }), 'shape'],
    ['an invalid record, refused whole', JSON.stringify({ site: { ...site, accessibility: { status: 'conforme' } } }), 'shape'],
    ['a file that is not JSON', '<!doctype html>', 'json'],
  ])('fails with a LoadError on %s', async (_case, body, failure) => {
    const error = await loadRecordFile('site.json', 'site', SiteSchema, respond(body)).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(LoadError)
    expect(error).toMatchObject({ file: 'site.json', failure })
  })

  it('names every faulty field of the record', async () => {
    const error = await loadRecordFile(
      'site.json',
      'site',
      SiteSchema,
      respond(JSON.stringify({ site: { ...site, email: 'x', director: '' } })),
    ).catch((caught: unknown) => caught)
    expect(String(error)).toMatch(/email : adresse électronique invalide ; director : ne doit pas être vide/)
  })
})
