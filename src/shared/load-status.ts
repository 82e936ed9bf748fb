/** Where a piece of content stands: one status, never three booleans. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'
