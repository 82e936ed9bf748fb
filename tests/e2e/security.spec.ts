import { cspViolationsOf, expect, test } from './fixtures'

test('the production build is served under the strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/')
  const policy = response?.headers()['content-security-policy'] ?? ''
  expect(policy).toContain("script-src 'self'")
  expect(policy).toContain("object-src 'none'")
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', policy)
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()
})

test('an inline script is blocked and reported as a violation', async ({ page }) => {
  await page.goto('/')
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.body.append(script)
    await new Promise((resolve) => setTimeout(resolve, 100))
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false
  })
  expect(ran).toBe(false)
  // Reported once per policy: the HTTP header's and the <meta>'s.
  await expect.poll(() => cspViolationsOf(page).length).toBe(2)
  expect(cspViolationsOf(page)).toEqual(['script-src-elem inline', 'script-src-elem inline'])
  cspViolationsOf(page).length = 0 // provoked on purpose: not a failure of the site
})
