/**
 * Tests own their data: they run on `tests/fixtures/content`, never on the shipped content of
 * `public/`, which editors change every week (only `check:data` and the shipped-content smoke
 * test read it). This spec fails when a test starts reading the shipped content.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const SPEC = /\.spec\.ts$/
/** The specs allowed to read the shipped content, and why. */
const READERS_OF_SHIPPED = new Set([
  'tests/e2e/shipped-content.spec.ts', // the smoke test of the shipped content
  'scripts/lib/json-schemas.spec.ts', // the JSON Schemas generated into public/data/schemas, not content
  'build/image-variants.spec.ts', // a public folder of its own, in a temporary project
  'build/content-dir.spec.ts', // the same
  'scripts/lib/cms-config.spec.ts', // the back office's configuration names the data files it edits; reads none
])

function specs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'fixtures' ? [] : specs(path)
    return SPEC.test(entry.name) ? [path] : []
  })
}

describe('the tests own their data', () => {
  it('the end-to-end build holds the test content', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts
    expect(scripts['test:e2e']).toMatch(/^CONTENT_DIR=tests\/fixtures\/content .*npm run build/)
  })

  it('the unit specs build their virtual modules from the test content', () => {
    expect(readFileSync('vitest.config.ts', 'utf8')).toContain("process.env.CONTENT_DIR ??= 'tests/fixtures/content'")
  })

  it('no spec reads the shipped content', () => {
    const readers = ['src', 'build', 'scripts', 'tests']
      .flatMap(specs)
      .filter((file) => !READERS_OF_SHIPPED.has(file) && file !== 'tests/own-data.spec.ts')
      .filter((file) => /['"`](\.\/)?public(\/(data|images|files)\b|['"`])/.test(readFileSync(file, 'utf8')))
    expect(readers).toEqual([])
  })
})
