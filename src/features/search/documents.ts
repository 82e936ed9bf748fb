/**
 * What the site search indexes: one flat document per event, publication and article, its
 * texts in the four fields the ranking weighs (title, then sectors/types/categories, then
 * summaries, descriptions and places, then article text).
 */
import type { AgendaEvent, Article, Publication } from '../../content/schemas'

export type SearchKind = 'event' | 'publication' | 'article'

export interface SearchDocument {
  kind: SearchKind
  id: string
  title: string
  /** Sectors and type (« Tourisme · Santé · Fiche métier »), category. */
  tags: string
  /** Summary, description, place. */
  text: string
  /** Article text. */
  body: string
  /** `YYYY-MM-DD` or `YYYY-MM`: the event's start, the publication's or article's date. */
  date: string
  /** Events: the last day (`YYYY-MM-DD`), to tell coming events from past ones. */
  lastDay?: string
}

export const fromEvent = (event: AgendaEvent): SearchDocument => ({
  kind: 'event',
  id: event.id,
  title: event.title,
  tags: event.category ?? '',
  text: [event.description, event.location].filter(Boolean).join('\n'),
  body: '',
  date: event.start,
  lastDay: event.end ?? event.start,
})

export const fromPublication = (publication: Publication): SearchDocument => ({
  kind: 'publication',
  id: publication.id,
  title: publication.title,
  tags: [...publication.sectors, publication.type].join(' · '),
  text: publication.summary ?? '',
  body: '',
  date: publication.date,
})

export const fromArticle = (article: Article): SearchDocument => ({
  kind: 'article',
  id: article.id,
  title: article.title,
  tags: '',
  text: article.summary ?? '',
  body: article.body.map((block) => (block.type === 'list' ? block.items.join('\n') : block.text)).join('\n'),
  date: article.date,
})

/** A data file's documents, or why it could not be read. */
export type LoadedKind = readonly [kind: SearchKind, file: PromiseSettledResult<SearchDocument[]>]

/**
 * What the index can hold: the documents of the files that were read, and the kinds whose file
 * failed, so that the page says which results are missing rather than showing fewer in silence.
 */
export function collect(files: readonly LoadedKind[]): { documents: SearchDocument[]; missing: SearchKind[] } {
  return {
    documents: files.flatMap(([, file]) => (file.status === 'fulfilled' ? file.value : [])),
    missing: files.filter(([, file]) => file.status === 'rejected').map(([kind]) => kind),
  }
}
