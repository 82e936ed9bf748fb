import { describe, expect, it } from 'vitest'
import { collect, type LoadedKind } from './documents'
import { siteDocuments } from './fixtures'

const ofKind = (kind: string) => siteDocuments.filter((document) => document.kind === kind)
const read = (kind: 'event' | 'publication' | 'article'): LoadedKind => [kind, { status: 'fulfilled', value: ofKind(kind) }]
const failed = (kind: 'event' | 'publication' | 'article'): LoadedKind => [
  kind,
  { status: 'rejected', reason: new Error(`${kind} : HTTP 500`) },
]

describe('collect', () => {
  it('keeps every document and misses nothing when the three files were read', () => {
    expect(collect([read('event'), read('publication'), read('article')])).toEqual({ documents: siteDocuments, missing: [] })
  })

  it('keeps the documents of the files that were read and names the kinds whose file failed', () => {
    const { documents, missing } = collect([read('event'), failed('publication'), read('article')])
    expect(missing).toEqual(['publication'])
    expect(documents).toEqual([...ofKind('event'), ...ofKind('article')])
  })

  it('names every kind, in order, when several files failed', () => {
    expect(collect([failed('event'), failed('publication'), read('article')]).missing).toEqual(['event', 'publication'])
    expect(collect([failed('event'), failed('publication'), failed('article')])).toEqual({
      documents: [],
      missing: ['event', 'publication', 'article'],
    })
  })
})
