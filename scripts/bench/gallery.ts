/**
 * "En image": the DOM size of `/galerie` with 500 generated albums, and the image bytes the
 * first view of the shipped `/galerie` loads (thumbnails, WebP copies, lazy loading).
 */
import { links } from '../../src/shared/links.ts'
import type { Scenario } from './scenario.ts'

const ALBUMS = 500

/** `count` past events with one to six photos each (the shipped files of one album). */
export function generateAlbums(count = ALBUMS) {
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2017, 0, 1) + index * 86_400_000).toISOString().slice(0, 10)
    const photos = Array.from({ length: 1 + (index % 6) }, (_, n) => ({
      src: `images/2017-02-22-crij-ta-vie-vae/${(n % 5) + 1}.jpg`,
      thumb: `images/2017-02-22-crij-ta-vie-vae/thumbs/${(n % 5) + 1}.jpg`,
      alt: `Photo ${n + 1} de l’album ${index + 1}`,
      width: 1600,
      height: 1067,
    }))
    return { id: `album-${index + 1}`, title: `Album n° ${index + 1}`, start: day, photos }
  })
}

export const galleryDom: Scenario = {
  name: `galerie (${ALBUMS} albums)`,
  data: () => ({ 'events.json': { events: generateAlbums() } }),
  async run(page, open) {
    await open(links.gallery())
    await page.getByRole('link', { name: `Album n° ${ALBUMS}`, exact: true }).waitFor()
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length)
    return [{ scenario: this.name, measure: 'nœuds du DOM de /galerie', value: nodes, unit: 'nœuds', budget: 3000, kind: 'size' }]
  },
}

export const galleryImages: Scenario = {
  name: 'galerie (données livrées)',
  data: () => ({}),
  async run(page, open) {
    const sizes: Promise<number>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'image')
        sizes.push(
          response.body().then(
            (body) => body.length,
            () => 0,
          ),
        )
    })
    await open(links.gallery())
    await page.getByRole('main').getByRole('link').first().waitFor()
    await page.waitForLoadState('networkidle')
    const bytes = (await Promise.all(sizes)).reduce((total, size) => total + size, 0)
    return [
      { scenario: this.name, measure: 'images de la première vue de /galerie', value: bytes / 1024, unit: 'KB', budget: 400, kind: 'size' },
    ]
  },
}
