/**
 * The entry: the prerendered page is painted first, then the app's code loads and hydrates it.
 * Were the app imported here, Chromium would load and run it (and fetch the route's data, then
 * hydrate) before its first paint whenever the code arrives as fast as the HTML, and visitors
 * would wait for it to see the page the HTML already holds. A hidden page (no paint to wait
 * for) and a browser that does not report paints start at once.
 */
let started = false
function start(): void {
  if (started) return
  started = true
  void import('./start')
}

if (document.visibilityState === 'hidden' || !PerformanceObserver.supportedEntryTypes.includes('paint')) {
  start()
} else {
  new PerformanceObserver(() => setTimeout(start)).observe({ type: 'paint', buffered: true })
  // However long the page takes to paint, the app starts within two seconds.
  setTimeout(start, 2000)
}
