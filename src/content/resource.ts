/**
 * The load state of one data file, shared by its Pinia store: one status as a union, what was
 * loaded, `load()`, which fetches only the first time (a second call while loading joins the
 * first; once ready or failed it does nothing, so a screen opened after a failure shows the
 * failure rather than trying again behind the user's back), and `retry()` for "Réessayer".
 */
import { shallowRef, type ShallowRef } from 'vue'
import type * as v from 'valibot'
import type { LoadStatus } from '../shared/load-status'
import { LoadError, loadDataFile, loadRecordFile } from './load'
import type { RecordSchema } from './validate'

interface LoadState {
  status: ShallowRef<LoadStatus>
  version: ShallowRef<string | null>
  load: () => Promise<void>
  retry: () => Promise<void>
}

export interface Resource<T> extends LoadState {
  items: ShallowRef<readonly T[]>
}

export interface RecordResource<T> extends LoadState {
  /** The file's record once ready; null before, and after a failure. */
  record: ShallowRef<T | null>
}

/** The status, version, `load` and `retry` of a file read by `read`, which stores what it got. */
function loadState(read: () => Promise<string>): LoadState {
  const status = shallowRef<LoadStatus>('idle')
  const version = shallowRef<string | null>(null)
  let pending: Promise<void> | null = null

  function fetchOnce(): Promise<void> {
    pending ??= (async () => {
      status.value = 'loading'
      try {
        version.value = await read()
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
  return { status, version, load, retry }
}

export function createResource<T extends { id: string }>(spec: { file: string; key: string; schema: RecordSchema<T> }): Resource<T> {
  const items = shallowRef<readonly T[]>([])
  const state = loadState(async () => {
    const loaded = await loadDataFile(spec.file, spec.key, spec.schema)
    items.value = loaded.records
    return loaded.version
  })
  return { ...state, items }
}

/** The same for a file of one record (`site.json`). */
export function createRecordResource<T>(spec: { file: string; key: string; schema: v.GenericSchema<unknown, T> }): RecordResource<T> {
  const record = shallowRef<T | null>(null)
  const state = loadState(async () => {
    const loaded = await loadRecordFile(spec.file, spec.key, spec.schema)
    record.value = loaded.record
    return loaded.version
  })
  return { ...state, record }
}
