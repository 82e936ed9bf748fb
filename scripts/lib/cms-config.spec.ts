/**
 * The back office's configuration (`public/admin/config.yml`) against the data contract
 * (`src/content/schemas.ts`): one collection per data file, each field the schema's.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import * as schemas from '../../src/content/schemas.ts'
import { cmsFields, drift, schemaFields, type Fields } from './cms-fields.ts'

const config: unknown = parse(readFileSync('public/admin/config.yml', 'utf8'))
const get = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined)
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/** The photos' sizes and thumbnails are the build's work, not the editors'. */
const PHOTO_BY_BUILD = ['width', 'height', 'thumb']
const leftOut = (photo: string) => Object.fromEntries(PHOTO_BY_BUILD.map((name) => [`${photo}.${name}`, 'mesurée ou faite par la build']))

/**
 * Each data file the back office edits: the key of its content and its schema, a list of
 * records or one record. `site.json`'s schema is looked up by name, so that the check starts
 * on its own once `SiteSchema` is in schemas.ts.
 */
const FILES = [
  { file: 'public/data/events.json', key: 'events', schema: schemas.EventSchema, list: true, leftOut: leftOut('photos[]') },
  { file: 'public/data/publications.json', key: 'publications', schema: schemas.PublicationSchema, list: true, leftOut: leftOut('cover') },
  { file: 'public/data/articles.json', key: 'articles', schema: schemas.ArticleSchema, list: true, leftOut: {} },
  { file: 'public/data/site.json', key: 'site', schema: Reflect.get(schemas, 'SiteSchema'), list: false, leftOut: {} },
]

function cmsFilesOf(): { collection: string; file: string; fields: unknown }[] {
  return list(get(config, 'collections')).flatMap((collection) =>
    list(get(collection, 'files')).map((file) => ({
      collection: String(get(collection, 'label')),
      file: String(get(file, 'file')),
      fields: get(file, 'fields'),
    })),
  )
}

/** The fields of one record in the CMS: the list's item fields, or the object's fields. */
function recordFields(fields: unknown, key: string, isList: boolean): Fields {
  const root = list(fields).find((field) => get(field, 'name') === key)
  const expected = isList ? 'list' : 'object'
  if (get(root, 'widget') !== expected) throw new Error(`« ${key} » doit être un champ ${expected}`)
  return cmsFields(get(root, 'fields'))
}

describe('public/admin/config.yml', () => {
  it('is in French, with a collection per data file and the local backend of npm run admin', () => {
    expect(get(config, 'locale')).toBe('fr')
    expect(get(config, 'local_backend')).toBe(true)
    expect(cmsFilesOf().map(({ collection, file }) => `${collection} ${file}`)).toEqual([
      'Agenda public/data/events.json',
      'Publications public/data/publications.json',
      'Actualités public/data/articles.json',
      'Paramètres du site public/data/site.json',
    ])
  })

  it('uploads photos into public/images and documents into public/files', () => {
    expect(get(config, 'media_folder')).toBe('public/images')
    const document = list(recordFieldsRaw('public/data/publications.json', 'publications')).find((field) => get(field, 'name') === 'url')
    expect(get(document, 'media_folder')).toBe('/public/files')
    expect(get(document, 'public_folder')).toBe('files')
  })

  for (const spec of FILES) {
    const run = spec.schema === undefined ? it.skip : it
    run(`mirrors the schema of ${spec.file}`, () => {
      const cms = cmsFilesOf().find(({ file }) => file === spec.file)
      expect(cms, spec.file).toBeDefined()
      expect(drift(schemaFields(spec.schema), recordFields(cms?.fields, spec.key, spec.list), { leftOut: spec.leftOut })).toEqual([])
    })
  }
})

function recordFieldsRaw(file: string, key: string): unknown {
  const fields = cmsFilesOf().find((cms) => cms.file === file)?.fields
  return get(
    list(fields).find((field) => get(field, 'name') === key),
    'fields',
  )
}

describe('drift', () => {
  const schema: Fields = {
    id: { required: true, shape: { kind: 'text', pattern: '^[a-z]+$' } },
    tags: { required: true, shape: { kind: 'list', item: { kind: 'text' }, nonEmpty: false } },
    note: { required: false, shape: { kind: 'text' } },
  }
  const cms: Fields = {
    id: { required: true, shape: { kind: 'text', pattern: '^[a-z]+$' } },
    tags: { required: false, default: [], shape: { kind: 'list', item: { kind: 'text', options: ['a', 'b'] }, nonEmpty: false } },
    note: { required: false, shape: { kind: 'text' } },
  }

  it('finds nothing when the fields agree (a choice of values may narrow a free text)', () => {
    expect(drift(schema, cms)).toEqual([])
  })

  it('names a field missing on either side, another required-ness, pattern or kind', () => {
    expect(drift(schema, { id: cms.id!, tags: cms.tags! })).toEqual(['note : champ du schéma absent du back office'])
    expect(drift(schema, { ...cms, extra: { required: false, shape: { kind: 'text' } } })).toEqual([
      'extra : champ du back office inconnu du schéma',
    ])
    expect(drift(schema, { ...cms, note: { required: true, shape: { kind: 'text' } } })).toEqual([
      'note : facultatif attendu dans le back office',
    ])
    expect(drift(schema, { ...cms, id: { required: true, shape: { kind: 'text', pattern: '^[a-z0-9]+$' } } })).toEqual([
      'id : motif ^[a-z]+$ dans le schéma, ^[a-z0-9]+$ dans le back office',
    ])
    expect(drift(schema, { ...cms, note: { required: false, shape: { kind: 'number' } } })).toEqual([
      'note : text dans le schéma, number dans le back office',
    ])
  })

  it('wants a list that may be empty written as [] by the CMS', () => {
    expect(drift(schema, { ...cms, tags: { ...cms.tags!, default: undefined } })).toEqual([
      'tags : liste qui peut être vide, « default: [] » attendu dans le back office',
    ])
  })

  it('reads valibot schemas: optional, patterns, non-empty lists and variants', () => {
    expect(schemaFields(schemas.ArticleSchema).body).toEqual({
      required: true,
      shape: {
        kind: 'list',
        nonEmpty: true,
        item: {
          kind: 'variant',
          key: 'type',
          types: {
            paragraph: { text: { required: true, shape: { kind: 'text' } } },
            heading: { text: { required: true, shape: { kind: 'text' } } },
            list: { items: { required: true, shape: { kind: 'list', nonEmpty: true, item: { kind: 'text' } } } },
          },
        },
      },
    })
    expect(schemaFields(schemas.EventSchema).end).toEqual({
      required: false,
      shape: { kind: 'text', pattern: String.raw`^\d{4}-\d{2}-\d{2}$` },
    })
  })
})
