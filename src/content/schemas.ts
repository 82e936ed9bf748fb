/**
 * The data contract of `public/data/*.json` (README, « Data format »), one schema per record type.
 * Types are inferred from these schemas; the JSON Schemas that editors use are generated
 * from them too (`npm run schemas`), so this file is the single source of truth.
 */
import * as v from 'valibot'
import { isIsoDate, isIsoMonth } from '../shared/dates.ts'
import { slugify } from '../shared/slug.ts'
import { typographic } from '../shared/typography.ts'
import { isSafeAddress } from './address.ts'

const TEXT = 'doit être du texte'
const NUMBER = 'doit être un nombre'
const text = v.string(TEXT)
const OBJECT = 'doit être un objet'
const requiredText = v.pipe(text, v.trim(), v.nonEmpty('ne doit pas être vide'))
/** Text read on screen: its apostrophes become typographic (`typographic`). */
const prose = v.pipe(requiredText, v.transform(typographic))

const id = v.pipe(text, v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant invalide : lettres minuscules sans accent, chiffres et tirets'))
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
const dimension = v.pipe(v.number(NUMBER), v.integer('doit être un entier'), v.minValue(1, 'doit être positif'))

/**
 * An optional field that may also be `""`: the back office saves a field an editor cleared so
 * (Decap writes an emptied date, time, number, address or text as `""`), and that means « not
 * given » too. `typeMessage`: what to say of a value of the wrong type.
 */
const optionalField = <T extends v.GenericSchema>(schema: T, typeMessage: string) =>
  v.optional(
    v.union(
      [
        v.pipe(
          v.literal(''),
          v.transform(() => undefined),
        ),
        schema,
      ],
      typeMessage,
    ),
  )

/** Optional text read on screen. */
const optionalProse = optionalField(v.pipe(text, v.transform(typographic)), TEXT)

/** `{ "src": "", "alt": "" }`: a group of fields (a cover, a source) whose every field the back office cleared. */
const isClearedGroup = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((field) => field === '')
const CLEARED_GROUP = v.pipe(
  v.unknown(),
  v.transform(() => undefined),
)

/**
 * An optional group of fields that may also come with every field cleared, which means « not
 * given » too. Any other value is checked as the group, its faulty fields named.
 */
const optionalGroup = <T extends v.GenericSchema>(schema: T) =>
  v.optional(v.lazy((value) => (isClearedGroup(value) ? CLEARED_GROUP : schema)))

export const PhotoSchema = v.object(
  {
    src: address,
    alt: prose,
    /** Pixels; the build reads them from the file, so editors need not type them. */
    width: optionalField(dimension, NUMBER),
    height: optionalField(dimension, NUMBER),
    caption: optionalProse,
    thumb: optionalField(address, TEXT),
  },
  OBJECT,
)

export const EventSchema = v.pipe(
  v.object(
    {
      id,
      title: prose,
      start: isoDate,
      end: optionalField(isoDate, TEXT),
      startTime: optionalField(time, TEXT),
      endTime: optionalField(time, TEXT),
      location: optionalProse,
      description: optionalProse,
      category: optionalProse,
      photos: v.optional(v.array(PhotoSchema, 'doit être une liste de photos')),
    },
    OBJECT,
  ),
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
const sector = v.pipe(prose, v.check(hasSlug, 'le nom du secteur doit contenir une lettre ou un chiffre'))

export const PublicationSchema = v.object(
  {
    id,
    title: prose,
    date: looseDate,
    type: prose,
    sectors: v.array(sector, 'doit être une liste de secteurs (éventuellement vide)'),
    summary: optionalProse,
    url: optionalField(address, TEXT),
    cover: optionalGroup(PhotoSchema),
  },
  OBJECT,
)

const BlockSchema = v.variant(
  'type',
  [
    v.object({ type: v.picklist(['paragraph', 'heading']), text: prose }, OBJECT),
    v.object({ type: v.literal('list'), items: v.pipe(v.array(prose), v.nonEmpty('la liste est vide')) }, OBJECT),
  ],
  'bloc attendu : { "type": "paragraph" | "heading", "text" } ou { "type": "list", "items" }',
)

export const ArticleSchema = v.object(
  {
    id,
    title: prose,
    date: isoDate,
    body: v.pipe(v.array(BlockSchema, 'doit être une liste de blocs'), v.nonEmpty('l’article est vide')),
    summary: optionalProse,
    source: optionalGroup(v.object({ label: prose, url: optionalField(address, TEXT) }, OBJECT)),
  },
  OBJECT,
)

const postalAddress = v.object(
  {
    street: requiredText,
    postalCode: requiredText,
    city: requiredText,
    country: v.optional(text),
  },
  OBJECT,
)
const email = v.pipe(requiredText, v.email('adresse électronique invalide'))
const phone = v.pipe(
  requiredText,
  v.regex(/^\+?[\d\s.()-]{6,}$/, 'numéro de téléphone attendu : chiffres, espaces, points, « + » au début'),
)
const sitePath = v.pipe(text, v.regex(/^\/(?!\/)\S*$/, 'chemin du site attendu, commençant par « / »'))
const percent = v.pipe(v.number(NUMBER), v.minValue(0, 'doit être entre 0 et 100'), v.maxValue(100, 'doit être entre 0 et 100'))
const textList = v.array(requiredText, 'doit être une liste de textes')

/** The accessibility audit, as the RGAA 4.1 declaration model asks. */
export const AccessibilitySchema = v.object(
  {
    status: v.picklist(['totalement', 'partiellement', 'non'], 'état attendu : « totalement », « partiellement » ou « non »'),
    /** Share of the applicable RGAA criteria met, in %. */
    rate: optionalField(percent, NUMBER),
    auditDate: optionalField(isoDate, TEXT),
    /** Who audited: « audit interne », a firm's name… */
    auditor: v.optional(text),
    /** When the declaration was written (else the audit's date). */
    declarationDate: optionalField(isoDate, TEXT),
    nonCompliant: v.optional(textList),
    derogations: v.optional(textList),
    exempt: v.optional(textList),
    technologies: v.optional(textList),
    testEnvironment: v.optional(textList),
    tools: v.optional(textList),
    pages: v.optional(v.array(v.object({ title: requiredText, path: sitePath }, OBJECT), 'doit être une liste de pages')),
  },
  OBJECT,
)

/** `site.json`: one record, the observatory's settings, shown in every footer and on the pages of a public body's site. */
export const SiteSchema = v.object(
  {
    name: requiredText,
    /** Legal form and registration, for the legal notice: « Groupement d’intérêt public ». */
    legalForm: v.optional(text),
    siret: v.optional(text),
    address: postalAddress,
    email,
    phone,
    /** Opening hours or how to reach the team, shown on the contact page. */
    hours: v.optional(text),
    director: requiredText,
    host: v.object(
      { name: requiredText, address: postalAddress, phone: optionalField(phone, TEXT), website: optionalField(address, TEXT) },
      OBJECT,
    ),
    accessibility: AccessibilitySchema,
  },
  OBJECT,
)

export type Photo = v.InferOutput<typeof PhotoSchema>
export type AgendaEvent = v.InferOutput<typeof EventSchema>
export type Publication = v.InferOutput<typeof PublicationSchema>
export type Article = v.InferOutput<typeof ArticleSchema>
export type Block = v.InferOutput<typeof BlockSchema>
export type Site = v.InferOutput<typeof SiteSchema>
export type PostalAddress = Site['address']
export type AccessibilityStatus = Site['accessibility']['status']

/** Each data file: its name, the key of its record list, and the schema of one record. */
export const DATA_FILES = {
  events: { file: 'events.json', key: 'events', schema: EventSchema },
  publications: { file: 'publications.json', key: 'publications', schema: PublicationSchema },
  articles: { file: 'articles.json', key: 'articles', schema: ArticleSchema },
} as const

export type DataFile = (typeof DATA_FILES)[keyof typeof DATA_FILES]

/** The site's settings: one record under `site`, not a list; an invalid one is refused whole. */
export const SITE_FILE = { file: 'site.json', key: 'site', schema: SiteSchema } as const
