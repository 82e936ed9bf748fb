/**
 * "Show more" for long lists (the agenda's month, the publications, the albums): a page of
 * items at a time, so thousands never fill the DOM; each new page moves focus to its first
 * item, where reading continues.
 */
import { computed, nextTick, ref, toValue, watch, type MaybeRefOrGetter, type WatchSource } from 'vue'

/** How many items to show after `pages` pages, enough to include the item at `mustShow`. */
export function shownCount(total: number, pages: number, pageSize: number, mustShow = -1): number {
  const neededPages = Math.max(pages, Math.ceil((mustShow + 1) / pageSize))
  return Math.min(total, neededPages * pageSize)
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
  /** Back to the first page when this changes (another month, other filters). */
  resetOn?: WatchSource
  /** The index of an item that must be shown (an album opened by its link), -1 for none. */
  mustShow?: MaybeRefOrGetter<number>
}

export function useShowMore<T>(items: MaybeRefOrGetter<readonly T[]>, options: ShowMoreOptions) {
  const pages = ref(1)
  if (options.resetOn) watch(options.resetOn, () => (pages.value = 1))
  const count = computed(() => shownCount(toValue(items).length, pages.value, options.pageSize, toValue(options.mustShow) ?? -1))
  const shown = computed(() => toValue(items).slice(0, count.value))
  const remaining = computed(() => toValue(items).length - count.value)

  async function more(): Promise<void> {
    const firstNew = count.value
    pages.value = Math.ceil(firstNew / options.pageSize) + 1
    await nextTick()
    focusTarget(options.list()?.children[firstNew])?.focus()
  }

  return { shown, remaining, more }
}
