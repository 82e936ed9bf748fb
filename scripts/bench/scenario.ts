/**
 * One bench scenario: the data it swaps in (file name under `data/` → JSON value) and a run
 * that measures in a real Chromium page and returns rows, each with its budget.
 */
import type { Page } from '@playwright/test'

export interface BenchRow {
  scenario: string
  measure: string
  value: number
  unit: 'ms' | 's' | 'KB' | 'MB' | 'nœuds' | 'fichiers'
  budget: number
  /** Sizes (bytes, nodes) are judged on every run; timings are reported, CI machines are noisy. */
  kind: 'size' | 'time'
}

export interface Scenario {
  name: string
  /** Data files served instead of the shipped ones, e.g. `{ 'events.json': { events: [...] } }`. */
  data: () => Record<string, unknown>
  /** `open(path)` loads a screen of the production build with the scenario's data. */
  run: (page: Page, open: (path: string) => Promise<void>) => Promise<BenchRow[]>
}
