import { defineStore } from 'pinia'
import { createRecordResource } from './resource'
import { SITE_FILE } from './schemas'

/** The observatory's settings of `site.json`: contact details, legal notice, accessibility audit. */
export const useSiteStore = defineStore('site', () => {
  const { status, version, record: site, load, retry } = createRecordResource(SITE_FILE)
  return { status, version, site, load, retry }
})
