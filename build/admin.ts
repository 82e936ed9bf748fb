/**
 * The back office (`/admin/`, Decap CMS). Its page and configuration live in `public/admin/`;
 * the CMS itself is the prebuilt bundle of the `decap-cms` package, served from
 * `node_modules` by the dev server and copied into `<outDir>/admin/` by the build, so that
 * no other host is called (the policy of `/admin/*` in `public/_headers` allows none for
 * scripts) and none of its code is part of the public app's chunks.
 */
import { createReadStream, existsSync, readdirSync } from 'node:fs'
import { copyFile, mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'

/** The folder of the decap-cms package's prebuilt files. */
export function decapDist(): string {
  return join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist')
}

/**
 * The files the back office loads: the bundle, the chunks it imports on demand
 * (`1077.decap-cms.js`…) and its WebAssembly modules. Source maps and the `cms.js` copies
 * under another name stay out.
 */
export function decapFiles(names: readonly string[]): string[] {
  return names.filter((name) => /^(?:\d+\.)?decap-cms\.js$|^[0-9a-f]+\.wasm$/.test(name)).sort()
}

const TYPES: Record<string, string> = { js: 'text/javascript', wasm: 'application/wasm' }

export function adminPlugin(): Plugin {
  let config: ResolvedConfig
  const dist = decapDist()
  const served = () => new Set(decapFiles(readdirSync(dist)))
  return {
    name: 'carif-oref:admin',
    configResolved(resolved) {
      config = resolved
    },
    configureServer(server) {
      const files = served()
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname)
        const base = server.config.base
        if (!path.startsWith(`${base}admin`)) return next()
        const name = path.slice(`${base}admin`.length)
        // Decap reads `config.yml` next to its page: the page must be the folder's, with its slash.
        if (name === '') {
          response.statusCode = 301
          response.setHeader('Location', `${base}admin/`)
          return response.end()
        }
        if (name === '/' || name === '/index.html') {
          response.setHeader('Content-Type', 'text/html; charset=utf-8')
          return createReadStream(join(config.publicDir, 'admin/index.html')).pipe(response)
        }
        const file = name.slice(1)
        if (!files.has(file)) return next()
        response.setHeader('Content-Type', TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream')
        createReadStream(join(dist, file)).pipe(response)
      })
    },
    configurePreviewServer(server) {
      // Static hosts answer `/admin` with a redirect to `/admin/`; so does `vite preview`.
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://preview').pathname
        if (path !== `${server.config.base}admin`) return next()
        response.statusCode = 301
        response.setHeader('Location', `${server.config.base}admin/`)
        response.end()
      })
    },
    async writeBundle() {
      if (config.command !== 'build' || config.build.ssr) return // the prerender's server build has no pages
      const target = join(resolve(config.root, config.build.outDir), 'admin')
      if (!existsSync(join(target, 'index.html'))) return // built without the public folder
      await mkdir(target, { recursive: true })
      for (const file of served()) await copyFile(join(dist, file), join(target, file))
    },
  }
}
