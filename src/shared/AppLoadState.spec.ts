// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AppLoadState from './AppLoadState.vue'
import type { LoadStatus } from './load-status'

const mountWith = (status: LoadStatus) => mount(AppLoadState, { props: { status }, slots: { default: '<p>Contenu prêt</p>' } })

describe('AppLoadState', () => {
  it.each(['idle', 'loading'] as const)('shows a skeleton, not a blank, while %s', (status) => {
    const wrapper = mountWith(status)
    expect(wrapper.find('[aria-busy="true"]').text()).toBe('Chargement…')
    expect(wrapper.text()).not.toContain('Contenu prêt')
  })

  it('shows the content once ready', () => {
    expect(mountWith('ready').text()).toBe('Contenu prêt')
  })

  it('shows a French alert whose "Réessayer" button asks to retry', async () => {
    const wrapper = mountWith('error')
    expect(wrapper.get('[role="alert"]').text()).toContain('n’a pas pu être chargé')
    await wrapper.get('button').trigger('click')
    expect(wrapper.get('button').text()).toBe('Réessayer')
    expect(wrapper.emitted('retry')).toHaveLength(1)
  })

  it('says the content is unavailable, with no word about the connection, when the server answered a bad file', () => {
    const alert = mountWith('unavailable').get('[role="alert"]')
    expect(alert.text()).toContain('Ce contenu est momentanément indisponible.')
    expect(alert.text()).not.toContain('connexion')
    expect(alert.get('button').text()).toBe('Réessayer')
  })
})
