import { computed } from 'vue'
import { defineStore, storeToRefs } from 'pinia'
import { useEventsStore } from '../../content/events'
import { albumsOf } from './albums'

/** The albums, made once per loaded file and shared by the gallery, the home page and every prerendered page. */
export const useGalleryStore = defineStore('gallery', () => {
  const { events } = storeToRefs(useEventsStore())
  const albums = computed(() => albumsOf(events.value))
  return { albums }
})
