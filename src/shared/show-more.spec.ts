// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, ref, useTemplateRef } from 'vue'
import { shownCount, useShowMore } from './show-more'

const PAGE = 24

describe('shownCount', () => {
  it('shows a page at a time, never more than there are', () => {
    expect(shownCount(500, 1, PAGE)).toBe(PAGE)
    expect(shownCount(500, 3, PAGE)).toBe(3 * PAGE)
    expect(shownCount(30, 2, PAGE)).toBe(30)
    expect(shownCount(5, 1, PAGE)).toBe(5)
  })

  it('shows enough pages to include an item asked for further down', () => {
    expect(shownCount(500, 1, PAGE, PAGE)).toBe(2 * PAGE)
    expect(shownCount(500, 1, PAGE, PAGE - 1)).toBe(PAGE)
  })
})

/** A list of `count` items, 3 a page; items with `focusable` take focus themselves, the others hold a link. */
function mountList(count: number, { focusable = false, mustShow = -1 } = {}) {
  const group = ref('a')
  const items = ref(Array.from({ length: count }, (_, index) => `${group.value}${index + 1}`))
  const List = defineComponent(() => {
    const list = useTemplateRef<HTMLElement>('list')
    const { shown, remaining, more } = useShowMore(items, { pageSize: 3, list: () => list.value, resetOn: group, mustShow })
    return () => [
      h('ul', { ref: 'list' }, shown.value.map((item) =>
        h('li', focusable ? { tabindex: -1, id: item } : {}, focusable ? item : [h('a', { href: `#${item}`, id: item }, item)]),
      )),
      remaining.value > 0 ? h('button', { onClick: more }, `${remaining.value}`) : null,
    ]
  })
  const wrapper = mount(List, { attachTo: document.body })
  const shown = () => wrapper.findAll('li').map((item) => item.text())
  const switchTo = (name: string, total: number) => {
    group.value = name
    items.value = Array.from({ length: total }, (_, index) => `${name}${index + 1}`)
  }
  return { wrapper, shown, switchTo }
}

describe('useShowMore', () => {
  it('shows a page, then a page more on each click, until none remain', async () => {
    const { wrapper, shown } = mountList(7)
    expect(shown()).toEqual(['a1', 'a2', 'a3'])
    expect(wrapper.get('button').text()).toBe('4')
    await wrapper.get('button').trigger('click')
    expect(shown()).toHaveLength(6)
    await wrapper.get('button').trigger('click')
    expect(shown()).toHaveLength(7)
    expect(wrapper.find('button').exists()).toBe(false)
    wrapper.unmount()
  })

  it('moves focus to the first new item’s link, or to the item itself when it takes focus', async () => {
    const withLinks = mountList(7)
    await withLinks.wrapper.get('button').trigger('click')
    expect(document.activeElement?.id).toBe('a4')
    expect(document.activeElement?.tagName).toBe('A')
    withLinks.wrapper.unmount()

    const focusable = mountList(7, { focusable: true })
    await focusable.wrapper.get('button').trigger('click')
    expect(document.activeElement?.id).toBe('a4')
    expect(document.activeElement?.tagName).toBe('LI')
    focusable.wrapper.unmount()
  })

  it('starts again at one page when its source changes', async () => {
    const { wrapper, shown, switchTo } = mountList(7)
    await wrapper.get('button').trigger('click')
    switchTo('b', 5)
    await wrapper.vm.$nextTick()
    expect(shown()).toEqual(['b1', 'b2', 'b3'])
    wrapper.unmount()
  })

  it('shows enough pages for an item asked for, and goes on from there', async () => {
    const { wrapper, shown } = mountList(10, { mustShow: 4 })
    expect(shown()).toHaveLength(6)
    await wrapper.get('button').trigger('click')
    expect(shown()).toHaveLength(9)
    expect(document.activeElement?.id).toBe('a7')
    wrapper.unmount()
  })
})
