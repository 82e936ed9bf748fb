/**
 * What a prerendered page was made from, embedded in it as a non-executable JSON block (the
 * CSP allows no inline script): the path and query it shows, the date used as "today", and
 * the version of each data file. The client hydrates the page only when its own URL and data
 * are the same; otherwise it renders afresh.
 */
import type { PageMeta } from './shared/head'

/** The version of each data file (`versionOf`), or null for a file that failed. */
export type DataVersions = Partial<Record<string, string | null>>

export interface PageSnapshot {
  path: string
  today: string
  data: DataVersions
}

/** A page as the prerender's server entry renders it. */
export interface RenderedPage {
  html: string
  /** What the page's `usePageMeta` declared, for its `<head>`. */
  meta: PageMeta
  /** The source modules rendered (their chunks and styles are linked from the page). */
  modules: string[]
  snapshot: PageSnapshot
}

const ID = 'page-snapshot'

/** The block, its JSON escaped so that no text from the data can close the element. */
export function snapshotScript(snapshot: PageSnapshot): string {
  const json = JSON.stringify(snapshot).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
  return `<script type="application/json" id="${ID}">${json}</script>`
}

export function readSnapshot(document: Document): PageSnapshot | null {
  const text = document.getElementById(ID)?.textContent
  if (!text) return null
  try {
    return JSON.parse(text) as PageSnapshot
  } catch {
    return null
  }
}

/** Whether a page made from `snapshot` is what the client would render at `path` from `data`. */
export function isSamePage(snapshot: PageSnapshot, path: string, data: DataVersions): boolean {
  const names = new Set([...Object.keys(snapshot.data), ...Object.keys(data)])
  return snapshot.path === path && [...names].every((name) => snapshot.data[name] === data[name])
}
