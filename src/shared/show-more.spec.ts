// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, ref, useTemplateRef } from 'vue'
import { isFurtherPage, isPlainClick, pageCount, shownRange, useShowMore } from './show-more'

const PAGE = 24

describe('shownRange', () => {
  it('shows a page at a time, never more than there are', () => {
    expect(shownRange(500, 1, 1, PAGE)).toEqual({ start: 0, end: PAGE })
    expect(shownRange(500, 1, 3, PAGE)).toEqual({ start: 0, end: 3 * PAGE })
    expect(shownRange(30, 1, 2, PAGE)).toEqual({ start: 0, end: 30 })
    expect(shownRange(5, 1, 1, PAGE)).toEqual({ start: 0, end: 5 })
  })

  it('starts at the page the URL names: items (n − 1) × size + 1 to n × size', () => {
    expect(shownRange(500, 2, 1, 20)).toEqual({ start: 20, end: 40 })
    expect(shownRange(500, 25, 1, 20)).toEqual({ start: 480, end: 500 })
    expect(shownRange(45, 3, 1, 20)).toEqual({ start: 40, end: 45 })
    // Page 2, then the next one appended below it.
    expect(shownRange(500, 2, 2, 20)).toEqual({ start: 20, end: 60 })
    // A page past the end shows nothing (the views then say « Page introuvable »).
    expect(shownRange(45, 4, 1, 20)).toEqual({ start: 45, end: 45 })
  })

  it('shows enough pages to include an item asked for further down', () => {
    expect(shownRange(500, 1, 1, PAGE, PAGE)).toEqual({ start: 0, end: 2 * PAGE })
    expect(shownRange(500, 1, 1, PAGE, PAGE - 1)).toEqual({ start: 0, end: PAGE })
  })
})

describe('pageCount', () => {
  it('counts the pages, the empty list having one', () => {
    expect(pageCount(0, 20)).toBe(1)
    expect(pageCount(20, 20)).toBe(1)
    expect(pageCount(21, 20)).toBe(2)
    expect(pageCount(10_000, 20)).toBe(500)
  })
})

describe('isFurtherPage', () => {
  it('takes 2, 3… as URLs write them, not page 1 (the list’s own address)', () => {
    for (const page of ['2', '9', '10', '500']) expect(isFurtherPage(page), page).toBe(true)
    for (const page of ['1', '0', '01', '-2', '+2', '2.5', '', 'deux']) expect(isFurtherPage(page), page).toBe(false)
  })
})

describe('isPlainClick', () => {
  const click = { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, defaultPrevented: false }
  it('takes a plain click of the main button, and leaves a new tab or window to the browser', () => {
    expect(isPlainClick(click)).toBe(true)
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey', 'defaultPrevented'])
      expect(isPlainClick({ ...click, [modifier]: true }), modifier).toBe(false)
    expect(isPlainClick({ ...click, button: 1 })).toBe(false)
  })
})

/** A list of `count` items, 3 a page; items with `focusable` take focus themselves, the others hold a link. */
function mountList(count: number, { focusable = false, mustShow = -1, page = 1 } = {}) {
  const group = ref('a')
  const items = ref(Array.from({ length: count }, (_, index) => `${group.value}${index + 1}`))
  const urlPage = ref(page)
  let state!: ReturnType<typeof useShowMore<string>>
  const List = defineComponent(() => {
    const list = useTemplateRef<HTMLElement>('list')
    state = useShowMore(items, { pageSize: 3, list: () => list.value, resetOn: group, mustShow, page: urlPage })
    return () => [
      h(
        'ul',
        { ref: 'list' },
        state.shown.value.map((item) =>
          h('li', focusable ? { tabindex: -1, id: item } : {}, focusable ? item : [h('a', { href: `#${item}`, id: item }, item)]),
        ),
      ),
      state.remaining.value > 0 ? h('button', { onClick: state.more }, `${state.remaining.value}`) : null,
    ]
  })
  const wrapper = mount(List, { attachTo: document.body })
  const shown = () => wrapper.findAll('li').map((item) => item.text())
  const switchTo = (name: string, total: number) => {
    group.value = name
    items.value = Array.from({ length: total }, (_, index) => `${name}${index + 1}`)
  }
  return { wrapper, shown, switchTo, urlPage, state: () => state }
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

  it('starts at the URL’s page, appends the next ones, and names the pages before and after', async () => {
    const { wrapper, shown, urlPage, state } = mountList(11, { page: 2 })
    expect(shown()).toEqual(['a4', 'a5', 'a6'])
    expect(state().range.value).toEqual({ start: 3, end: 6 })
    expect([state().previousPage.value, state().nextPage.value]).toEqual([1, 3])

    await wrapper.get('button').trigger('click')
    expect(shown()).toEqual(['a4', 'a5', 'a6', 'a7', 'a8', 'a9'])
    expect(document.activeElement?.id).toBe('a7')
    expect([state().previousPage.value, state().nextPage.value]).toEqual([1, 4])
    await wrapper.get('button').trigger('click')
    expect(shown()).toHaveLength(8)
    expect(shown().at(-1)).toBe('a11')
    expect(state().nextPage.value).toBeNull()

    // Another page in the URL (« Page précédente »): that page alone, focus on its first item.
    urlPage.value = 1
    await state().focusFirst()
    expect(shown()).toEqual(['a1', 'a2', 'a3'])
    expect(state().previousPage.value).toBeNull()
    expect(document.activeElement?.id).toBe('a1')
    wrapper.unmount()
  })
})
