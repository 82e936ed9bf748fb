import { createPinia, storeToRefs } from 'pinia'
import { expect, it, vi } from 'vitest'
import { createSSRApp, defineComponent, h, ref } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { usePublicationsStore } from '../../content/publications'
import { useCatalogueStore } from './catalogue-store'
import * as facets from './facets'
import { publication } from './fixtures'

vi.mock('./facets', { spy: true })

it('builds the catalogue once for every page the prerender renders from the same data', async () => {
  const pinia = createPinia()
  usePublicationsStore(pinia).publications = [publication({ id: 'a' }), publication({ id: 'b' })]
  // Something reactive changes between two pages, as the route does.
  const page = ref(1)
  const Page = defineComponent(() => {
    const { catalogue } = storeToRefs(useCatalogueStore())
    return () => h('p', `${page.value} ${catalogue.value.entries.length}`)
  })
  for (const number of [1, 2, 3]) {
    page.value = number
    expect(await renderToString(createSSRApp(Page).use(pinia))).toBe(`<p>${number} 2</p>`)
  }
  expect(facets.buildCatalogue).toHaveBeenCalledTimes(1)
})
