// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSiteStore } from '../../content/site'
import SiteFooter from './SiteFooter.vue'

const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { render: () => null } }] })

beforeEach(() => setActivePinia(createPinia()))

const names = (wrapper: ReturnType<typeof mount>) => wrapper.findAll('a').map((link) => `${link.text()} → ${link.attributes('href')}`)

it('links the accessibility status of site.json and the pages of a public body’s site', () => {
  const store = useSiteStore()
  store.site = {
    name: 'CARIF-OREF',
    address: { street: '1 rue', postalCode: '69003', city: 'Lyon' },
    email: 'contact@carif-oref.fr',
    phone: '04 65 71 20 30',
    director: 'Claire Martin',
    host: { name: 'Hébergeur', address: { street: '2 rue', postalCode: '59100', city: 'Roubaix' } },
    accessibility: { status: 'non' },
  }
  const wrapper = mount(SiteFooter, { global: { plugins: [router] } })
  expect(wrapper.get('nav').attributes('aria-label')).toBe('Pied de page')
  expect(names(wrapper)).toEqual([
    'Accessibilité : non conforme → /accessibilite',
    'Mentions légales → /mentions-legales',
    'Données personnelles → /donnees-personnelles',
    'Plan du site → /plan-du-site',
    'Contact → /contact',
  ])
})

it('says « Accessibilité » alone while site.json is missing or invalid', () => {
  const wrapper = mount(SiteFooter, { global: { plugins: [router] } })
  expect(names(wrapper)[0]).toBe('Accessibilité → /accessibilite')
})
