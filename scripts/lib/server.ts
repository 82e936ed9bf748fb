import { spawn } from 'node:child_process'

/** Waits until `url` answers (a server started in the background), for 20 s at most. */
export async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`le serveur ${url} ne répond pas`)
}

/**
 * Serves a production build with `vite preview` on 127.0.0.1:`port` (`dist/`, or `outDir`),
 * runs `work` once it answers, then stops the server.
 */
export async function withPreview<T>(options: { port: number; outDir?: string }, work: (base: string) => Promise<T>): Promise<T> {
  const base = `http://127.0.0.1:${options.port}`
  const outDir = options.outDir ? ['--outDir', options.outDir] : []
  const server = spawn('npx', ['vite', 'preview', ...outDir, '--port', String(options.port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  })
  try {
    await waitForServer(`${base}/`)
    return await work(base)
  } finally {
    if (server.pid) process.kill(-server.pid)
  }
}
