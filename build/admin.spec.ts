import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decapDist, decapFiles } from './admin.ts'

describe('the back office files', () => {
  it('keeps the bundle, its chunks and WebAssembly modules, not the maps nor the cms.js copies', () => {
    expect(
      decapFiles([
        'decap-cms.js',
        '103.decap-cms.js',
        'decap-cms.js.map',
        '103.cms.js',
        'cms.js',
        'cms.css',
        'dd5d52671a5763720504.wasm',
        'decap-cms.js.LICENSE.txt',
      ]),
    ).toEqual(['103.decap-cms.js', 'dd5d52671a5763720504.wasm', 'decap-cms.js'])
  })

  it('finds the bundle in the installed decap-cms package', () => {
    const files = decapFiles(readdirSync(decapDist()))
    expect(files).toContain('decap-cms.js')
    expect(files.length).toBeGreaterThan(1)
    expect(existsSync(join(decapDist(), 'decap-cms.js'))).toBe(true)
  })
})
