/**
 * Record-by-record validation of a parsed data file. A record that breaks the contract is
 * skipped and reported; the others are kept. Duplicate ids: the first record wins.
 */
import * as v from 'valibot'

export type RecordSchema<T extends { id: string }> = v.GenericSchema<unknown, T>

export interface Problem {
  /** Position of the record in the file's list (0-based). */
  index: number
  /** Path of the faulty field inside the record, e.g. `['photos', 0, 'src']`; empty for the whole record. */
  path: (string | number)[]
  reason: string
}

export interface Validated<T> {
  records: T[]
  problems: Problem[]
}

/** The file is not of the expected form at all (not an object with a list under `key`). */
export class ShapeError extends Error {}

export function recordsOf(json: unknown, key: string): unknown[] {
  const list = typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[key] : undefined
  if (!Array.isArray(list)) throw new ShapeError(`le fichier doit être un objet avec une liste « ${key} »`)
  return list
}

/** The one record under `key` of a settings file (`{ "site": { … } }`). */
export function recordOf(json: unknown, key: string): unknown {
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[key] : undefined
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    throw new ShapeError(`le fichier doit être un objet avec un objet « ${key} »`)
  return record
}

/** Every problem of a one-record file, its paths from inside the record. */
export function validateRecord<T>(record: unknown, schema: v.GenericSchema<unknown, T>): { record: T } | { problems: Problem[] } {
  const result = v.safeParse(schema, record)
  if (result.success) return { record: result.output }
  return {
    problems: result.issues.map((issue) => {
      const path = (issue.path ?? []).map((step) => step.key as string | number)
      const missing = issue.type === 'object' && issue.received === 'undefined' && path.length > 0
      return { index: 0, path, reason: missing ? 'champ obligatoire manquant' : issue.message }
    }),
  }
}

export function validateRecords<T extends { id: string }>(list: unknown[], schema: RecordSchema<T>): Validated<T> {
  const records: T[] = []
  const problems: Problem[] = []
  const seen = new Set<string>()
  list.forEach((item, index) => {
    const result = v.safeParse(schema, item)
    if (!result.success) {
      const issue = result.issues[0]
      const path = (issue.path ?? []).map((step) => step.key as string | number)
      const missing = issue.type === 'object' && issue.received === 'undefined' && path.length > 0
      problems.push({ index, path, reason: missing ? 'champ obligatoire manquant' : issue.message })
    } else if (seen.has(result.output.id)) {
      problems.push({ index, path: ['id'], reason: `identifiant « ${result.output.id} » déjà utilisé plus haut` })
    } else {
      seen.add(result.output.id)
      records.push(result.output)
    }
  })
  return { records, problems }
}

export function describeProblem(file: string, problem: Problem): string {
  const field = problem.path.length > 0 ? ` (${problem.path.join('.')})` : ''
  return `${file} : enregistrement n° ${problem.index} ignoré${field} : ${problem.reason}`
}
