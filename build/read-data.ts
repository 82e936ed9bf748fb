/** Reads a data file of the build (`<publicDir>/data`) through the same validation as the app. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { recordsOf, validateRecords, type RecordSchema } from '../src/content/validate.ts'

export function readDataFile<T extends { id: string }>(spec: { file: string; key: string; schema: RecordSchema<T> }, dir: string): T[] {
  const json: unknown = JSON.parse(readFileSync(join(dir, spec.file), 'utf8'))
  return validateRecords(recordsOf(json, spec.key), spec.schema).records
}
