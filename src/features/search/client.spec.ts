import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SearchAnswer } from './engine'
import type { FromWorker, ToWorker } from './protocol'

/** A stand-in for the search worker: it records what it is asked, the test says what it answers. */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = []
  readonly asked: ToWorker[] = []
  terminated = false
  constructor() {
    super()
    FakeWorker.started.push(this)
  }
  postMessage(message: ToWorker) {
    this.asked.push(message)
  }
  terminate() {
    this.terminated = true
  }
  say(data: FromWorker) {
    this.dispatchEvent(new MessageEvent('message', { data }))
  }
}

const ready = (documents: number, missing: ('event' | 'publication' | 'article')[] = []): FromWorker => ({
  type: 'ready',
  documents,
  missing,
  sinceDataMs: 1,
})
const answerTo = (message: ToWorker, total = 0): FromWorker => {
  const answer: SearchAnswer = { query: message.query, total, counts: { event: total, publication: 0, article: 0 }, hits: [] }
  return { type: 'answer', seq: message.seq, answer, queryMs: 1 }
}
const latest = () => FakeWorker.started.at(-1)!

// The client keeps one worker for the page: each test loads it afresh.
const loadClient = () => import('./client')

describe('the search client', () => {
  beforeEach(() => {
    vi.resetModules()
    FakeWorker.started = []
    vi.stubGlobal('Worker', FakeWorker)
  })
  afterEach(() => vi.unstubAllGlobals())

  it('starts one worker, and is ready with nothing missing when every file was read', async () => {
    const client = await loadClient()
    client.startSearch()
    client.startSearch()
    expect(FakeWorker.started).toHaveLength(1)
    expect(client.searchStatus.value).toBe('loading')
    latest().say(ready(90))
    expect(client.searchStatus.value).toBe('ready')
    expect(client.missingKinds.value).toEqual([])
  })

  it('is ready with the kinds whose file failed, and starts again on « Réessayer » only', async () => {
    const client = await loadClient()
    client.startSearch()
    latest().say(ready(60, ['publication']))
    expect(client.searchStatus.value).toBe('ready')
    expect(client.missingKinds.value).toEqual(['publication'])

    // A key or a focus does not read the files again behind the visitor's back.
    const asked = client.ask('emploi', 'suggestions', 5)
    latest().say(answerTo(latest().asked[0]!))
    await asked
    client.startSearch()
    expect(FakeWorker.started).toHaveLength(1)

    client.retrySearch()
    expect(FakeWorker.started).toHaveLength(2)
    expect(FakeWorker.started[0]!.terminated).toBe(true)
    expect(client.searchStatus.value).toBe('loading')
    client.retrySearch() // a second click while it loads
    expect(FakeWorker.started).toHaveLength(2)
    latest().say(ready(90))
    expect(client.missingKinds.value).toEqual([])
    client.retrySearch()
    expect(FakeWorker.started).toHaveLength(2)
  })

  it('fails when no file could be read, and starts again on the next use', async () => {
    const client = await loadClient()
    client.startSearch()
    latest().say(ready(0, ['event', 'publication', 'article']))
    expect(client.searchStatus.value).toBe('error')
    client.startSearch()
    expect(FakeWorker.started).toHaveLength(2)
  })

  it('asks the new worker the questions the replaced one had not answered', async () => {
    const client = await loadClient()
    client.startSearch()
    latest().say(ready(60, ['event']))
    const pending = client.ask('forum', 'page', 20)
    client.retrySearch()
    expect(latest().asked.map((message) => message.query)).toEqual(['forum'])
    FakeWorker.started[0]!.say(answerTo(FakeWorker.started[0]!.asked[0]!, 1)) // the replaced worker is not heard
    latest().say(ready(90))
    latest().say(answerTo(latest().asked[0]!, 2))
    await expect(pending).resolves.toMatchObject({ query: 'forum', total: 2 })
  })
})
