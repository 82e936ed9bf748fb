/**
 * The site's response headers live in `public/_headers` (the format of Netlify and Cloudflare
 * Pages). This plugin makes that file the single source: `vite preview` sends the headers, and
 * the build copies the Content-Security-Policy into index.html as a <meta> for other hosts.
 */
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

export function readHeaders(file = 'public/_headers'): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line)
    if (match?.[1] && match[2]) headers[match[1]] = match[2].trim()
  }
  return headers
}

export function securityHeaders(): Plugin {
  const headers = readHeaders()
  return {
    name: 'carif-oref:security-headers',
    config: () => ({ preview: { headers } }),
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        // Only in the build: the dev server injects inline styles that the policy forbids.
        if (context.server) return []
        const policy = headers['Content-Security-Policy']
        return policy
          ? [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }]
          : []
      },
    },
  }
}
