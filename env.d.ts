/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The site's address without its base path (`SITE_URL`, else package.json's `homepage`), set by the build. */
  readonly VITE_SITE_URL?: string
}
