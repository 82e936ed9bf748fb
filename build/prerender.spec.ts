import { describe, expect, it } from 'vitest'
import { assetLinks, fileOf } from './prerender'

describe('fileOf', () => {
  it('writes each path to the file a static host serves for it', () => {
    expect(fileOf('/')).toBe('index.html')
    expect(fileOf('/agenda/2017-06')).toBe('agenda/2017-06.html')
    expect(fileOf('/404')).toBe('404.html')
  })
})

describe('assetLinks', () => {
  const manifest = {
    'src/views/SearchView.vue': ['/assets/SearchView-a1.js', '/assets/SearchView-a1.css', '/assets/search.worker-b2.js'],
    'src/App.vue': ['/assets/index-c3.js'],
  }
  const chunks = new Set(['/assets/SearchView-a1.js', '/assets/index-c3.js'])

  it('preloads the chunks and links the styles of the modules a page rendered', () => {
    const links = assetLinks(['src/views/SearchView.vue'], manifest, '<html></html>', chunks)
    expect(links).toContain('<link rel="modulepreload" crossorigin href="/assets/SearchView-a1.js">')
    expect(links).toContain('<link rel="stylesheet" href="/assets/SearchView-a1.css">')
  })

  it('does not preload a file that is not a chunk of the app, such as a worker', () => {
    expect(assetLinks(['src/views/SearchView.vue'], manifest, '<html></html>', chunks)).not.toContain('search.worker')
  })

  it('leaves out what the shell already links', () => {
    const shell = '<script type="module" src="/assets/index-c3.js"></script>'
    expect(assetLinks(['src/App.vue'], manifest, shell, chunks)).toBe('')
  })
})
