import { computed } from 'vue'
import { defineStore } from 'pinia'
import { newestFirst } from '../shared/dates'
import { indexById } from './by-id'
import { createResource } from './resource'
import { DATA_FILES } from './schemas'

/** The articles of `articles.json`, newest first. */
export const useArticlesStore = defineStore('articles', () => {
  const { status, version, items, load, retry } = createResource(DATA_FILES.articles)
  const articles = computed(() => newestFirst(items.value))
  const articlesById = computed(() => indexById(items.value))
  return { status, version, articles, articlesById, load, retry }
})
