/** The messages between the page and the search worker. */
import type { SearchKind } from './documents'
import type { AnswerMode, SearchAnswer } from './engine'

export interface ToWorker {
  seq: number
  query: string
  mode: AnswerMode
  limit: number
}

export type FromWorker =
  /** `missing`: the kinds whose data file could not be read; the index holds the others. */
  | { type: 'ready'; documents: number; missing: SearchKind[]; sinceDataMs: number }
  | { type: 'answer'; seq: number; answer: SearchAnswer; queryMs: number }
