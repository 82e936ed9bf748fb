import { computed } from 'vue'
import { defineStore, storeToRefs } from 'pinia'
import { useEventsStore } from '../../content/events'
import { eventsOn, indexEvents } from './event-index'

/**
 * The events indexed by day, computed once per loaded file and shared by every agenda view
 * (and by every page the prerender renders), with the number of events of a day.
 */
export const useAgendaStore = defineStore('agenda', () => {
  const { events } = storeToRefs(useEventsStore())
  const index = computed(() => indexEvents(events.value))
  const countOf = (date: string) => eventsOn(index.value, date).length
  return { index, countOf }
})
