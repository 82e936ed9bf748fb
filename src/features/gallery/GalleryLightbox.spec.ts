// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory, createRouter } from 'vue-router'
import { flushPromises, mount } from '@vue/test-utils'
import { photo } from './fixtures'
import GalleryLightbox from './GalleryLightbox.vue'

const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:path(.*)', component: { render: () => null } }] })
const props = {
  title: 'Forum',
  photos: [1, 2, 3].map((n) => photo('forum', n, { caption: `Légende ${n}` })),
  index: 0,
  pages: { photo: (index: number) => `/galerie/forum/${index + 1}`, album: '/galerie' },
}

describe('GalleryLightbox', () => {
  it('is a photo page read without JavaScript: the photo, its caption, links to the other photos and to the albums', async () => {
    const html = await renderToString(createSSRApp(GalleryLightbox, props).use(router))
    const page = new DOMParser().parseFromString(html, 'text/html')
    expect(page.querySelector('dialog')?.hasAttribute('open')).toBe(true)
    expect(page.querySelector('img')?.getAttribute('alt')).toBe('Photo 1 de forum')
    expect(page.querySelector('figcaption')?.textContent).toBe('Légende 1')
    expect(
      [...page.querySelectorAll('a')].map((link) => [link.textContent?.replace(/[←→]/, '').trim(), link.getAttribute('href')]),
    ).toEqual([
      ['Fermer', '/galerie'],
      ['Photo précédente', '/galerie/forum/3'],
      ['Photo suivante', '/galerie/forum/2'],
    ])
    expect(page.querySelectorAll('button')).toHaveLength(0)
  })

  it('has buttons once it runs', async () => {
    const wrapper = mount(GalleryLightbox, { props, global: { plugins: [router] }, attachTo: document.body })
    await flushPromises()
    expect(wrapper.findAll('a')).toHaveLength(0)
    expect(wrapper.findAll('button').map((button) => button.text().replace(/[←→]/, '').trim())).toEqual([
      'Fermer',
      'Photo précédente',
      'Photo suivante',
    ])
    await wrapper.findAll('button')[2]!.trigger('click')
    expect(wrapper.emitted('navigate')).toEqual([[1]])
    wrapper.unmount()
  })
})
