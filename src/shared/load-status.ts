/**
 * Where a piece of content stands: one status, never three booleans. A failure is `error`
 * when the server could not be reached, `unavailable` when it answered without a usable file
 * (HTTP error, not JSON, wrong shape): the visitor's connection is not to blame.
 */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error' | 'unavailable'

export const isFailure = (status: LoadStatus): boolean => status === 'error' || status === 'unavailable'
