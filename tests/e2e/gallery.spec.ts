import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { expectNoAxeViolations } from './axe'

const CRIJ = { id: '2017-02-22-crij-ta-vie-vae', title: 'CRIJ TA VIE - La VAE' }
const dialogOf = (page: Page) => page.getByRole('dialog', { name: CRIJ.title })
const albumLink = (page: Page) => page.getByRole('link', { name: CRIJ.title })

test('/galerie lists the albums newest first, 24 a page, each with its date and photo count', async ({ page }) => {
  await page.goto('/galerie')
  await expect(page.getByRole('heading', { level: 1, name: 'En image' })).toBeVisible()
  const items = page.getByRole('main').getByRole('listitem')
  await expect(items).toHaveCount(24)
  await expect(items.first()).toContainText('Semaine de l’alternance')
  await expect(items.nth(14)).toContainText('Du bon usage de la VAE')
  await expect(items.last()).toContainText('Rencontre des points relais conseil')
  await expect(items.filter({ hasText: CRIJ.title })).toContainText('22 février 2017 · 5 photos')
  await expect(page.getByText('24 albums affichés sur 25')).toBeVisible()
})

test('an album opens by click on photo 1, and the buttons move between photos', async ({ page }) => {
  await page.goto('/galerie')
  await albumLink(page).click()
  const dialog = dialogOf(page)
  await expect(dialog).toBeVisible()
  await expect(dialog).toHaveAttribute('aria-modal', 'true')
  await expect(page).toHaveURL(new RegExp(`/galerie/${CRIJ.id}/1$`))
  await expect(dialog.getByText('1 / 5')).toBeVisible()
  await expect(dialog.getByRole('img', { name: /un stand d’information sur la VAE/ })).toBeVisible()
  await expect(dialog.getByText('Le stand VAE à l’espace accueil du CRIJ')).toBeVisible()

  await dialog.getByRole('button', { name: 'Photo suivante' }).click()
  await expect(dialog.getByText('2 / 5')).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/galerie/${CRIJ.id}/2$`))
  await dialog.getByRole('button', { name: 'Photo précédente' }).click()
  await dialog.getByRole('button', { name: 'Photo précédente' }).click()
  await expect(dialog.getByText('5 / 5')).toBeVisible()
  await dialog.getByRole('button', { name: 'Fermer' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page).toHaveURL(/\/galerie$/)
  await expect(albumLink(page)).toBeFocused()
})

test('with the keyboard alone: open, arrows, Tab kept inside, Escape returns focus', async ({ page }) => {
  await page.goto('/galerie')
  await albumLink(page).focus()
  await page.keyboard.press('Enter')
  const dialog = dialogOf(page)
  await expect(dialog).toBeVisible()
  await expect.poll(() => dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true)

  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(dialog.getByText('3 / 5')).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/galerie/${CRIJ.id}/3$`))
  await page.keyboard.press('ArrowLeft')
  await expect(dialog.getByText('2 / 5')).toBeVisible()

  for (const backwards of [false, true]) {
    for (let press = 0; press < 5; press += 1) {
      await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true)
    }
  }

  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(page).toHaveURL(/\/galerie$/)
  await expect(albumLink(page)).toBeFocused()
})

test('a deep link opens photo 3; closing shows the albums with focus on this one', async ({ page }) => {
  await page.goto(`/galerie/${CRIJ.id}/3`)
  const dialog = dialogOf(page)
  await expect(dialog.getByText('3 / 5')).toBeVisible()
  await expect(dialog.getByRole('img', { name: /un public de jeunes assis/ })).toBeVisible()
  await expect(page).toHaveTitle('CRIJ TA VIE - La VAE, photo 3 sur 5 — CARIF-OREF')
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/\/galerie$/)
  await expect(albumLink(page)).toBeFocused()
  await expect(page).toHaveTitle('En image — CARIF-OREF')
})

