/**
 * The back office's fields (`public/admin/config.yml`) and the data contract
 * (`src/content/schemas.ts`) read as one common shape, so that a test can tell when they
 * drift apart: a field missing on one side, required on one side only, another pattern,
 * other choices, another kind of value.
 */

export type Shape =
  | { kind: 'text'; pattern?: string; options?: string[] }
  | { kind: 'number' }
  | { kind: 'object'; fields: Fields }
  | { kind: 'list'; item: Shape; nonEmpty: boolean }
  | { kind: 'variant'; key: string; types: Record<string, Fields> }

export interface Field {
  required: boolean
  shape: Shape
  /** The CMS's default value, when it has one. */
  default?: unknown
}

export type Fields = Record<string, Field>

const get = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined)
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

// ---------------------------------------------------------------- valibot

/** A valibot schema as a field: `optional` unwrapped, the validations of its pipe read. */
export function schemaField(schema: unknown): Field {
  if (get(schema, 'type') === 'optional') return { required: false, shape: schemaShape(givenValue(get(schema, 'wrapped'))) }
  return { required: true, shape: schemaShape(schema) }
}

/**
 * What an optional field holds when given: the schema's `optionalField` also takes `""` (a
 * union), and its `optionalGroup` a group with every field cleared (a lazy schema whose getter
 * gives the group for anything else).
 */
function givenValue(schema: unknown): unknown {
  if (get(schema, 'type') === 'lazy') {
    const getter = get(schema, 'getter')
    return typeof getter === 'function' ? getter(undefined) : schema
  }
  if (get(schema, 'type') !== 'union') return schema
  const given = list(get(schema, 'options')).filter((option) => !(get(option, 'type') === 'literal' && get(option, 'literal') === ''))
  return given.length === 1 ? given[0] : schema
}

function actions(schema: unknown): unknown[] {
  return list(get(schema, 'pipe')).filter((step) => get(step, 'kind') === 'validation')
}

export function schemaShape(schema: unknown): Shape {
  const validations = actions(schema)
  switch (get(schema, 'type')) {
    case 'object':
      return { kind: 'object', fields: schemaFields(schema) }
    case 'array':
      return {
        kind: 'list',
        item: schemaShape(get(schema, 'item')),
        nonEmpty: validations.some((step) => get(step, 'type') === 'non_empty'),
      }
    case 'variant': {
      const key = text(get(schema, 'key')) ?? 'type'
      const types: Record<string, Fields> = {}
      for (const option of list(get(schema, 'options'))) {
        const { [key]: tag, ...fields } = schemaFields(option)
        const shape = tag?.shape
        const names = shape?.kind === 'text' ? (shape.options ?? []) : []
        for (const name of names) types[name] = fields
      }
      return { kind: 'variant', key, types }
    }
    case 'number':
      return { kind: 'number' }
    case 'picklist':
      return { kind: 'text', options: list(get(schema, 'options')).map(String) }
    case 'literal':
      return { kind: 'text', options: [String(get(schema, 'literal'))] }
    default: {
      const regex = validations.map((step) => get(step, 'requirement')).find((requirement) => requirement instanceof RegExp)
      return regex instanceof RegExp ? { kind: 'text', pattern: regex.source } : { kind: 'text' }
    }
  }
}

export function schemaFields(schema: unknown): Fields {
  const entries = get(schema, 'entries')
  const fields: Fields = {}
  if (typeof entries === 'object' && entries !== null) {
    for (const [name, entry] of Object.entries(entries)) fields[name] = schemaField(entry)
  }
  return fields
}

// ---------------------------------------------------------------- Decap CMS

/** A field of the CMS's configuration as the data it writes. */
export function cmsField(field: unknown): Field {
  const value = get(field, 'default')
  return { required: get(field, 'required') !== false, shape: cmsShape(field), ...(value === undefined ? {} : { default: value }) }
}

export function cmsFields(fields: unknown): Fields {
  return Object.fromEntries(list(fields).map((field) => [text(get(field, 'name')) ?? '?', cmsField(field)]))
}

function cmsOptions(field: unknown): string[] | undefined {
  const options = get(field, 'options')
  if (!Array.isArray(options)) return undefined
  return options.map((option) => String(typeof option === 'object' && option !== null ? get(option, 'value') : option))
}

