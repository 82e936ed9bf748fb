// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { photo } from './fixtures'
import GalleryPicture from './GalleryPicture.vue'

// What the build read of the files (build/image-variants.ts), for photos of this spec only.
vi.mock('virtual:image-variants', () => ({
  default: {
    'images/forum/1.jpg': { width: 1200, height: 800, widths: [480, 960, 1200] },
    'images/forum/affiche.png': { width: 600, height: 900, widths: [480, 600] },
  },
}))

const unsized = (src: string) => ({ src, alt: 'Le stand du forum' })
const render = (shown: ReturnType<typeof photo> | ReturnType<typeof unsized>) =>
  mount(GalleryPicture, { props: { photo: shown, size: 'full', sizes: '100vw' } })

describe('GalleryPicture', () => {
  it('gives a photo without sizes in the data the size the build read of its file', () => {
    const img = render(unsized('images/forum/1.jpg')).get('img')
    expect([img.attributes('width'), img.attributes('height')]).toEqual(['1200', '800'])
  })

  it('keeps the sizes the data gives', () => {
    const img = render(photo('forum', 1)).get('img')
    expect([img.attributes('width'), img.attributes('height')]).toEqual(['1600', '1067'])
  })

  it('offers a PNG photo as WebP copies, with its size', () => {
    const wrapper = render(unsized('images/forum/affiche.png'))
    expect(wrapper.get('source').attributes()).toMatchObject({
      type: 'image/webp',
      srcset: '/images/forum/affiche-480.webp 480w, /images/forum/affiche-600.webp 600w',
    })
    expect([wrapper.get('img').attributes('width'), wrapper.get('img').attributes('height')]).toEqual(['600', '900'])
  })

  it('shows a photo the build never saw from its own file, in a box of its own until it loads', () => {
    const wrapper = render(unsized('images/forum/ajoutee-apres.jpg'))
    expect(wrapper.find('source').exists()).toBe(false)
    expect(wrapper.get('img').attributes()).toMatchObject({ src: '/images/forum/ajoutee-apres.jpg', alt: 'Le stand du forum' })
    expect(wrapper.get('img').attributes()).not.toHaveProperty('width')
    expect(wrapper.get('img').attributes()).not.toHaveProperty('style')
    expect(wrapper.classes()).toContain('picture--unsized')
  })
})
