/**
 * The build at scale: 5,000 events (500 of them albums), 10,000 publications and 1,000
 * articles, built and prerendered by `vite build` (as `npm run build` runs it after the type
 * check) from a content folder of generated data (`CONTENT_DIR`), into a folder of its own.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { generateEvents } from './agenda.ts'
import { generateAlbums } from './gallery.ts'
import type { BenchRow } from './scenario.ts'
import { generateSite } from './search.ts'

const CONTENT = join('bench-results', 'scale-content')
const OUT = join('bench-results', 'scale-dist')

function writeContent(): void {
  rmSync(CONTENT, { recursive: true, force: true })
  mkdirSync(join(CONTENT, 'data'), { recursive: true })
  // The shipped photos and documents, and the settings of the site (not generated).
  cpSync(join('public', 'images'), join(CONTENT, 'images'), { recursive: true })
  cpSync(join('public', 'files'), join(CONTENT, 'files'), { recursive: true })
  cpSync(join('public', 'data', 'site.json'), join(CONTENT, 'data', 'site.json'))
  const site = generateSite()
  const files = {
    'events.json': { events: [...generateEvents(4500), ...generateAlbums(500)] },
    'publications.json': { publications: site.publications },
    'articles.json': { articles: site.articles },
  }
  for (const [file, json] of Object.entries(files)) writeFileSync(join(CONTENT, 'data', file), JSON.stringify(json))
}

/** Every `.html` file under `dir`. */
function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')).length
}

export function buildAtScale(): BenchRow[] {
  writeContent()
  const started = performance.now()
  const build = spawnSync('npx', ['vite', 'build', '--outDir', OUT, '--emptyOutDir'], {
    env: { ...process.env, CONTENT_DIR: CONTENT },
    encoding: 'utf8',
  })
  const elapsed = performance.now() - started
  if (build.status !== 0) throw new Error(`la construction à l’échelle a échoué :\n${build.stdout}\n${build.stderr}`)
  return [
    {
      scenario: 'construction',
      measure: `construction et prérendu, 5 000 événements, 10 000 publications, 1 000 articles (${countPages(OUT)} pages)`,
      value: elapsed / 1000,
      unit: 's',
      budget: 180,
      kind: 'time',
    },
  ]
}
