// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import type { Article } from '../../content/schemas'
import NewsArticle from './NewsArticle.vue'

const article: Article = {
  id: 'test',
  title: '<img src=x onerror=alert(1)>Titre',
  date: '2017-03-31',
  body: [
    { type: 'heading', text: 'Section <b>grasse</b>' },
    { type: 'paragraph', text: '<script>alert(1)</script>' },
    { type: 'list', items: ['un', '<a href="javascript:alert(1)">deux</a>'] },
  ],
  source: { label: 'CGET, mars 2017' },
}

it('renders every block as text, never as markup', () => {
  const wrapper = mount(NewsArticle, { props: { article } })
  expect(wrapper.find('script').exists()).toBe(false)
  expect(wrapper.find('img').exists()).toBe(false)
  expect(wrapper.find('b').exists()).toBe(false)
  expect(wrapper.find('a').exists()).toBe(false)
  expect(wrapper.get('h1').text()).toBe('<img src=x onerror=alert(1)>Titre')
  expect(wrapper.get('h2').text()).toBe('Section <b>grasse</b>')
  expect(wrapper.findAll('li').map((item) => item.text())).toEqual(['un', '<a href="javascript:alert(1)">deux</a>'])
  expect(wrapper.text()).toContain('Publié le 31 mars 2017')
  expect(wrapper.text()).toContain('Pour aller plus loin : CGET, mars 2017')
})

it('nests its headings under the page’s when shown at level 2', () => {
  const wrapper = mount(NewsArticle, { props: { article, level: 2 } })
  expect(wrapper.find('h1').exists()).toBe(false)
  expect(wrapper.get('h2').text()).toContain('Titre')
  expect(wrapper.get('h3').text()).toBe('Section <b>grasse</b>')
})
