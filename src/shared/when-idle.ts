/** Runs `work` when the browser has nothing more urgent to do (soon after, where it cannot tell). */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 2000 })
  else setTimeout(work)
}
