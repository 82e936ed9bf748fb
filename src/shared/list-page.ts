/**
 * The page of a long list a URL names (`/publications/page/2`): how many pages the list has,
 * whether the page lies past the last one once the data is in, its heading and its head (its
 * own title and description, and a breadcrumb back to the list). Publications, news and albums.
 */
import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { HOME_CRUMB, type PageMeta } from './head'
import { pageCount } from './show-more'
import { wording } from './wording'

export interface ListPageOptions {
  page: MaybeRefOrGetter<number>
  /** How many items the list holds. */
  count: MaybeRefOrGetter<number>
  pageSize: number
  /** Whether the data has loaded: only then can a page be past the last one. */
  ready: MaybeRefOrGetter<boolean>
  /** The list's name (its page 1 heading) and description, and its own path. */
  name: string
  description: string
  path: string
}

export function useListPage(options: ListPageOptions) {
  const page = computed(() => toValue(options.page))
  const pages = computed(() => pageCount(toValue(options.count), options.pageSize))
  const beyondLast = computed(() => toValue(options.ready) && page.value > pages.value)
  const title = computed(() => (page.value > 1 ? wording.pages.title(options.name, page.value) : options.name))
  const meta = computed<PageMeta>(() =>
    page.value > 1
      ? {
          title: title.value,
          description: wording.pages.description(options.description, page.value, pages.value),
          breadcrumb: [HOME_CRUMB, { name: options.name, path: options.path }],
        }
      : { title: title.value, description: options.description },
  )
  return { pages, beyondLast, title, meta }
}
