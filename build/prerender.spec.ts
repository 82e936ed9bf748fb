import { describe, expect, it } from 'vitest'
import { fileOf, styleLinks } from './prerender'

describe('fileOf', () => {
  it('writes each path to the file a static host serves for it', () => {
    expect(fileOf('/')).toBe('index.html')
    expect(fileOf('/agenda/2017-06')).toBe('agenda/2017-06.html')
    expect(fileOf('/404')).toBe('404.html')
  })
})

describe('styleLinks', () => {
  const manifest = {
    'src/views/SearchView.vue': ['/assets/SearchView-a1.js', '/assets/SearchView-a1.css', '/assets/search.worker-b2.js'],
    'src/App.vue': ['/assets/index-c3.js', '/assets/index-c3.css'],
  }

  it('links the styles of the modules a page rendered, and preloads no script (the app loads once the page is painted)', () => {
    expect(styleLinks(['src/views/SearchView.vue'], manifest, '<html></html>')).toBe(
      '<link rel="stylesheet" href="/assets/SearchView-a1.css">',
    )
  })

  it('leaves out what the shell already links', () => {
    const shell = '<link rel="stylesheet" crossorigin href="/assets/index-c3.css">'
    expect(styleLinks(['src/App.vue'], manifest, shell)).toBe('')
  })
})
