// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount, RouterLinkStub } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import AgendaMonthEvents from './AgendaMonthEvents.vue'
import { makeEvent } from './fixtures'

const monthOfEvents = (month: string, count: number) =>
  Array.from({ length: count }, (_, index) =>
    makeEvent({ id: `${month}-${index}`, title: `${month} n° ${index + 1}`, start: `${month}-01` }),
  )

function mountList(month: string, count: number) {
  return mount(AgendaMonthEvents, {
    props: { month, events: monthOfEvents(month, count), previous: null, next: null },
    global: { stubs: { RouterLink: RouterLinkStub } },
  })
}

const titles = (wrapper: ReturnType<typeof mountList>) => wrapper.findAll('li').map((item) => item.get('h3').text())

describe('AgendaMonthEvents', () => {
  it('shows 20 events at a time', async () => {
    const wrapper = mountList('2017-06', 45)
    expect(titles(wrapper)).toHaveLength(20)
    await wrapper.get('button').trigger('click')
    expect(titles(wrapper)).toHaveLength(40)
    expect(wrapper.get('button').text()).toBe('Afficher 5 événements de plus (5 restants)')
  })

  it('starts again at 20 for another month, with that month’s events', async () => {
    const wrapper = mountList('2017-06', 45)
    await wrapper.get('button').trigger('click')
    await wrapper.setProps({ month: '2017-07', events: monthOfEvents('2017-07', 30) })
    expect(titles(wrapper)).toHaveLength(20)
    expect(titles(wrapper)[0]).toBe('2017-07 n° 1')
    expect(wrapper.get('h2').text()).toBe('Événements de juillet 2017')
    expect(wrapper.findAllComponents(RouterLinkStub)[0]!.props('to')).toBe('/evenements/2017-07-0')
  })

  it('moves focus to the first new event', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { render: () => null } }] })
    const wrapper = mount(AgendaMonthEvents, {
      props: { month: '2017-06', events: monthOfEvents('2017-06', 45), previous: null, next: null },
      global: { plugins: [router] },
      attachTo: document.body,
    })
    await wrapper.get('button').trigger('click')
    expect(document.activeElement?.textContent).toBe('2017-06 n° 21')
    wrapper.unmount()
  })
})
