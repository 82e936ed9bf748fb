/**
 * `npm run admin`: the back office on this machine, with no account. decap-server (bound to
 * 127.0.0.1) reads and writes the working tree for the CMS's `local_backend`, and Vite's dev
 * server serves the site and `/admin/`. Nothing is committed: review the changes with
 * `git status` / `git diff`, then commit them. Ctrl-C stops both.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { join, dirname } from 'node:path'
import { createServer } from 'vite'

/** decap-server's port: the CMS's `local_backend: true` looks for it there. */
const PROXY_PORT = '8081'
const root = process.cwd()

const bin = join(dirname(createRequire(import.meta.url).resolve('decap-server/package.json')), 'dist/index.js')
const proxy = spawn(process.execPath, [bin], {
  env: { ...process.env, BIND_HOST: '127.0.0.1', PORT: PROXY_PORT, MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
})

const vite = await createServer({ root, server: { host: 'localhost' } })
await vite.listen()
const port = vite.config.server.port ?? 5173
const address = vite.resolvedUrls?.local[0] ?? `http://localhost:${port}/`

console.log(`\nBack office : ${new URL('admin/', address).href}`)
console.log(`Site : ${address}`)
console.log(`(decap-server sur 127.0.0.1:${PROXY_PORT} ; les modifications sont écrites dans ${root} — Ctrl-C pour arrêter)\n`)

let stopping = false
async function stop(code: number) {
  if (stopping) return
  stopping = true
  proxy.kill('SIGTERM')
  await vite.close()
  process.exit(code)
}
proxy.on('exit', (status) => {
  if (stopping) return
  console.error(`decap-server s’est arrêté (code ${status ?? '?'}) : le port ${PROXY_PORT} est-il déjà pris ?`)
  void stop(1)
})
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))
