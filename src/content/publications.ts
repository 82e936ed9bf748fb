import { defineStore } from 'pinia'
import { createResource } from './resource'
import { DATA_FILES } from './schemas'

/** The publications of `publications.json`, in file order. */
export const usePublicationsStore = defineStore('publications', () => {
  const { status, version, items: publications, load, retry } = createResource(DATA_FILES.publications)
  return { status, version, publications, load, retry }
})
