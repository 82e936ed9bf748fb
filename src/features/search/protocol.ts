/** The messages between the page and the search worker. */
import type { AnswerMode, SearchAnswer } from './engine'

export interface ToWorker {
  seq: number
  query: string
  mode: AnswerMode
  limit: number
}

export type FromWorker =
  | { type: 'ready'; documents: number; failed: number; sinceDataMs: number }
  | { type: 'answer'; seq: number; answer: SearchAnswer; queryMs: number; cached: boolean }
