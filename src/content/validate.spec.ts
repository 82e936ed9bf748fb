import { describe, expect, it } from 'vitest'
import { EventSchema } from './schemas'
import { describeProblem, recordsOf, ShapeError, validateRecords } from './validate'

describe('recordsOf', () => {
  it('returns the list under the key, and refuses any other shape', () => {
    expect(recordsOf({ events: [1, 2] }, 'events')).toEqual([1, 2])
    expect(() => recordsOf({ events: {} }, 'events')).toThrow(ShapeError)
    expect(() => recordsOf([], 'events')).toThrow(ShapeError)
    expect(() => recordsOf(null, 'events')).toThrow(ShapeError)
    expect(() => recordsOf({ publications: [] }, 'events')).toThrow(ShapeError)
  })
})

describe('validateRecords', () => {
  it('keeps the valid records, skips the others and says where and why', () => {
    const { records, problems } = validateRecords(
      [
        { id: 'a', title: 'Premier', start: '2017-06-21' },
        { id: 'b', title: 'Sans date' },
        null,
        { id: 'c', title: 'Troisième', start: '2017-06-22' },
      ],
      EventSchema,
    )
    expect(records.map((record) => record.id)).toEqual(['a', 'c'])
    expect(problems).toEqual([
      { index: 1, path: ['start'], reason: 'champ obligatoire manquant' },
      { index: 2, path: [], reason: 'doit être un objet' },
    ])
  })

  it('keeps the first of duplicate ids', () => {
    const { records, problems } = validateRecords(
      [
        { id: 'a', title: 'Premier', start: '2017-06-21' },
        { id: 'a', title: 'Doublon', start: '2017-06-22' },
      ],
      EventSchema,
    )
    expect(records.map((record) => record.title)).toEqual(['Premier'])
    expect(problems[0]).toMatchObject({ index: 1, path: ['id'] })
  })

  it('describes a problem for the console', () => {
    expect(describeProblem('events.json', { index: 3, path: ['photos', 0, 'src'], reason: 'adresse refusée' })).toBe(
      'events.json : enregistrement n° 3 ignoré (photos.0.src) : adresse refusée',
    )
  })
})
