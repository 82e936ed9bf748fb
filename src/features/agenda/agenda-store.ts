import { computed } from 'vue'
import { defineStore, storeToRefs } from 'pinia'
import { useEventsStore } from '../../content/events'
import { indexEvents } from './event-index'

/** The events indexed by day, computed once per loaded file and shared by every agenda view. */
export const useAgendaStore = defineStore('agenda', () => {
  const { events } = storeToRefs(useEventsStore())
  const index = computed(() => indexEvents(events.value))
  return { index }
})
