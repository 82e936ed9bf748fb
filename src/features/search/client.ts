/**
 * The page's side of the site search: the worker starts on first use (focus in the header's
 * field, or the results page), never on a first visit; each question gets its answer back.
 */
import { shallowRef } from 'vue'
import type { SearchKind } from './documents'
import type { AnswerMode, SearchAnswer } from './engine'
import type { FromWorker, ToWorker } from './protocol'

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error'

/** `error`: the worker failed, or none of the data files could be read. */
export const searchStatus = shallowRef<SearchStatus>('idle')

/** The kinds whose data file could not be read: the answers hold only the others. */
export const missingKinds = shallowRef<readonly SearchKind[]>([])

let worker: Worker | null = null
let seq = 0
/** The questions not answered yet: asked again of a worker started anew. */
const waiting = new Map<number, { message: ToWorker; resolve: (answer: SearchAnswer) => void }>()

// User Timing marks (seen in the browser's profiler and read by `npm run bench`).
function receive(data: FromWorker) {
  if (data.type === 'ready') {
    performance.mark('recherche:index', { detail: { sinceDataMs: data.sinceDataMs, documents: data.documents } })
    missingKinds.value = data.missing
    searchStatus.value = data.documents === 0 && data.missing.length > 0 ? 'error' : 'ready'
    return
  }
  performance.mark('recherche:requête', { detail: { ms: data.queryMs } })
  waiting.get(data.seq)?.resolve(data.answer)
  waiting.delete(data.seq)
}

function restart() {
  worker?.terminate()
  searchStatus.value = 'loading'
  const started = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'recherche' })
  // A worker replaced by a new one has nothing more to say.
  started.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    if (started === worker) receive(event.data)
  })
  started.addEventListener('error', () => {
    if (started === worker) searchStatus.value = 'error'
  })
  worker = started
  for (const { message } of waiting.values()) started.postMessage(message)
}

/**
 * Starts the worker if it is not running, or again after it failed. A file missing from a
 * running worker is tried again only on « Réessayer » (`retrySearch`), not behind the
 * visitor's back on each key.
 */
export function startSearch(): void {
  if (worker === null || searchStatus.value === 'error') restart()
}

/** « Réessayer »: starts the worker again after a failure, whole or of some files (once it has said so). */
export function retrySearch(): void {
  if (worker === null || searchStatus.value === 'error' || (searchStatus.value === 'ready' && missingKinds.value.length > 0)) restart()
}

/** The answer to `query`; it arrives once the index is built. */
export function ask(query: string, mode: AnswerMode, limit: number): Promise<SearchAnswer> {
  startSearch()
  seq += 1
  const message: ToWorker = { seq, query, mode, limit }
  return new Promise((resolve) => {
    waiting.set(message.seq, { message, resolve })
    worker!.postMessage(message)
  })
}
