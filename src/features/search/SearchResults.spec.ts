// @vitest-environment happy-dom
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { SearchKind } from './documents'
import type { SearchAnswer } from './engine'
import SearchResults from './SearchResults.vue'

// The worker stays out: the page is given the client's state and answers.
const client = await vi.hoisted(async () => {
  const { shallowRef } = await import('vue')
  return {
    ask: vi.fn<(query: string) => Promise<SearchAnswer>>(),
    retrySearch: vi.fn(),
    missingKinds: shallowRef<readonly SearchKind[]>([]),
    searchStatus: shallowRef('ready'),
  }
})
vi.mock('./client', () => client)
const { missingKinds } = client
const hit = (kind: SearchKind, id: string, title: string) => ({ kind, id, title, date: '2017-06-09', excerpt: [] })
const partial: SearchAnswer = {
  query: 'emploi',
  total: 2,
  counts: { event: 1, publication: 0, article: 1 },
  hits: [hit('event', 'forum', 'Forum de l’emploi'), hit('article', 'fiches', 'Les fiches métiers')],
}
const whole: SearchAnswer = {
  ...partial,
  total: 3,
  counts: { event: 1, publication: 1, article: 1 },
  hits: [...partial.hits, hit('publication', 'tourisme', 'Secteur du Tourisme')],
}

const mountResults = () => mount(SearchResults, { props: { query: 'emploi' }, global: { stubs: { RouterLink: RouterLinkStub } } })
const headings = (wrapper: ReturnType<typeof mountResults>) => wrapper.findAll('h2').map((heading) => heading.text())

describe('SearchResults', () => {
  beforeEach(() => {
    missingKinds.value = ['publication']
    client.ask.mockReset().mockResolvedValue(partial)
    client.retrySearch.mockReset()
  })

  it('names the missing results in an alert and still lists the others', async () => {
    const wrapper = mountResults()
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('Les résultats des publications sont momentanément indisponibles.')
    expect(wrapper.get('[role="status"]').text()).toBe('2 résultats pour « emploi »')
    expect(headings(wrapper)).toEqual(['Agenda (1 résultat)', 'Actualités (1 résultat)'])
  })

  it('starts the search again on « Réessayer » and shows the new answer without the alert', async () => {
    const wrapper = mountResults()
    await flushPromises()
    client.ask.mockResolvedValue(whole)
    await wrapper.get('[role="alert"] button').trigger('click')
    expect(client.retrySearch).toHaveBeenCalledOnce()
    expect(client.ask).toHaveBeenCalledTimes(2)
    missingKinds.value = []
    await flushPromises()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(headings(wrapper)).toEqual(['Agenda (1 résultat)', 'Publications (1 résultat)', 'Actualités (1 résultat)'])
  })

  it('shows no alert when every file was read', async () => {
    missingKinds.value = []
    const wrapper = mountResults()
    await flushPromises()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })
})