test('Back closes the lightbox, and browsing photos adds no history entries', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'En image' }).click()
  // The home page lists the same album: open it from the gallery, once the gallery is shown.
  await expect(page.getByRole('heading', { level: 1, name: 'En image' })).toBeVisible()
  await albumLink(page).click()
  await dialogOf(page).getByRole('button', { name: 'Photo suivante' }).click()
  await expect(page).toHaveURL(new RegExp(`/galerie/${CRIJ.id}/2$`))
  await page.goBack()
  await expect(page).toHaveURL(/\/galerie$/)
  await expect(dialogOf(page)).toHaveCount(0)
  await expect(albumLink(page)).toBeFocused()
  await page.goBack()
  await expect(page).toHaveURL(/\/$/)
})

for (const path of ['/galerie/inconnu/1', `/galerie/${CRIJ.id}/6`, `/galerie/${CRIJ.id}/0`, `/galerie/${CRIJ.id}`]) {
  test(`${path} shows the not-found page`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible()
    await expect(page).toHaveTitle('Page introuvable — CARIF-OREF')
  })
}

test('axe-core finds no violation on the albums nor with the lightbox open', async ({ page }) => {
  await page.goto('/galerie')
  await expect(albumLink(page)).toBeVisible()
  await expectNoAxeViolations(page)
  await albumLink(page).click()
  await expect(dialogOf(page).getByRole('img')).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a broken photo shows its alt text and a French message; the others still show', async ({ page }) => {
  await page.route(`**/images/${CRIJ.id}/2*`, (route) => route.fulfill({ status: 404, body: '' }))
  await page.goto(`/galerie/${CRIJ.id}/2`)
  const dialog = dialogOf(page)
  await expect(dialog.getByText('Cette photo n’a pas pu être chargée.')).toBeVisible()
  await expect(dialog.getByText(/une conseillère renseigne un jeune/)).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(dialog.getByRole('img', { name: /un public de jeunes assis/ })).toBeVisible()
  await expect(dialog.getByText('Cette photo n’a pas pu être chargée.')).toHaveCount(0)
})

test('photos are sized to the screen and the neighbours are preloaded', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  await page.goto(`/galerie/${CRIJ.id}/2`)
  const photo = dialogOf(page).getByRole('img')
  await expect(photo).toBeVisible()
  await expect(dialogOf(page).locator('source[type="image/webp"]')).toHaveAttribute('srcset', /2-480\.webp 480w, .*2-1600\.webp 1600w/)
  await expect(photo).toHaveAttribute('width', '1600')
  await expect.poll(() => requested.some((path) => /\/images\/[^/]+\/1-\d+\.webp$/.test(path))).toBe(true)
  await expect.poll(() => requested.some((path) => /\/images\/[^/]+\/3-\d+\.webp$/.test(path))).toBe(true)
})

test('motion is reduced when the user asks', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`/galerie/${CRIJ.id}/1`)
  const picture = dialogOf(page).locator('picture')
  await expect(picture).toBeVisible()
  expect(await picture.evaluate((element) => getComputedStyle(element).animationName)).toBe('none')
})