export function cmsShape(field: unknown): Shape {
  switch (get(field, 'widget') ?? 'string') {
    case 'object':
      return { kind: 'object', fields: cmsFields(get(field, 'fields')) }
    case 'list': {
      const nonEmpty = Number(get(field, 'min') ?? 0) >= 1
      const types = get(field, 'types')
      if (Array.isArray(types)) {
        const variants = Object.fromEntries(types.map((type) => [text(get(type, 'name')) ?? '?', cmsFields(get(type, 'fields'))]))
        return { kind: 'list', nonEmpty, item: { kind: 'variant', key: text(get(field, 'typeKey')) ?? 'type', types: variants } }
      }
      if (get(field, 'fields') !== undefined)
        return { kind: 'list', nonEmpty, item: { kind: 'object', fields: cmsFields(get(field, 'fields')) } }
      const single = get(field, 'field')
      return { kind: 'list', nonEmpty, item: single === undefined ? { kind: 'text' } : cmsShape(single) }
    }
    case 'number':
      return { kind: 'number' }
    case 'select': {
      const options = cmsOptions(field)
      const item: Shape = options ? { kind: 'text', options } : { kind: 'text' }
      return get(field, 'multiple') === true ? { kind: 'list', item, nonEmpty: Number(get(field, 'min') ?? 0) >= 1 } : item
    }
    default: {
      const pattern = text(list(get(field, 'pattern'))[0])
      return pattern === undefined ? { kind: 'text' } : { kind: 'text', pattern }
    }
  }
}

// ---------------------------------------------------------------- comparison

export interface DriftOptions {
  /**
   * Paths of schema fields the CMS leaves out on purpose (`photos[].width`: the build
   * measures the photos), each with its reason.
   */
  leftOut?: Record<string, string>
}

/**
 * Every difference between the schema's fields and the CMS's, as readable lines; none when
 * they agree. The CMS may narrow a free text to a choice of values (the sectors), and these
 * rules follow what Decap can express:
 * - a list the schema allows empty is optional in the CMS, with `default: []`, so that Decap
 *   writes `[]` rather than leaving it out; a list that must not be empty has `min: 1`;
 * - the fields of an optional object are optional in the CMS: Decap validates them even when
 *   the object is left empty (decaporg/decap-cms#2103), so `check:data` checks them instead.
 */
export function drift(schema: Fields, cms: Fields, options: DriftOptions = {}, path = '', inOptionalObject = false): string[] {
  const problems: string[] = []
  for (const [name, expected] of Object.entries(schema)) {
    const at = `${path}${name}`
    const actual = cms[name]
    if (actual === undefined) {
      if (!(at in (options.leftOut ?? {}))) problems.push(`${at} : champ du schéma absent du back office`)
      continue
    }
    const shape = expected.shape
    const emptyList = shape.kind === 'list' && !shape.nonEmpty
    const required = expected.required && !inOptionalObject && !emptyList
    if (actual.required !== required) {
      problems.push(`${at} : ${required ? 'obligatoire' : 'facultatif'} attendu dans le back office`)
    }
    if (emptyList && expected.required && !(Array.isArray(actual.default) && actual.default.length === 0)) {
      problems.push(`${at} : liste qui peut être vide, « default: [] » attendu dans le back office`)
    }
    problems.push(...shapeDrift(shape, actual.shape, options, at, !expected.required))
  }
  for (const name of Object.keys(cms)) {
    if (!(name in schema)) problems.push(`${path}${name} : champ du back office inconnu du schéma`)
  }
  return problems
}

function shapeDrift(expected: Shape, actual: Shape, options: DriftOptions, at: string, optional: boolean): string[] {
  if (expected.kind !== actual.kind) return [`${at} : ${expected.kind} dans le schéma, ${actual.kind} dans le back office`]
  if (expected.kind === 'text' && actual.kind === 'text') {
    const problems: string[] = []
    if (expected.pattern !== actual.pattern) {
      problems.push(`${at} : motif ${expected.pattern ?? '(aucun)'} dans le schéma, ${actual.pattern ?? '(aucun)'} dans le back office`)
    }
    if (expected.options && JSON.stringify(expected.options) !== JSON.stringify(actual.options)) {
      problems.push(
        `${at} : choix ${expected.options.join(', ')} dans le schéma, ${actual.options?.join(', ') ?? '(texte libre)'} dans le back office`,
      )
    }
    return problems
  }
  if (expected.kind === 'object' && actual.kind === 'object') return drift(expected.fields, actual.fields, options, `${at}.`, optional)
  if (expected.kind === 'list' && actual.kind === 'list') {
    const problems =
      expected.nonEmpty === actual.nonEmpty
        ? []
        : [`${at} : ${expected.nonEmpty ? 'au moins un élément (min: 1)' : 'liste qui peut être vide'} attendu dans le back office`]
    return [...problems, ...shapeDrift(expected.item, actual.item, options, `${at}[]`, false)]
  }
  if (expected.kind === 'variant' && actual.kind === 'variant') {
    const problems =
      expected.key === actual.key ? [] : [`${at} : clé de type « ${expected.key} » dans le schéma, « ${actual.key} » dans le back office`]
    const names = new Set([...Object.keys(expected.types), ...Object.keys(actual.types)])
    for (const name of names) {
      const schemaType = expected.types[name]
      const cmsType = actual.types[name]
      if (!schemaType || !cmsType) problems.push(`${at} : type « ${name} » ${schemaType ? 'absent du back office' : 'inconnu du schéma'}`)
      else problems.push(...drift(schemaType, cmsType, options, `${at}<${name}>.`))
    }
    return problems
  }
  return []
}
