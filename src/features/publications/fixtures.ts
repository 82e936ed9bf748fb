import type { Publication } from '../../content/schemas'

/** A valid publication for tests: only what a test cares about needs to be given. */
export function publication(fields: Partial<Publication> & { id: string }): Publication {
  return { title: `Publication ${fields.id}`, date: '2016-04', type: 'Étude sectorielle', sectors: [], ...fields }
}
