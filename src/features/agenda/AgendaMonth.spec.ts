import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
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
    expect(headers.map((header) => header.text().slice(3))).toEqual(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'])
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
    await wrapper.findAll('button').find((candidate) => candidate.text().endsWith('Mois suivant'))!.trigger('click')
    await flushPromises()
    expect(gridName(wrapper)).toBe('juillet 2017')
    await wrapper.findAll('button').find((candidate) => candidate.text().endsWith('Mois précédent'))!.trigger('click')
    await flushPromises()
    await wrapper.findAll('button').find((candidate) => candidate.text().endsWith('Mois précédent'))!.trigger('click')
    await flushPromises()
    expect(gridName(wrapper)).toBe('mai 2017')
    wrapper.unmount()
  })
})