test('an event page opens its photos in the lightbox and focus returns to the thumbnail', async ({ page }) => {
  await page.goto(`/evenements/${CRIJ.id}`)
  const thumbnail = page.getByRole('button', { name: /^Agrandir : .*un public de jeunes assis/ })
  await thumbnail.click()
  const dialog = dialogOf(page)
  await expect(dialog.getByText('3 / 5')).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(dialog.getByText('4 / 5')).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/evenements/${CRIJ.id}$`))
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(thumbnail).toBeFocused()
})

test('hundreds of albums come a page at a time', async ({ page }) => {
  const events = Array.from({ length: 60 }, (_, index) => ({
    id: `album-${index + 1}`,
    title: `Album ${index + 1}`,
    start: `2020-01-${String(28 - (index % 28)).padStart(2, '0')}`,
    photos: [{ src: 'images/absente.jpg', alt: 'Une photo', width: 800, height: 600 }],
  }))
  await page.route('**/data/events.json', (route) => route.fulfill({ json: { events } }))
  await page.goto('/galerie')
  const albums = page.getByRole('main').getByRole('listitem').getByRole('link')
  await expect(albums).toHaveCount(24)
  await expect(page.getByText('24 albums affichés sur 60')).toBeVisible()
  const more = page.getByRole('link', { name: 'Voir plus d’albums' })
  await expect(more).toHaveAttribute('href', '/galerie/page-2')
  await more.click()
  await expect(albums).toHaveCount(48)
  await expect(page).toHaveURL(/\/galerie$/)
  await expect(albums.nth(24)).toBeFocused()
  await more.click()
  await expect(albums).toHaveCount(60)
  await expect(more).toHaveCount(0)
})

test('a visit to the albums’ page 2 shows its albums and hydrates; an album opened there closes back to it', async ({ page }) => {
  const OLDEST = { id: '2017-01-02-voeux-aux-partenaires-de-la-formation', title: 'Vœux aux partenaires de la formation' }
  const messages: string[] = []
  page.on('console', (message) => messages.push(message.text()))
  await page.goto('/galerie/page-2')
  await expect(page.locator('html')).toHaveAttribute('data-start', 'hydrated')
  await expect(page).toHaveTitle('En image — page 2 — CARIF-OREF')
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1)
  await expect(page.getByText('Album 25 sur 25')).toBeVisible()
  expect(messages.filter((text) => /hydrat|mismatch/i.test(text))).toEqual([])

  await page.getByRole('link', { name: OLDEST.title }).click()
  const dialog = page.getByRole('dialog', { name: OLDEST.title })
  await expect(dialog).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/galerie/${OLDEST.id}/1$`))
  await dialog.getByRole('button', { name: 'Fermer' }).click()
  await expect(page).toHaveURL(/\/galerie\/page-2$/)
  await expect(page.getByRole('link', { name: OLDEST.title })).toBeFocused()

  await page.getByRole('link', { name: 'Page précédente' }).click()
  await expect(page).toHaveURL(/\/galerie$/)
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(24)
  await expect(page.getByRole('main').getByRole('listitem').first().getByRole('link')).toBeFocused()
})

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('a swipe left shows the next photo, a swipe right the previous one', async ({ page }) => {
    await page.goto(`/galerie/${CRIJ.id}/1`)
    const photo = dialogOf(page).getByRole('img')
    await expect(photo).toBeVisible()
    const box = (await photo.boundingBox())!
    const swipe = async (fromX: number, toX: number) => {
      const client = await page.context().newCDPSession(page)
      const y = box.y + box.height / 2
      const point = (x: number) => [{ x, y }]
      await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(fromX) })
      for (let step = 1; step <= 5; step += 1) {
        await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(fromX + ((toX - fromX) * step) / 5) })
      }
      await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    }
    await swipe(box.x + box.width - 20, box.x + 20)
    await expect(dialogOf(page).getByText('2 / 5')).toBeVisible()
    await swipe(box.x + 20, box.x + box.width - 20)
    await expect(dialogOf(page).getByText('1 / 5')).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`/galerie/${CRIJ.id}/1$`))
  })
})

