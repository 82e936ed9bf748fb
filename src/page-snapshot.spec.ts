import { describe, expect, it } from 'vitest'
import { isSamePage, snapshotScript } from './page-snapshot'

const snapshot = { path: '/agenda/2017-06', today: '2026-12-02', data: { events: 'abc' } }

describe('page snapshot', () => {
  it('is a JSON block that text from the data cannot close', () => {
    const script = snapshotScript({ ...snapshot, path: '/recherche?q=</script><script>alert(1)' })
    expect(script).toMatch(/^<script type="application\/json" id="page-snapshot">[^<]*<\/script>$/)
    const json = /^<script[^>]*>(.*)<\/script>$/.exec(script)?.[1] ?? ''
    expect(JSON.parse(json).path).toBe('/recherche?q=</script><script>alert(1)')
  })

  it('matches only the same path and query with the same data versions', () => {
    expect(isSamePage(snapshot, '/agenda/2017-06', { events: 'abc' })).toBe(true)
    expect(isSamePage(snapshot, '/agenda/2017-07', { events: 'abc' })).toBe(false)
    expect(isSamePage(snapshot, '/agenda/2017-06', { events: 'abd' })).toBe(false)
    expect(isSamePage(snapshot, '/agenda/2017-06', { events: 'abc', articles: 'x' })).toBe(false)
  })
})
