/**
 * "Show more" for long lists (the agenda's month, the publications, the albums, the news): a
 * page of items at a time, so thousands never fill the DOM; each new page moves focus to its
 * first item, where reading continues.
 *
 * The lists of the site's screens also have a URL per page (`links.ts`), so that without
 * JavaScript « show more » is a link to the next page: a visit to page n shows items
 * (n − 1) × size + 1 … n × size, and the app, once running, appends the next page in place
 * instead of following the link.
 */
import { computed, nextTick, ref, toValue, watch, type MaybeRefOrGetter, type WatchSource } from 'vue'

/** A page number as URLs write it after the first: 2, 3… (no 0, no 1, no leading zero, no sign). */
export const isFurtherPage = (n: string): boolean => /^[1-9]\d*$/.test(n) && n !== '1'

/** How many pages `total` items make, `pageSize` a page: at least one, the empty list's. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize))
}

/**
 * The items shown, indexes `start` (included) to `end` (excluded): from page `page` (1-based),
 * `pages` pages of them, more if needed to include the item at `mustShow`.
 */
export function shownRange(total: number, page: number, pages: number, pageSize: number, mustShow = -1): { start: number; end: number } {
  const start = Math.min((page - 1) * pageSize, total)
  const neededPages = Math.max(pages, Math.ceil((mustShow + 1 - start) / pageSize))
  return { start, end: Math.min(total, start + neededPages * pageSize) }
}

/**
 * A click the app may take over: the main button, no modifier. Ctrl, Cmd, Shift or Alt ask
 * the browser for a new tab, window or download, and the middle button fires no `click`.
 */
export function isPlainClick(
  event: Pick<MouseEvent, 'button' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'defaultPrevented'>,
): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey && !event.defaultPrevented
}

/** The item's own element if it takes focus (`tabindex`), else its first link. */
function focusTarget(item: Element | undefined): HTMLElement | null {
  if (!(item instanceof HTMLElement)) return null
  return item.hasAttribute('tabindex') ? item : item.querySelector<HTMLElement>('a[href]')
}

export interface ShowMoreOptions {
  pageSize: number
  /** The element whose children are the items shown (read after each new page). */
  list: () => Element | null | undefined
  /** Back to one page when this changes (another month, other filters). */
  resetOn?: WatchSource
  /** The index of an item that must be shown (an album opened by its link), -1 for none. */
  mustShow?: MaybeRefOrGetter<number>
  /** The page the URL names, where the items shown start (1, the default, for the list's own path). */
  page?: MaybeRefOrGetter<number>
}

export function useShowMore<T>(items: MaybeRefOrGetter<readonly T[]>, options: ShowMoreOptions) {
  const pages = ref(1)
  const page = () => toValue(options.page) ?? 1
  if (options.resetOn) watch(options.resetOn, () => (pages.value = 1))
  watch(page, () => (pages.value = 1))
  const total = () => toValue(items).length
  const range = computed(() => shownRange(total(), page(), pages.value, options.pageSize, toValue(options.mustShow) ?? -1))
  const shown = computed(() => toValue(items).slice(range.value.start, range.value.end))
  const remaining = computed(() => total() - range.value.end)
  /** The page after the last one shown, where « show more » leads; null when none remain. */
  const nextPage = computed(() => (remaining.value > 0 ? range.value.end / options.pageSize + 1 : null))
  /** The page before the URL's, null on the first. */
  const previousPage = computed(() => (page() > 1 ? page() - 1 : null))

  const focusItem = (index: number) => focusTarget(options.list()?.children[index])?.focus()

  /** Shows the next page below the others and moves focus to its first item. */
  async function more(): Promise<void> {
    const { start, end } = range.value
    pages.value = Math.ceil((end - start) / options.pageSize) + 1
    await nextTick()
    focusItem(end - start)
  }

  /** Moves focus to the first item shown, once rendered (after going to another page). */
  async function focusFirst(): Promise<void> {
    await nextTick()
    focusItem(0)
  }

  return { shown, remaining, range, nextPage, previousPage, more, focusFirst }
}
