/** The list shows this many publications a page (`/publications/page/2` the next ones). */
export const PUBLICATIONS_PER_PAGE = 20
