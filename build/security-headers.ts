/**
 * The site's response headers live in `_headers` of the public folder (the format of Netlify
 * and Cloudflare Pages). This plugin makes that file the single source: `vite preview` sends the
 * headers of each path, and the build copies the public Content-Security-Policy into index.html
 * as a <meta> for other hosts (the back office's page, a public file, is left as it is).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/** One rule of `_headers`: a path pattern, the headers it sets and those it detaches (`! Name`). */
export interface HeaderRule {
  path: string
  headers: Record<string, string>
  detach: string[]
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {}, detach: [] })
      continue
    }
    const rule = rules.at(-1)
    const detach = /^\s+!\s*([A-Za-z-]+)\s*$/.exec(line)
    const header = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line)
    if (rule && detach?.[1]) rule.detach.push(detach[1])
    else if (rule && header?.[1] && header[2]) rule.headers[header[1]] = header[2].trim()
  }
  return rules
}

/** `/admin/*` matches `/admin/` and everything under it; `*` matches any run of characters. */
function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${source}$`).test(path)
}

/**
 * The headers a host sends for `path`: every matching rule in order, a later one replacing a
 * header it detached (as Cloudflare Pages does; Netlify would join both values).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const rule of rules.filter((candidate) => matches(candidate.path, path))) {
    for (const name of rule.detach) delete headers[name]
    Object.assign(headers, rule.headers)
  }
  return headers
}

/** The headers of the public pages (the rule `/*`) in a `_headers` file. */
export function readHeaders(file: string): Record<string, string> {
  return headersFor(parseHeaders(readFileSync(file, 'utf8')), '/')
}

export function securityHeaders(): Plugin {
  let rules: HeaderRule[] = []
  let policy: string | undefined
  return {
    name: 'carif-oref:security-headers',
    configResolved(config) {
      // The public folder Vite resolved: `CONTENT_DIR` builds read the merged one (`content-dir.ts`).
      rules = parseHeaders(readFileSync(join(config.publicDir, '_headers'), 'utf8'))
      policy = headersFor(rules, '/')['Content-Security-Policy']
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://preview').pathname
        const base = server.config.base
        const path = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname
        for (const [name, value] of Object.entries(headersFor(rules, path))) response.setHeader(name, value)
        next()
      })
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        // Only in the build: the dev server injects inline styles that the policy forbids.
        if (context.server) return []
        return policy
          ? [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }]
          : []
      },
    },
  }
}
