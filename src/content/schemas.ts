/**
 * The data contract of `public/data/*.json` (SPEC section 4), one schema per record type.
 * Types are inferred from these schemas; the JSON Schemas that editors use are generated
 * from them too (`npm run schemas`), so this file is the single source of truth.
 */
import * as v from 'valibot'
import { isIsoDate, isIsoMonth } from '../shared/dates.ts'
import { slugify } from '../shared/slug.ts'
import { isSafeAddress } from './address.ts'

const text = v.string('doit être du texte')
const OBJECT = 'doit être un objet'
const requiredText = v.pipe(text, v.trim(), v.nonEmpty('ne doit pas être vide'))

const id = v.pipe(
  text,
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant invalide : lettres minuscules sans accent, chiffres et tirets'),
)
const isoDate = v.pipe(
  text,
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ'),
  v.check(isIsoDate, 'cette date n’existe pas'),
)
const looseDate = v.pipe(
  text,
  v.regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'date attendue au format AAAA-MM ou AAAA-MM-JJ'),
  v.check((value) => isIsoDate(value) || isIsoMonth(value), 'cette date n’existe pas'),
)
const time = v.pipe(text, v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'heure attendue au format HH:mm, de 00:00 à 23:59'))
const address = v.pipe(
  text,
  v.check(isSafeAddress, 'adresse refusée : chemin relatif, chemin commençant par « / » ou URL http(s):// attendus'),
)
const dimension = v.pipe(v.number('doit être un nombre'), v.integer('doit être un entier'), v.minValue(1, 'doit être positif'))

export const PhotoSchema = v.object({
  src: address,
  alt: requiredText,
  width: dimension,
  height: dimension,
  caption: v.optional(text),
  thumb: v.optional(address),
}, OBJECT)

export const EventSchema = v.pipe(
  v.object({
    id,
    title: requiredText,
    start: isoDate,
    end: v.optional(isoDate),
    startTime: v.optional(time),
    endTime: v.optional(time),
    location: v.optional(text),
    description: v.optional(text),
    category: v.optional(text),
    photos: v.optional(v.array(PhotoSchema, 'doit être une liste de photos')),
  }, OBJECT),
  v.forward(
    v.check((event) => event.end === undefined || event.end >= event.start, 'la fin précède le début'),
    ['end'],
  ),
)

// Ten thousand publications share a few dozen sector names: each name is checked once.
const sluggable = new Map<string, boolean>()
const hasSlug = (name: string) => {
  let known = sluggable.get(name)
  if (known === undefined) sluggable.set(name, (known = slugify(name) !== ''))
  return known
}
const sector = v.pipe(requiredText, v.check(hasSlug, 'le nom du secteur doit contenir une lettre ou un chiffre'))

export const PublicationSchema = v.object({
  id,
  title: requiredText,
  date: looseDate,
  type: requiredText,
  sectors: v.array(sector, 'doit être une liste de secteurs (éventuellement vide)'),
  summary: v.optional(text),
  url: v.optional(address),
  cover: v.optional(PhotoSchema),
}, OBJECT)

const BlockSchema = v.variant(
  'type',
  [
    v.object({ type: v.picklist(['paragraph', 'heading']), text: requiredText }, OBJECT),
    v.object({ type: v.literal('list'), items: v.pipe(v.array(requiredText), v.nonEmpty('la liste est vide')) }, OBJECT),
  ],
  'bloc attendu : { "type": "paragraph" | "heading", "text" } ou { "type": "list", "items" }',
)

export const ArticleSchema = v.object({
  id,
  title: requiredText,
  date: isoDate,
  body: v.pipe(v.array(BlockSchema, 'doit être une liste de blocs'), v.nonEmpty('l’article est vide')),
  summary: v.optional(text),
  source: v.optional(v.object({ label: requiredText, url: v.optional(address) }, OBJECT)),
}, OBJECT)

export type Photo = v.InferOutput<typeof PhotoSchema>
export type AgendaEvent = v.InferOutput<typeof EventSchema>
export type Publication = v.InferOutput<typeof PublicationSchema>
export type Article = v.InferOutput<typeof ArticleSchema>
export type Block = v.InferOutput<typeof BlockSchema>

/** Each data file: its name, the key of its record list, and the schema of one record. */
export const DATA_FILES = {
  events: { file: 'events.json', key: 'events', schema: EventSchema },
  publications: { file: 'publications.json', key: 'publications', schema: PublicationSchema },
  articles: { file: 'articles.json', key: 'articles', schema: ArticleSchema },
} as const

export type DataFile = (typeof DATA_FILES)[keyof typeof DATA_FILES]
