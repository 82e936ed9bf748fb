import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DATA_FILES } from './schemas'
import { recordsOf, validateRecords, type RecordSchema } from './validate'

describe('the shipped data files', () => {
  it.each(Object.values(DATA_FILES))('public/data/$file has only valid records', ({ file, key, schema: fileSchema }) => {
    const schema: RecordSchema<{ id: string }> = fileSchema
    const list = recordsOf(JSON.parse(readFileSync(`public/data/${file}`, 'utf8')), key)
    const { records, problems } = validateRecords(list, schema)
    expect(problems).toEqual([])
    expect(records.length).toBeGreaterThan(0)
  })
})
