import { computed } from 'vue'
import { defineStore } from 'pinia'
import { indexById } from './by-id'
import { createResource } from './resource'
import { DATA_FILES } from './schemas'

/** The events of `events.json`, in file order. Features derive their own views of them. */
export const useEventsStore = defineStore('events', () => {
  const { status, version, items: events, load, retry } = createResource(DATA_FILES.events)
  const eventsById = computed(() => indexById(events.value))
  return { status, version, events, eventsById, load, retry }
})
