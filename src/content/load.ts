/**
 * Fetches one data file and validates it record by record. Invalid records are skipped with
 * a console warning (file, index, reason); a file that cannot be used at all (network, HTTP
 * error, not JSON, wrong shape) throws a `LoadError`.
 */
import { resolveAddress } from '../shared/asset-url'
import type * as v from 'valibot'
import { describeProblem, recordOf, recordsOf, validateRecord, validateRecords, type RecordSchema } from './validate'

export type LoadFailure = 'network' | 'http' | 'json' | 'shape'

export class LoadError extends Error {
  constructor(
    readonly file: string,
    readonly failure: LoadFailure,
    detail: string,
  ) {
    super(`${file} : ${detail}`)
    this.name = 'LoadError'
  }
}

export function dataUrl(file: string, base: string = import.meta.env.BASE_URL): string {
  return resolveAddress(`data/${file}`, base)
}

/**
 * How data files are fetched: the browser's `fetch`, or, while prerendering, a reader of the
 * build's data folder (`useDataFetcher`), so that both go through the same validation.
 */
let dataFetcher: typeof fetch = (...args) => fetch(...args)

export function useDataFetcher(fetcher: typeof fetch): void {
  dataFetcher = fetcher
}

/** A short fingerprint of a file's bytes (FNV-1a, 32 bits): tells whether a page was rendered from the same file. */
export function versionOf(bytes: Uint8Array): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193)
  return (hash >>> 0).toString(36)
}

export async function loadJson<T extends { id: string }>(
  file: string,
  key: string,
  schema: RecordSchema<T>,
  fetcher?: typeof fetch,
): Promise<T[]> {
  return (await loadDataFile(file, key, schema, fetcher)).records
}

/** The parsed JSON of a data file and its version; fails with a `LoadError` on network, HTTP or JSON trouble. */
async function readDataFile(file: string, fetcher: typeof fetch): Promise<{ json: unknown; version: string }> {
  let response: Response
  try {
    response = await fetcher(dataUrl(file), { headers: { Accept: 'application/json' } })
  } catch (error) {
    throw new LoadError(file, 'network', String(error))
  }
  if (!response.ok) throw new LoadError(file, 'http', `HTTP ${response.status}`)
  try {
    // Faster than `response.json()` on large files (its text decoding is slower), same result.
    const bytes = new Uint8Array(await response.arrayBuffer())
    return { json: JSON.parse(new TextDecoder().decode(bytes)), version: versionOf(bytes) }
  } catch {
    throw new LoadError(file, 'json', 'le fichier n’est pas du JSON valide')
  }
}

/** The valid records of a file and its version (`versionOf` its bytes). */
export async function loadDataFile<T extends { id: string }>(
  file: string,
  key: string,
  schema: RecordSchema<T>,
  fetcher: typeof fetch = dataFetcher,
): Promise<{ records: T[]; version: string }> {
  const { json, version } = await readDataFile(file, fetcher)
  let list: unknown[]
  try {
    list = recordsOf(json, key)
  } catch (error) {
    throw new LoadError(file, 'shape', error instanceof Error ? error.message : String(error))
  }
  const { records, problems } = validateRecords(list, schema)
  for (const problem of problems) console.warn(describeProblem(file, problem))
  return { records, version }
}

/**
 * The one record of a settings file (`site.json`) and its version. It has nothing to skip:
 * an invalid record fails the whole file (`shape`), and its screens show the alert.
 */
export async function loadRecordFile<T>(
  file: string,
  key: string,
  schema: v.GenericSchema<unknown, T>,
  fetcher: typeof fetch = dataFetcher,
): Promise<{ record: T; version: string }> {
  const { json, version } = await readDataFile(file, fetcher)
  let result: ReturnType<typeof validateRecord<T>>
  try {
    result = validateRecord(recordOf(json, key), schema)
  } catch (error) {
    throw new LoadError(file, 'shape', error instanceof Error ? error.message : String(error))
  }
  if ('problems' in result) {
    const reasons = result.problems.map((problem) => `${problem.path.join('.') || key} : ${problem.reason}`)
    throw new LoadError(file, 'shape', reasons.join(' ; '))
  }
  return { record: result.record, version }
}
