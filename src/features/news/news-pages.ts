/** The news list shows this many articles a page (`/actualites/page/2` the next ones). */
export const ARTICLES_PER_PAGE = 20
