/**
 * The back office in the production build: served under its own policy, it starts (here, on
 * the login screen, as no backend is reachable), and the public pages load none of its code.
 */
import { expect, test } from '@playwright/test'

test('the back office starts under its own Content-Security-Policy', async ({ page }) => {
  const violations: string[] = []
  await page.exposeBinding('__reportCspViolation', (_source, violation: string) => void violations.push(violation))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (violation: string) => void }).__reportCspViolation
      void report(`${event.effectiveDirective} ${event.blockedURI}`)
    })
  })
  const response = await page.goto('/admin/')
  const policy = response?.headers()['content-security-policy'] ?? ''
  expect(policy).toContain("'unsafe-eval'")
  expect(policy).not.toContain("style-src 'self';")
  await expect(page.getByRole('button', { name: /Se connecter/ })).toBeVisible({ timeout: 20_000 })
  // On localhost Decap first looks for `npm run admin`'s proxy; a deployed site never does.
  expect(violations.filter((violation) => !violation.startsWith('connect-src http://localhost:8081'))).toEqual([])
})

test('no public page loads the back office', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(request.url())))
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()
  expect(scripts.filter((url) => /decap|\/admin\//.test(url))).toEqual([])
})
