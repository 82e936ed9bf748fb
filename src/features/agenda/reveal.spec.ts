// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { revealIfHidden } from './reveal'

function panelAt(top: number) {
  const element = document.createElement('section')
  element.getBoundingClientRect = () => ({ top }) as DOMRect
  element.scrollIntoView = vi.fn()
  return element
}

const view = (reducedMotion: boolean) => ({
  innerHeight: 640,
  matchMedia: (query: string) => ({ matches: reducedMotion && query === '(prefers-reduced-motion: reduce)' }) as MediaQueryList,
})

describe('revealIfHidden', () => {
  it('scrolls a panel below the fold into view, smoothly', () => {
    const panel = panelAt(900)
    revealIfHidden(panel, view(false))
    expect(panel.scrollIntoView).toHaveBeenCalledWith({ behavior: 'smooth', block: 'start' })
  })

  it('jumps without animation when reduced motion is asked for, and brings back a panel scrolled past', () => {
    const panel = panelAt(-300)
    revealIfHidden(panel, view(true))
    expect(panel.scrollIntoView).toHaveBeenCalledWith({ behavior: 'auto', block: 'start' })
  })

  it('leaves a panel already in view where it is', () => {
    const panel = panelAt(120)
    revealIfHidden(panel, view(false))
    expect(panel.scrollIntoView).not.toHaveBeenCalled()
  })
})
