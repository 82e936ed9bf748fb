/**
 * The filters of the publication list, kept in the URL. Toggling a filter pushes a history
 * entry (Back undoes it); typing replaces the current one. The search box's text is held
 * here too and used at once, so results follow every key without waiting for the router.
 * Either way the list starts again at its first page (`/publications/page/3?q=…` → `/publications?q=…`).
 */
import { computed, ref, watch, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { links } from '../../shared/links'
import type { Catalogue, PublicationFilters } from './facets'
import { filtersFromQuery, queryFromFilters, sameFilters } from './query'

export function usePublicationFilters(catalogue: Readonly<Ref<Catalogue>>) {
  const route = useRoute()
  const router = useRouter()
  // Each computed keeps its previous object when the filters are equal, so that the URL
  // catching up with the search box does not filter 10,000 records a second time.
  const stable = (next: PublicationFilters, previous: PublicationFilters | undefined) =>
    previous !== undefined && sameFilters(previous, next) ? previous : next
  const inUrl = computed<PublicationFilters>((previous) => stable(filtersFromQuery(route.query, catalogue.value), previous))

  const search = ref(inUrl.value.q)
  const filters = computed<PublicationFilters>((previous) => stable({ ...inUrl.value, q: search.value }, previous))

  /** The page of the list the URL names; 1 while the URL catches up with the search box. */
  const page = computed(() => {
    const asked = route.params.page
    return typeof asked === 'string' && search.value === inUrl.value.q ? Number(asked) : 1
  })

  /** A new history entry; the box then follows the URL's search (watcher below). */
  function apply(next: PublicationFilters) {
    return router.push({ path: links.publications(), query: queryFromFilters(next) })
  }

  // While our own replacements are on their way, the URL lags behind the box: don't sync back.
  let typing = 0
  watch(search, async (q) => {
    if (q === inUrl.value.q) return
    typing += 1
    try {
      await router.replace({ path: links.publications(), query: queryFromFilters({ ...inUrl.value, q }) })
    } finally {
      typing -= 1
    }
  })
  // Back, Forward or a link changed the URL's search: show it in the box.
  watch(
    () => inUrl.value.q,
    (q) => {
      if (typing === 0) search.value = q
    },
  )

  function toggleSector(slug: string) {
    const sectors = filters.value.sectors
    return apply({ ...filters.value, sectors: sectors.includes(slug) ? sectors.filter((other) => other !== slug) : [...sectors, slug] })
  }

  return {
    filters,
    search,
    page,
    apply,
    toggleSector,
    setYear: (year: string | null) => apply({ ...filters.value, year }),
    setType: (type: string | null) => apply({ ...filters.value, type }),
  }
}
