import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createResource } from './resource'
import { EventSchema } from './schemas'

const spec = { file: 'events.json', key: 'events', schema: EventSchema }
const body = JSON.stringify({ events: [{ id: 'a', title: 'Atelier', start: '2017-06-21' }] })

describe('createResource', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}))
  afterEach(() => vi.unstubAllGlobals())

  it('goes from idle to loading to ready, and never fetches twice', async () => {
    const fetcher = vi.fn(async () => new Response(body))
    vi.stubGlobal('fetch', fetcher)
    const resource = createResource(spec)
    expect(resource.status.value).toBe('idle')
    const first = resource.load()
    const second = resource.load()
    expect(resource.status.value).toBe('loading')
    await Promise.all([first, second])
    await resource.load()
    expect(resource.status.value).toBe('ready')
    expect(resource.items.value.map((event) => event.id)).toEqual(['a'])
    expect(fetcher).toHaveBeenCalledOnce()
  })

  it('reports a failure, does not fetch again on its own, and recovers on retry', async () => {
    const fetcher = vi.fn(async (): Promise<Response> => {
      throw new TypeError('Failed to fetch')
    })
    vi.stubGlobal('fetch', fetcher)
    const resource = createResource(spec)
    await resource.load()
    expect(resource.status.value).toBe('error')
    expect(resource.items.value).toEqual([])
    fetcher.mockImplementation(async () => new Response(body))
    await resource.load()
    expect(resource.status.value).toBe('error')
    expect(fetcher).toHaveBeenCalledOnce()
    await resource.retry()
    expect(resource.status.value).toBe('ready')
    expect(fetcher).toHaveBeenCalledTimes(2)
    await resource.retry()
    expect(fetcher).toHaveBeenCalledTimes(2)
  })

  it.each([
    ['an HTTP error', () => new Response('panne', { status: 500 })],
    ['a file that is not JSON', () => new Response('<!doctype html><p>oups</p>')],
    ['JSON of the wrong shape', () => new Response('[1, 2]')],
  ])('tells a server that answered with %s (unavailable) from an unreachable one (error)', async (_case, answer) => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer()),
    )
    const resource = createResource(spec)
    await resource.load()
    expect(resource.status.value).toBe('unavailable')
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    )
    await resource.retry()
    expect(resource.status.value).toBe('error')
  })
})
