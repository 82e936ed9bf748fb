/**
 * The load state of one data file, shared by its Pinia store: one status as a union, the
 * records, `load()`, which fetches only the first time (a second call while loading joins the
 * first; once ready or failed it does nothing, so a screen opened after a failure shows the
 * failure rather than trying again behind the user's back), and `retry()` for "Réessayer".
 */
import { shallowRef, type ShallowRef } from 'vue'
import type { LoadStatus } from '../shared/load-status'
import { loadJson } from './load'
import type { RecordSchema } from './validate'

export interface Resource<T> {
  status: ShallowRef<LoadStatus>
  items: ShallowRef<readonly T[]>
  load: () => Promise<void>
  retry: () => Promise<void>
}

export function createResource<T extends { id: string }>(
  spec: { file: string; key: string; schema: RecordSchema<T> },
): Resource<T> {
  const status = shallowRef<LoadStatus>('idle')
  const items = shallowRef<readonly T[]>([])
  let pending: Promise<void> | null = null

  function fetchOnce(): Promise<void> {
    pending ??= (async () => {
      status.value = 'loading'
      try {
        items.value = await loadJson(spec.file, spec.key, spec.schema)
        status.value = 'ready'
      } catch (error) {
        console.error(error)
        status.value = 'error'
      } finally {
        pending = null
      }
    })()
    return pending
  }

  const load = () => (status.value === 'idle' || status.value === 'loading' ? fetchOnce() : Promise.resolve())
  const retry = () => (status.value === 'ready' ? Promise.resolve() : fetchOnce())

  return { status, items, load, retry }
}
