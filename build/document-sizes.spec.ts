import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentSizes } from './document-sizes'

describe('documentSizes', () => {
  it('reads the size of every document under files/, by its address in the site', async () => {
    const publicDir = mkdtempSync(join(tmpdir(), 'documents-'))
    mkdirSync(join(publicDir, 'files/etudes'), { recursive: true })
    writeFileSync(join(publicDir, 'files/fiche.pdf'), 'x'.repeat(591))
    writeFileSync(join(publicDir, 'files/etudes/tourisme.pdf'), 'x'.repeat(2048))
    expect(await documentSizes(publicDir)).toEqual({ 'files/fiche.pdf': 591, 'files/etudes/tourisme.pdf': 2048 })
  })

  it('gives nothing when the site has no documents', async () => {
    expect(await documentSizes(mkdtempSync(join(tmpdir(), 'documents-')))).toEqual({})
  })
})
