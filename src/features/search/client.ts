/**
 * The page's side of the site search: the worker starts on first use (focus in the header's
 * field, or the results page), never on a first visit; each question gets its answer back.
 */
import { shallowRef } from 'vue'
import type { AnswerMode, SearchAnswer } from './engine'
import type { FromWorker, ToWorker } from './protocol'

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error'

/** `error`: the worker failed, or none of the data files could be read. */
export const searchStatus = shallowRef<SearchStatus>('idle')

let worker: Worker | null = null
let seq = 0
const waiting = new Map<number, (answer: SearchAnswer) => void>()

// User Timing marks (seen in the browser's profiler and read by `npm run bench`).
function receive({ data }: MessageEvent<FromWorker>) {
  if (data.type === 'ready') {
    performance.mark('recherche:index', { detail: { sinceDataMs: data.sinceDataMs, documents: data.documents } })
    searchStatus.value = data.documents === 0 && data.failed > 0 ? 'error' : 'ready'
    return
  }
  performance.mark('recherche:requête', { detail: { ms: data.queryMs, cached: data.cached } })
  waiting.get(data.seq)?.(data.answer)
  waiting.delete(data.seq)
}

/** Starts the worker if it is not running (again after a failure: « Réessayer »). */
export function startSearch(): void {
  if (worker !== null && searchStatus.value !== 'error') return
  worker?.terminate()
  searchStatus.value = 'loading'
  worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'recherche' })
  worker.addEventListener('message', receive)
  worker.addEventListener('error', () => {
    searchStatus.value = 'error'
  })
}

/** The answer to `query`; it arrives once the index is built. */
export function ask(query: string, mode: AnswerMode, limit: number): Promise<SearchAnswer> {
  startSearch()
  seq += 1
  const message: ToWorker = { seq, query, mode, limit }
  return new Promise((resolve) => {
    waiting.set(message.seq, resolve)
    worker!.postMessage(message)
  })
}
