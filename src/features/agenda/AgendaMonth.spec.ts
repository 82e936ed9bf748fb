// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { createSSRApp, defineComponent, h, ref } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory, createRouter } from 'vue-router'
import { flushPromises, mount } from '@vue/test-utils'
import AgendaMonth from './AgendaMonth.vue'

const counts: Record<string, number> = { '2017-06-09': 2, '2017-06-21': 1 }

/** The grid with its month held by a parent, as the views do. */
function mountMonth(selected: string | null = null) {
  const chosen: string[] = []
  const Host = defineComponent(() => {
    const month = ref('2017-06')
    return () =>
      h(AgendaMonth, {
        month: month.value,
        'onUpdate:month': (value: string) => (month.value = value),
        selected,
        countOf: (date: string) => counts[date] ?? 0,
        onSelect: (date: string) => chosen.push(date),
      })
  })
  return { wrapper: mount(Host, { attachTo: document.body }), chosen }
}

const button = (wrapper: ReturnType<typeof mountMonth>['wrapper'], name: string) => wrapper.get(`button[aria-label="${name}"]`)
const gridName = (wrapper: ReturnType<typeof mountMonth>['wrapper']) =>
  document.getElementById(wrapper.get('[role="grid"]').attributes('aria-labelledby')!)?.textContent

describe('AgendaMonth', () => {
  it('names the grid, its Monday-first columns and its days with their counts', () => {
    const { wrapper } = mountMonth()
    expect(gridName(wrapper)).toBe('juin 2017')
    const headers = wrapper.findAll('th[role="columnheader"]')
    expect(headers.map((header) => header.get('[aria-hidden="true"]').text())).toEqual(['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim'])
    expect(headers.map((header) => header.text().slice(3))).toEqual([
      'lundi',
      'mardi',
      'mercredi',
      'jeudi',
      'vendredi',
      'samedi',
      'dimanche',
    ])
    expect(wrapper.findAll('[role="gridcell"] button')).toHaveLength(30)
    expect(button(wrapper, 'vendredi 9 juin 2017, 2 événements').text()).toBe('9')
    expect(button(wrapper, 'jeudi 1er juin 2017').attributes('tabindex')).toBe('0')
    expect(wrapper.findAll('button[tabindex="0"]')).toHaveLength(1)
    wrapper.unmount()
  })

  it('marks the selected day and keeps it in the tab order', () => {
    const { wrapper } = mountMonth('2017-06-21')
    const selected = button(wrapper, 'mercredi 21 juin 2017, 1 événement')
    expect(selected.attributes('tabindex')).toBe('0')
    expect(selected.element.parentElement?.getAttribute('aria-selected')).toBe('true')
    expect(button(wrapper, 'jeudi 22 juin 2017').element.parentElement?.getAttribute('aria-selected')).toBe('false')
    wrapper.unmount()
  })

  it('moves focus with the keys, across the month edge, and selects with a click', async () => {
    const { wrapper, chosen } = mountMonth('2017-06-29')
    await button(wrapper, 'jeudi 29 juin 2017').trigger('keydown', { key: 'ArrowRight' })
    expect(document.activeElement?.getAttribute('aria-label')).toBe('vendredi 30 juin 2017')
    await button(wrapper, 'vendredi 30 juin 2017').trigger('keydown', { key: 'ArrowRight' })
    await flushPromises()
    expect(gridName(wrapper)).toBe('juillet 2017')
    expect(document.activeElement?.getAttribute('aria-label')).toBe('samedi 1er juillet 2017')
    expect(wrapper.get('[role="status"]').text()).toBe('juillet 2017 affiché')
    await button(wrapper, 'samedi 1er juillet 2017').trigger('keydown', { key: 'PageUp', shiftKey: true })
    await flushPromises()
    expect(gridName(wrapper)).toBe('juillet 2016')
    expect(document.activeElement?.getAttribute('aria-label')).toBe('vendredi 1er juillet 2016')
    await button(wrapper, 'vendredi 1er juillet 2016').trigger('click')
    expect(chosen).toEqual(['2016-07-01'])
    wrapper.unmount()
  })

  it('changes month with its buttons', async () => {
    const { wrapper } = mountMonth()
    await wrapper
      .findAll('button')
      .find((candidate) => candidate.text().endsWith('Mois suivant'))!
      .trigger('click')
    await flushPromises()
    expect(gridName(wrapper)).toBe('juillet 2017')
    await wrapper
      .findAll('button')
      .find((candidate) => candidate.text().endsWith('Mois précédent'))!
      .trigger('click')
    await flushPromises()
    await wrapper
      .findAll('button')
      .find((candidate) => candidate.text().endsWith('Mois précédent'))!
      .trigger('click')
    await flushPromises()
    expect(gridName(wrapper)).toBe('mai 2017')
    wrapper.unmount()
  })

  it('links the nearby months and the days with events to their pages until it runs, then shows its buttons', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:path(.*)', component: { render: () => null } }] })
    // Pages from June 2017 on: no link to May.
    const props = {
      month: '2017-06',
      countOf: (date: string) => counts[date] ?? 0,
      hasPage: (period: string) => period >= '2017-06' && (period.length === 7 || period in counts),
    }
    const html = await renderToString(createSSRApp(AgendaMonth, props).use(router))
    const page = new DOMParser().parseFromString(html, 'text/html')
    const linksOf = (root: ParentNode) =>
      [...root.querySelectorAll('a')].map((link) => [link.getAttribute('href'), link.getAttribute('aria-label') ?? link.textContent])
    expect(linksOf(page)).toEqual([
      ['/agenda/2017-07', '›Mois suivant'],
      ['/agenda/2017-06-09', 'vendredi 9 juin 2017, 2 événements'],
      ['/agenda/2017-06-21', 'mercredi 21 juin 2017, 1 événement'],
    ])
    expect([...page.querySelectorAll('a')].every((link) => !link.hasAttribute('tabindex'))).toBe(true)
    expect(page.querySelector('button')?.textContent).toMatch(/Mois précédent$/)

    const wrapper = mount(AgendaMonth, { props, global: { plugins: [router] } })
    await flushPromises()
    expect(wrapper.findAll('a')).toHaveLength(0)
    expect(wrapper.findAll('[role="gridcell"] button')).toHaveLength(30)
    expect(wrapper.findAll('button[tabindex="0"]')).toHaveLength(1)
    wrapper.unmount()
  })
})
