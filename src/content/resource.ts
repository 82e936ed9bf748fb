/**
 * The load state of one data file, shared by its Pinia store: one status as a union, the
 * records, `load()`, which fetches only the first time (a second call while loading joins the
 * first; once ready or failed it does nothing, so a screen opened after a failure shows the
 * failure rather than trying again behind the user's back), and `retry()` for "Réessayer".
 */
import { shallowRef, type ShallowRef } from 'vue'
import type { LoadStatus } from '../shared/load-status'
import { LoadError, loadDataFile } from './load'
import type { RecordSchema } from './validate'

export interface Resource<T> {
  status: ShallowRef<LoadStatus>
  items: ShallowRef<readonly T[]>
  version: ShallowRef<string | null>
  load: () => Promise<void>
  retry: () => Promise<void>
}

export function createResource<T extends { id: string }>(
  spec: { file: string; key: string; schema: RecordSchema<T> },
): Resource<T> {
  const status = shallowRef<LoadStatus>('idle')
  const items = shallowRef<readonly T[]>([])
  const version = shallowRef<string | null>(null)
  let pending: Promise<void> | null = null

  function fetchOnce(): Promise<void> {
    pending ??= (async () => {
      status.value = 'loading'
      try {
        const loaded = await loadDataFile(spec.file, spec.key, spec.schema)
        items.value = loaded.records
        version.value = loaded.version
        status.value = 'ready'
      } catch (error) {
        console.error(error)
        status.value = error instanceof LoadError && error.failure !== 'network' ? 'unavailable' : 'error'
      } finally {
        pending = null
      }
    })()
    return pending
  }

  const load = () => (status.value === 'idle' || status.value === 'loading' ? fetchOnce() : Promise.resolve())
  const retry = () => (status.value === 'ready' ? Promise.resolve() : fetchOnce())

  return { status, items, version, load, retry }
}
