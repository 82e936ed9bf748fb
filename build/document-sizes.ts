/**
 * The size of each document of the site (`files/…` in the public folder), read by the build so
 * that a document link can say it (« Consulter le document (PDF, 245 Ko) ») without editors
 * typing it. The app reads them from the `virtual:document-sizes` module: site-relative address
 * → bytes. A document on another host, or added on the host after the build, has no size.
 */
import { readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { Plugin } from 'vite'

const MODULE_ID = 'virtual:document-sizes'
const RESOLVED_ID = `\0${MODULE_ID}`

/** `{ 'files/etude.pdf': 250880 }` for every file under `<publicDir>/files`. */
export async function documentSizes(publicDir: string): Promise<Record<string, number>> {
  const entries = await readdir(join(publicDir, 'files'), { recursive: true, withFileTypes: true }).catch(() => [])
  const sizes: Record<string, number> = {}
  for (const entry of entries.filter((item) => item.isFile())) {
    const file = join(entry.parentPath, entry.name)
    sizes[relative(publicDir, file).split(sep).join('/')] = (await stat(file)).size
  }
  return sizes
}

export function documentSizesPlugin(): Plugin {
  let publicDir = ''
  return {
    name: 'carif-oref:document-sizes',
    configResolved(config) {
      publicDir = config.publicDir
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id === RESOLVED_ID) return `export default ${JSON.stringify(await documentSizes(publicDir))}`
    },
  }
}
