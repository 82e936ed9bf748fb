/** The pages the build prerendered, read from the build folder: the tests know no data of their own here. */
import { readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export const BUILD = 'dist'

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'admin' ? [] : htmlFiles(path)
    return entry.name.endsWith('.html') ? [path] : []
  })
}

/** Every prerendered page as `{ file, path }` (`dist/agenda/2017-06.html` → `/agenda/2017-06`). */
export function prerenderedPages(): { file: string; path: string }[] {
  return htmlFiles(BUILD).map((file) => {
    const name = relative(BUILD, file).split(sep).join('/')
    return { file, path: name === 'index.html' ? '/' : `/${name.replace(/\.html$/, '')}` }
  })
}

/** One page of each kind: `/`, `/agenda`, `/agenda/YYYY-MM`, `/agenda/YYYY-MM-DD`, `/evenements/:id`, `/publications/page/:n`… */
export function onePageOfEachKind(): string[] {
  const kinds = new Map<string, string>()
  for (const { path } of prerenderedPages()) {
    const kind = /^\/(publications\/page\/|actualites\/page\/|galerie\/page-)\d+$/.test(path)
      ? path.replace(/\d+$/, ':n')
      : path
          .replace(/\d{4}-\d{2}-\d{2}/, 'DAY')
          .replace(/\d{4}-\d{2}$/, 'MONTH')
          .replace(/\/[^/]+\/\d+$/, '/:id/:n')
          .replace(/^(\/(evenements|actualites))\/.+/, '$1/:id')
    if (!kinds.has(kind)) kinds.set(kind, path)
  }
  return [...kinds.values()].sort()
}