test.describe('photo sizes come from the files', () => {
  // In the test content, the forum's third photo is a PNG 900×1200 and the data gives none of
  // its sizes; nor does it give those of the alternance week's photo, a JPEG 1600×1067.
  const FORUM = { id: '2017-06-03-forum-emploi-saisonnier', title: 'Forum de l’emploi saisonnier' }
  const PNG = { src: `/images/${FORUM.id}/3.png`, alt: /l’affiche du forum/ }

  /** The layout shifts of the page so far (its CLS), once every photo in view has loaded. */
  async function layoutShift(page: Page): Promise<number> {
    const inView = () =>
      page.evaluate(() =>
        [...document.images]
          .filter((image) => image.checkVisibility() && image.getBoundingClientRect().top < innerHeight)
          .every((image) => image.complete),
      )
    await expect.poll(inView).toBe(true)
    return page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
              total += entry.hadRecentInput ? 0 : entry.value
          }).observe({ type: 'layout-shift', buffered: true })
          setTimeout(() => resolve(total), 300)
        }),
    )
  }

  test('the prerendered photo page already gives the PNG photo its size and its WebP copies', async ({ request }) => {
    const html = await (await request.get(`/galerie/${FORUM.id}/3`)).text()
    const lightbox = html.slice(html.indexOf('<dialog'))
    expect(lightbox).toMatch(
      new RegExp(`<source type="image/webp" srcset="/images/${FORUM.id}/3-480\\.webp 480w, /images/${FORUM.id}/3-900\\.webp 900w"`),
    )
    expect(lightbox).toMatch(new RegExp(`<img src="${PNG.src}" alt="[^"]*" width="900" height="1200"`))
    // The album list behind it: the alternance week's cover, sized by the build.
    expect(html).toMatch(/<img src="\/images\/2017-06-05-semaine-alternance\/thumbs\/1\.jpg" alt="" width="1600" height="1067"/)
  })

  test('a PNG photo without sizes in the data is shown as WebP, sized, and nothing moves as it loads', async ({ page }) => {
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    await page.goto(`/galerie/${FORUM.id}/3`)
    const dialog = page.getByRole('dialog', { name: FORUM.title })
    const photo = dialog.getByRole('img', { name: PNG.alt })
    await expect(photo).toBeVisible()
    await expect(photo).toHaveAttribute('width', '900')
    await expect(photo).toHaveAttribute('height', '1200')
    await expect(dialog.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /3-480\.webp 480w, .*3-900\.webp 900w/)
    expect(await photo.evaluate((image: HTMLImageElement) => new URL(image.currentSrc).pathname)).toMatch(/\/3-(480|900)\.webp$/)
    expect(requested).not.toContain(PNG.src)
    expect(await layoutShift(page)).toBe(0)
  })

  for (const path of ['/galerie', `/evenements/${FORUM.id}`, '/evenements/2017-06-05-semaine-alternance']) {
    test(`${path}: the photos take their space before they load (no layout shift)`, async ({ page }) => {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      for (const image of await page.getByRole('main').locator('img').all()) {
        await expect(image).toHaveAttribute('width', /^\d+$/)
        await expect(image).toHaveAttribute('height', /^\d+$/)
      }
      expect(await layoutShift(page)).toBe(0)
    })
  }

  test('a photo put on the host after the build is shown from its own file, in a box of its own', async ({ page }) => {
    const photo = { src: 'images/ajoutee-apres.jpg', alt: 'Une photo ajoutée après la mise en ligne' }
    await page.route('**/data/events.json', (route) =>
      route.fulfill({ json: { events: [{ id: 'ajout', title: 'Album ajouté', start: '2017-06-10', photos: [photo] }] } }),
    )
    await page.route('**/images/ajoutee-apres.jpg', async (route) =>
      route.fulfill({ response: await page.request.get(`/images/${FORUM.id}/1.jpg`) }),
    )
    await page.goto('/galerie')
    // The host's data differs from the build's: the app renders the page afresh.
    await expect(page.locator('html')).toHaveAttribute('data-start', 'rendered', { timeout: 15_000 })
    const cover = page.getByRole('main').locator('img')
    await expect(cover).toHaveJSProperty('complete', true)
    expect(await cover.evaluate((image: HTMLImageElement) => [image.hasAttribute('width'), image.naturalWidth > 0])).toEqual([false, true])
    const box = (await cover.boundingBox())!
    expect(box.width / box.height).toBeCloseTo(3 / 2, 1)
    await page.getByRole('link', { name: 'Album ajouté' }).click()
    const shown = page.getByRole('dialog', { name: 'Album ajouté' }).getByRole('img', { name: photo.alt })
    await expect(shown).toBeVisible()
    await expect(page.getByRole('dialog').locator('source')).toHaveCount(0)
  })
})
