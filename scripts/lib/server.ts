import { preview } from 'vite'

/**
 * Serves a production build with Vite's preview server, in this process and with the
 * project's plugins (the headers of `_headers`, the build's base), on 127.0.0.1 (`dist/`, or
 * `outDir`), runs `work` with the server's origin, then stops the server. Port 0 (the default)
 * takes any free port, so that runs side by side never meet.
 */
export async function withPreview<T>(options: { port?: number; outDir?: string }, work: (origin: string) => Promise<T>): Promise<T> {
  const server = await preview({
    logLevel: 'warn',
    build: options.outDir ? { outDir: options.outDir } : {},
    preview: { port: options.port ?? 0, strictPort: true, host: '127.0.0.1' },
  })
  try {
    const url = server.resolvedUrls?.local[0]
    if (!url) throw new Error('le serveur de prévisualisation n’a pas d’adresse')
    return await work(new URL(url).origin)
  } finally {
    await server.close()
  }
}
