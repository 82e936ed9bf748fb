/**
 * `CONTENT_DIR`: builds or serves the site with the content of another folder laid out like
 * `public/` (its `data/`, `images/` and `files/`), in place of the shipped content. The tests
 * build with `CONTENT_DIR=tests/fixtures/content`, so that the content editors change every
 * week never decides whether they pass. The folder and `public/` (minus its content) are
 * merged into one public folder under `node_modules/.content`, which every other build step
 * reads as Vite's resolved `publicDir`.
 */
import { cpSync, existsSync, rmSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import type { Plugin } from 'vite'

/** The folders of `public/` that hold content: taken from `CONTENT_DIR` when it is set. */
export const CONTENT_FOLDERS = ['data', 'images', 'files'] as const

const isContent = (publicDir: string, path: string) => CONTENT_FOLDERS.includes(relative(publicDir, path).split(sep)[0] as never)

/** Writes `target`: `publicDir` without its content folders, plus those of `contentDir`. */
export function mergePublicDir(publicDir: string, contentDir: string, target: string): void {
  rmSync(target, { recursive: true, force: true })
  cpSync(publicDir, target, { recursive: true, filter: (path) => !isContent(publicDir, path) })
  for (const folder of CONTENT_FOLDERS) {
    if (existsSync(join(contentDir, folder))) cpSync(join(contentDir, folder), join(target, folder), { recursive: true })
  }
}

export function contentDir(): Plugin {
  return {
    name: 'carif-oref:content-dir',
    enforce: 'pre',
    config(userConfig) {
      const source = process.env.CONTENT_DIR
      if (!source) return
      const root = resolve(userConfig.root ?? '.')
      const target = join(root, 'node_modules/.content')
      // Merged once per process: the prerender's server build loads this configuration again.
      if (process.env.CONTENT_PUBLIC_DIR !== target) {
        mergePublicDir(resolve(root, userConfig.publicDir || 'public'), resolve(root, source), target)
        process.env.CONTENT_PUBLIC_DIR = target
      }
      return { publicDir: target }
    },
  }
}
