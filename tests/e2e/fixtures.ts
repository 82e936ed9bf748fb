/**
 * The `test` every journey uses: the production build is served under the strict
 * Content-Security-Policy of `public/_headers`, and any `securitypolicyviolation` during a
 * test fails it. The app's code starts once a page is painted (src/main.ts): `goto` and
 * `reload` of a page return once the app has taken it over (or said that its data failed), so
 * that a journey begins where a visitor's would, with the app running.
 */
import { test as base, expect, type Page } from '@playwright/test'

const violationsByPage = new WeakMap<Page, string[]>()

/** The policy violations the page has reported so far. */
export function cspViolationsOf(page: Page): string[] {
  return violationsByPage.get(page) ?? []
}

/** Waits after a navigation to an HTML page until the app has taken the page over. */
function waitingForTheApp<T extends (...args: never[]) => Promise<Awaited<ReturnType<Page['goto']>>>>(page: Page, navigate: T): T {
  return (async (...args: Parameters<T>) => {
    const response = await navigate(...args)
    if (response?.headers()['content-type']?.startsWith('text/html')) {
      // The app has the page: it hydrated or rendered it (`data-start`), or put its alert above it when a data file failed.
      await page.waitForFunction(() => 'start' in document.documentElement.dataset || document.querySelector('.page-alert') !== null)
    }
    return response
  }) as T
}

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled) {
      page.goto = waitingForTheApp(page, page.goto.bind(page))
      page.reload = waitingForTheApp(page, page.reload.bind(page))
    }
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
