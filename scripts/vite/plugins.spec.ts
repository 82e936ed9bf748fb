import { describe, expect, it } from 'vitest'
import { readHeaders } from './security-headers.ts'

describe('build plugins', () => {
  it('reads the strict policy of public/_headers', () => {
    expect(readHeaders()['Content-Security-Policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'",
    )
  })
})
