// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SearchMissing from './SearchMissing.vue'

describe('SearchMissing', () => {
  it('names the missing kind in a French alert whose « Réessayer » asks to retry', async () => {
    const wrapper = mount(SearchMissing, { props: { kinds: ['event'] } })
    const alert = wrapper.get('[role="alert"]')
    expect(alert.get('p').text()).toBe('Les résultats de l’agenda sont momentanément indisponibles.')
    await alert.get('button').trigger('click')
    expect(alert.get('button').text()).toBe('Réessayer')
    expect(wrapper.emitted('retry')).toHaveLength(1)
  })

  it('names several kinds as a French list', () => {
    expect(
      mount(SearchMissing, { props: { kinds: ['event', 'publication'] } })
        .get('p')
        .text(),
    ).toBe('Les résultats de l’agenda et des publications sont momentanément indisponibles.')
    expect(
      mount(SearchMissing, { props: { kinds: ['publication', 'article'] } })
        .get('p')
        .text(),
    ).toBe('Les résultats des publications et des actualités sont momentanément indisponibles.')
  })
})
