/**
 * The site search's module worker: it loads the three data files itself, builds the index off
 * the main thread (so no key waits for it) and answers queries in order.
 */
import { loadJson } from '../../content/load'
import { DATA_FILES } from '../../content/schemas'
import type { RecordSchema } from '../../content/validate'
import { toIsoDate } from '../../shared/dates'
import { collect, fromArticle, fromEvent, fromPublication, type SearchDocument } from './documents'
import { answer, buildIndex, matchesOf } from './engine'
import type { FromWorker, ToWorker } from './protocol'

const post = (message: FromWorker) => self.postMessage(message)

async function load<T extends { id: string }>(
  spec: { file: string; key: string; schema: RecordSchema<T> },
  toDocument: (record: T) => SearchDocument,
) {
  return (await loadJson(spec.file, spec.key, spec.schema)).map(toDocument)
}

const search = (async () => {
  const [events, publications, articles] = await Promise.allSettled([
    load(DATA_FILES.events, fromEvent),
    load(DATA_FILES.publications, fromPublication),
    load(DATA_FILES.articles, fromArticle),
  ])
  const { documents, missing } = collect([
    ['event', events],
    ['publication', publications],
    ['article', articles],
  ])
  // As the stores do: the reason goes to the console, the page says which results are missing.
  for (const file of [events, publications, articles]) if (file.status === 'rejected') console.error(file.reason)
  const built = buildIndex(documents)
  // From the last byte of data received: reading, validating and indexing it.
  const arrived = Math.max(
    0,
    ...performance
      .getEntriesByType('resource')
      .filter((entry) => entry instanceof PerformanceResourceTiming)
      .map((entry) => entry.responseEnd),
  )
  post({ type: 'ready', documents: built.documents.length, missing, sinceDataMs: performance.now() - arrived })
  return built
})()

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const { seq, query, mode, limit } = event.data
  void search.then((site) => {
    const start = performance.now()
    const found = answer(matchesOf(site, query, toIsoDate(new Date())), mode, limit)
    post({ type: 'answer', seq, answer: found, queryMs: performance.now() - start })
  })
})
