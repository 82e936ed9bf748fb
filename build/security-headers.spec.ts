import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { headersFor, parseHeaders, readHeaders } from './security-headers.ts'

const PUBLIC_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'"

describe('build plugins', () => {
  it('reads the strict policy of public/_headers', () => {
    expect(readHeaders()['Content-Security-Policy']).toBe(PUBLIC_POLICY)
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
