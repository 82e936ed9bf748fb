/** Fewer pixels than this is a tap or a wobble, not a swipe. */
export const SWIPE_THRESHOLD = 50

/** The direction of a finger's move (`dx`, `dy` in px) if it is a horizontal swipe. */
export function swipeOf(dx: number, dy: number): 'left' | 'right' | null {
  if (Math.abs(dx) < SWIPE_THRESHOLD || Math.abs(dx) <= Math.abs(dy)) return null
  return dx < 0 ? 'left' : 'right'
}
