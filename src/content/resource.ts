/**
 * The load state of one data file, shared by its Pinia store: one status as a union, the
 * records, and a `load()` that never fetches twice (a second call while loading joins the
 * first; once ready it does nothing) and that also serves as "Réessayer" after an error.
 */
import { shallowRef, type ShallowRef } from 'vue'
import type { LoadStatus } from '../shared/load-status'
import { loadJson } from './load'
import type { RecordSchema } from './validate'

export interface Resource<T> {
  status: ShallowRef<LoadStatus>
  items: ShallowRef<readonly T[]>
  load: () => Promise<void>
}

export function createResource<T extends { id: string }>(
  spec: { file: string; key: string; schema: RecordSchema<T> },
): Resource<T> {
  const status = shallowRef<LoadStatus>('idle')
  const items = shallowRef<readonly T[]>([])
  let pending: Promise<void> | null = null

  function load(): Promise<void> {
    if (status.value === 'ready') return Promise.resolve()
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

  return { status, items, load }
}
