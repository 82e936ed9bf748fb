import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, preview, type InlineConfig } from 'vite'
import { afterAll, describe, expect, it } from 'vitest'
import { headersFor, parseHeaders, readHeaders, securityHeaders } from './security-headers.ts'

const PUBLIC_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'"

describe('build plugins', () => {
  it('reads the strict policy of public/_headers', () => {
    expect(readHeaders('public/_headers')['Content-Security-Policy']).toBe(PUBLIC_POLICY)
  })

  it('gives the back office its own policy, and the public one nowhere else', () => {
    const rules = parseHeaders(readFileSync('public/_headers', 'utf8'))
    for (const path of ['/', '/agenda/2017-06', '/administration', '/images/a.jpg']) {
      expect(headersFor(rules, path)['Content-Security-Policy'], path).toBe(PUBLIC_POLICY)
    }
    for (const path of ['/admin/', '/admin/config.yml', '/admin/decap-cms.js']) {
      const policy = headersFor(rules, path)['Content-Security-Policy'] ?? ''
      expect(policy, path).not.toBe(PUBLIC_POLICY)
      expect(policy).toContain("script-src 'self' 'unsafe-eval';")
      expect(policy).toContain("object-src 'none'")
      expect(headersFor(rules, path)['X-Content-Type-Options']).toBe('nosniff')
    }
  })
})

describe('parseHeaders and headersFor', () => {
  const rules = parseHeaders(['# comment', '/*', '  A: 1', '  B: 2', '', '/x/*', '  ! A', '  A: 3', '  C: 4'].join('\n'))

  it('reads the rules in order, with the headers they detach', () => {
    expect(rules).toEqual([
      { path: '/*', headers: { A: '1', B: '2' }, detach: [] },
      { path: '/x/*', headers: { A: '3', C: '4' }, detach: ['A'] },
    ])
  })

  it('applies every matching rule, a detached header replaced by the later rule', () => {
    expect(headersFor(rules, '/y')).toEqual({ A: '1', B: '2' })
    expect(headersFor(rules, '/x/')).toEqual({ A: '3', B: '2', C: '4' })
    expect(headersFor(rules, '/x')).toEqual({ A: '1', B: '2' })
  })
})

describe('securityHeaders', () => {
  const POLICY = 'default-src https://exemple.fr; img-src https://exemple.fr data:'
  const root = mkdtempSync(join(tmpdir(), 'security-headers-'))
  // A project whose public folder and build folder are not the defaults, away from the working directory.
  mkdirSync(join(root, 'static'))
  writeFileSync(join(root, 'static/_headers'), `/*\n  Content-Security-Policy: ${POLICY}\n  X-Content-Type-Options: nosniff\n`)
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>')
  const config: InlineConfig = {
    root,
    configFile: false,
    logLevel: 'silent',
    publicDir: 'static',
    build: { outDir: 'site' },
    plugins: [securityHeaders()],
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('reads _headers of the public folder Vite resolved, and copies its policy into the built page', async () => {
    await build(config)
    expect(readFileSync(join(root, 'site/index.html'), 'utf8')).toContain(`<meta http-equiv="Content-Security-Policy" content="${POLICY}">`)
  })

  it('sends its headers from vite preview', async () => {
    const server = await preview({ ...config, preview: { port: 0, host: '127.0.0.1' } })
    try {
      const response = await fetch(server.resolvedUrls?.local[0] ?? '')
      expect(response.headers.get('content-security-policy')).toBe(POLICY)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    } finally {
      await server.close()
    }
  })
})
