import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allJsonSchemas } from './json-schemas.ts'

describe('JSON Schemas for editors', () => {
  it.each([...allJsonSchemas()])('public/data/schemas/%s is up to date (run `npm run schemas`)', (name, text) => {
    expect(readFileSync(join('public/data/schemas', name), 'utf8')).toBe(text)
  })

  it('lets unknown fields through and requires the contract’s fields', () => {
    const events = JSON.parse(allJsonSchemas().get('events.schema.json') ?? '{}')
    const record = events.properties.events.items
    expect(record.required).toEqual(['id', 'title', 'start'])
    expect(record.additionalProperties).toBeUndefined()
    // A time, or "" as the back office saves a cleared field.
    expect(record.properties.startTime.anyOf).toEqual([{ const: '' }, { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }])
  })

  it('takes a cover whose every field was cleared, or a cover with its image and text', () => {
    const publications = JSON.parse(allJsonSchemas().get('publications.schema.json') ?? '{}')
    const [cleared, cover] = publications.properties.publications.items.properties.cover.anyOf
    expect(cleared).toEqual({ type: 'object', additionalProperties: { const: '' } })
    expect(cover.required).toEqual(['src', 'alt'])
    expect(publications.$defs).toBeUndefined()
  })
})
