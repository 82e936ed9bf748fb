import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { preview } from 'vite'
import { afterAll, describe, expect, it } from 'vitest'
import { builtBase, siteFilesPlugin } from './site-files.ts'

// A build made with `--base /sous-dossier/`, as `vite build` lays it out.
const root = mkdtempSync(join(tmpdir(), 'preview-base-'))
const index = '<!doctype html><html><head><script type="module" crossorigin src="/sous-dossier/assets/index-abc.js"></script></head></html>'
mkdirSync(join(root, 'dist/assets'), { recursive: true })
writeFileSync(join(root, 'dist/index.html'), index)
writeFileSync(join(root, 'dist/assets/index-abc.js'), 'export const built = true\n')
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('vite preview of a build made for a sub-path', () => {
  it('reads the base from the built index.html', () => {
    expect(builtBase(index)).toBe('/sous-dossier/')
    expect(builtBase('<script type="module" src="/assets/index-abc.js"></script>')).toBe('/')
  })

  it('serves the build under its base without being told', async () => {
    const server = await preview({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [siteFilesPlugin()],
      // Port 0: any free port, so parallel runs never meet.
      preview: { port: 0, host: '127.0.0.1' },
    })
    try {
      const origin = new URL(server.resolvedUrls?.local[0] ?? '').origin
      const script = await fetch(`${origin}/sous-dossier/assets/index-abc.js`)
      expect(script.status).toBe(200)
      expect(await script.text()).toContain('built = true')
      expect(await (await fetch(`${origin}/sous-dossier/`)).text()).toContain('/sous-dossier/assets/index-abc.js')
    } finally {
      await server.close()
    }
  })
})
