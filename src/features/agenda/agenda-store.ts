import { computed } from 'vue'
import { defineStore, storeToRefs } from 'pinia'
import { useEventsStore } from '../../content/events'
import { useToday } from '../../shared/today'
import { eventsOn, hasPage, indexEvents } from './event-index'

/**
 * The events indexed by day, computed once per loaded file and shared by every agenda view
 * (and by every page the prerender renders), with the number of events of a day and whether
 * a month or a day has a page of its own (the prerendered calendar links only to those).
 */
export const useAgendaStore = defineStore('agenda', () => {
  const { events } = storeToRefs(useEventsStore())
  const today = useToday()
  const index = computed(() => indexEvents(events.value))
  const countOf = (date: string) => eventsOn(index.value, date).length
  const hasPageOf = (period: string) => hasPage(index.value, today.value, period)
  return { index, countOf, hasPage: hasPageOf }
})
