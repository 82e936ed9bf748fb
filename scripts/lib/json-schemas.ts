/**
 * JSON Schemas of the data files, generated from the runtime schemas so that editors can
 * complete and check fields as staff type. Rules JSON Schema cannot say (real calendar
 * dates, safe addresses, end after start) stay with `npm run check:data`.
 */
import { toJsonSchema, type ConversionConfig, type JsonSchema, type OverrideSchemaContext } from '@valibot/to-json-schema'
import * as v from 'valibot'
import { DATA_FILES, SITE_FILE, type DataFile } from '../../src/content/schemas.ts'

const TITLES: Record<DataFile['key'], string> = {
  events: 'Agenda du CARIF-OREF (events.json)',
  publications: 'Publications du CARIF-OREF (publications.json)',
  articles: 'Actualités du CARIF-OREF (articles.json)',
}

/**
 * The schemas' `optionalGroup` (a cover, a source) is a lazy schema: the group, or the group
 * with every field cleared, written here in place. Its lazy form also leaves a copy of the
 * group under `$defs`, which nothing refers to then, so it is dropped.
 */
function clearableGroup({ valibotSchema }: OverrideSchemaContext): JsonSchema | undefined {
  if (valibotSchema.type !== 'lazy') return undefined
  const group = toJsonSchema((valibotSchema as v.LazySchema<v.GenericSchema>).getter(undefined), CONFIG)
  delete group.$schema
  return { anyOf: [{ type: 'object', additionalProperties: { const: '' } }, group] }
}

const CONFIG: ConversionConfig = { errorMode: 'ignore', overrideSchema: (context) => clearableGroup(context) }

function jsonSchemaOfFile(file: v.GenericSchema, title: string): object {
  const schema = toJsonSchema(file, CONFIG)
  delete schema.$defs
  return { ...schema, title }
}

export function jsonSchemaOf(spec: DataFile): object {
  return jsonSchemaOfFile(v.object({ $schema: v.optional(v.string()), [spec.key]: v.array(spec.schema) }), TITLES[spec.key])
}

/** `site.json`: one object under `site`, not a list. */
export function siteJsonSchema(): object {
  return jsonSchemaOfFile(
    v.object({ $schema: v.optional(v.string()), [SITE_FILE.key]: SITE_FILE.schema }),
    'Paramètres du site du CARIF-OREF (site.json)',
  )
}

export function schemaFileName(spec: { file: string }): string {
  return spec.file.replace(/\.json$/, '.schema.json')
}

/** File name → JSON text of every data file's schema. */
export function allJsonSchemas(): Map<string, string> {
  const text = (schema: object) => `${JSON.stringify(schema, null, 2)}\n`
  return new Map([
    ...Object.values(DATA_FILES).map((spec) => [schemaFileName(spec), text(jsonSchemaOf(spec))] as const),
    [schemaFileName(SITE_FILE), text(siteJsonSchema())],
  ])
}
