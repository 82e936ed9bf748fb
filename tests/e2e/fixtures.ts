/**
 * The `test` every journey uses: the production build is served under the strict
 * Content-Security-Policy of `public/_headers`, and any `securitypolicyviolation` during a
 * test fails it.
 */
import { test as base, expect, type Page } from '@playwright/test'

const violationsByPage = new WeakMap<Page, string[]>()

/** The policy violations the page has reported so far. */
export function cspViolationsOf(page: Page): string[] {
  return violationsByPage.get(page) ?? []
}

export const test = base.extend({
  page: async ({ page }, use) => {
    const violations: string[] = []
    violationsByPage.set(page, violations)
    await page.exposeBinding('__reportCspViolation', (_source, violation: string) => {
      violations.push(violation)
    })
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCspViolation: (violation: string) => void }).__reportCspViolation
        void report(`${event.effectiveDirective} ${event.blockedURI}`)
      })
    })
    await use(page)
    expect(violations, 'Content-Security-Policy violations').toEqual([])
  },
})

export { expect }
