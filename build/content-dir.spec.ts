import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mergePublicDir } from './content-dir'

function write(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true })
    writeFileSync(join(root, name), text)
  }
}

describe('mergePublicDir', () => {
  it('keeps the site files of public/ and takes every content folder from the content folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-dir-'))
    write(join(root, 'public'), {
      _headers: 'politique',
      'data/events.json': 'livré',
      'data/schemas/event.json': 'schéma',
      'images/livree/1.jpg': 'photo livrée',
      'files/livre.pdf': 'document livré',
    })
    write(join(root, 'fixtures'), { 'data/events.json': 'des tests', 'images/test/1.jpg': 'photo des tests' })
    const target = join(root, 'merged')
    mergePublicDir(join(root, 'public'), join(root, 'fixtures'), target)
    expect(readFileSync(join(target, '_headers'), 'utf8')).toBe('politique')
    expect(readFileSync(join(target, 'data/events.json'), 'utf8')).toBe('des tests')
    expect(readdirSync(join(target, 'data'))).toEqual(['events.json'])
    expect(readdirSync(join(target, 'images'))).toEqual(['test'])
    expect(readdirSync(target).sort()).toEqual(['_headers', 'data', 'images'])
  })
})
