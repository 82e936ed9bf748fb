/** Small typed events for the agenda's specs. */
import type { AgendaEvent } from '../../content/schemas'

export function makeEvent(fields: Partial<AgendaEvent> & Pick<AgendaEvent, 'id' | 'start'>): AgendaEvent {
  return { title: `Événement ${fields.id}`, ...fields }
}

export const juneEvents: AgendaEvent[] = [
  makeEvent({
    id: 'comite',
    title: 'Comité d’orientation',
    start: '2017-06-21',
    startTime: '09:30',
    endTime: '12:30',
    location: 'Cayenne',
  }),
  makeEvent({ id: 'apres-midi', title: 'Formation outils', start: '2017-06-09', startTime: '13:30' }),
  makeEvent({ id: 'matinale', title: 'Matinale emploi', start: '2017-06-09', startTime: '08:30' }),
  makeEvent({ id: 'alternance', title: 'Semaine de l’alternance', start: '2017-06-05', end: '2017-06-07' }),
  makeEvent({ id: 'fin-annee', title: 'Fin d’année', start: '2017-12-30', end: '2018-01-02' }),
  makeEvent({ id: 'bilan', title: 'Bilan annuel', start: '2017-12-14' }),
]
