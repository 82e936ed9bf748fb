import { computed } from 'vue'
import { defineStore, storeToRefs } from 'pinia'
import { usePublicationsStore } from '../../content/publications'
import type { Publication } from '../../content/schemas'
import { buildCatalogue, type Catalogue } from './facets'

/**
 * Each loaded list's catalogue, by the list itself. A computed made while the server renders
 * (the prerender) is evaluated again after any reactive change, such as the next page's route:
 * without this, each of the 500 prerendered pages of 10,000 publications would build it anew.
 */
const catalogues = new WeakMap<readonly Publication[], Catalogue>()

function catalogueOf(publications: readonly Publication[]): Catalogue {
  let catalogue = catalogues.get(publications)
  if (!catalogue) catalogues.set(publications, (catalogue = buildCatalogue(publications)))
  return catalogue
}

/** The catalogue (`buildCatalogue`), made once per loaded file and shared by every visit to the list and every prerendered page of it. */
export const useCatalogueStore = defineStore('publications-catalogue', () => {
  const { publications } = storeToRefs(usePublicationsStore())
  const catalogue = computed(() => catalogueOf(publications.value))
  return { catalogue }
})
