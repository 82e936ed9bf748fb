/**
 * Fetches one data file and validates it record by record. Invalid records are skipped with
 * a console warning (file, index, reason); a file that cannot be used at all (network, HTTP
 * error, not JSON, wrong shape) throws a `LoadError`.
 */
import { resolveAddress } from '../shared/asset-url'
import { describeProblem, recordsOf, validateRecords, type RecordSchema } from './validate'

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

export async function loadJson<T extends { id: string }>(
  file: string,
  key: string,
  schema: RecordSchema<T>,
  fetcher: typeof fetch = fetch,
): Promise<T[]> {
  let response: Response
  try {
    response = await fetcher(dataUrl(file), { headers: { Accept: 'application/json' } })
  } catch (error) {
    throw new LoadError(file, 'network', String(error))
  }
  if (!response.ok) throw new LoadError(file, 'http', `HTTP ${response.status}`)
  let json: unknown
  try {
    // Faster than `response.json()` on large files (its text decoding is slower), same result.
    json = JSON.parse(new TextDecoder().decode(await response.arrayBuffer()))
  } catch {
    throw new LoadError(file, 'json', 'le fichier n’est pas du JSON valide')
  }
  let list: unknown[]
  try {
    list = recordsOf(json, key)
  } catch (error) {
    throw new LoadError(file, 'shape', error instanceof Error ? error.message : String(error))
  }
  const { records, problems } = validateRecords(list, schema)
  for (const problem of problems) console.warn(describeProblem(file, problem))
  return records
}
