import { describe, expect, it } from 'vitest'
import { makeEvent } from '../features/agenda/fixtures'
import { eventJsonLd, jsonLdText, parisOffset, type JsonLdSite } from './json-ld'

const site: JsonLdSite = {
  home: 'https://exemple.fr/site/',
  page: (path) => `https://exemple.fr/site${path}`,
  asset: (address) => `https://exemple.fr/site/${address}`,
  logo: 'https://exemple.fr/site/logo.png',
}

describe('parisOffset', () => {
  it('gives the offset of that date in Paris, not today’s', () => {
    expect(parisOffset('2017-01-10', '10:00')).toBe('+01:00')
    expect(parisOffset('2017-06-21', '09:30')).toBe('+02:00')
    // The changes of 2024: 31 March and 27 October.
    expect(parisOffset('2024-03-30', '12:00')).toBe('+01:00')
    expect(parisOffset('2024-03-31', '12:00')).toBe('+02:00')
    expect(parisOffset('2024-10-26', '23:30')).toBe('+02:00')
    expect(parisOffset('2024-10-27', '09:00')).toBe('+01:00')
  })
})

describe('eventJsonLd', () => {
  it('writes start and end with their time and Paris offset when known', () => {
    const data = eventJsonLd(
      makeEvent({ id: 'comite', start: '2017-12-14', end: '2017-12-15', startTime: '09:30', endTime: '17:00', location: 'Cayenne' }),
      site,
      '/evenements/comite',
    )
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2017-12-14T09:30:00+01:00',
      endDate: '2017-12-15T17:00:00+01:00',
      location: { '@type': 'Place', name: 'Cayenne', address: 'Cayenne' },
      url: 'https://exemple.fr/site/evenements/comite',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      organizer: { '@type': 'Organization', name: 'CARIF-OREF', url: 'https://exemple.fr/site/' },
    })
  })

  it('keeps calendar dates for an event without times, and lists its photos', () => {
    const photo = { src: 'images/a/1.jpg', alt: 'Une salle', width: 10, height: 10 }
    const data = eventJsonLd(makeEvent({ id: 'a', start: '2017-06-05', end: '2017-06-07', photos: [photo] }), site, '/evenements/a')
    expect(data).toMatchObject({ startDate: '2017-06-05', endDate: '2017-06-07', image: ['https://exemple.fr/site/images/a/1.jpg'] })
    expect(data).not.toHaveProperty('location')
  })
})

describe('jsonLdText', () => {
  it('keeps </script>, <!-- and line separators as text that parses back to the same value', () => {
    const hostile = { '@type': 'Thing', name: '</script><script>alert(1)</script> <!-- & \u2028\u2029' }
    const text = jsonLdText(hostile)
    expect(text).not.toMatch(/[<>\u2028\u2029]/)
    expect(JSON.parse(text)).toEqual(hostile)
  })
})
