import { describe, expect, it } from 'vitest'
import { DATA_FILES, SITE_FILE } from '../../src/content/schemas.ts'
import { checkFile, checkRecordFile } from './check-file.ts'

const events = DATA_FILES.events

describe('checkFile', () => {
  it('passes a valid file', () => {
    expect(checkFile('{ "events": [ { "id": "a", "title": "Atelier", "start": "2017-06-21" } ] }', events)).toEqual([])
  })

  it('points at the line and column of the faulty field', () => {
    const text = [
      '{',
      '  "events": [',
      '    { "id": "a", "title": "Atelier", "start": "2017-06-21" },',
      '    { "id": "b", "title": "Forum",',
      '      "start": "2017-02-30" }',
      '  ]',
      '}',
    ].join('\n')
    expect(checkFile(text, events)).toEqual([
      { line: 5, column: 16, message: 'enregistrement n° 1 « b », champ start : cette date n’existe pas' },
    ])
  })

  it('points at a duplicate id and at a record that is missing a field', () => {
    const text = '{"events":[\n{"id":"a","title":"A","start":"2017-06-21"},\n{"id":"a","title":"B","start":"2017-06-22"},\n{"id":"c","start":"2017-06-22"}\n]}'
    expect(checkFile(text, events).map(({ line, message }) => `${line} ${message}`)).toEqual([
      '3 enregistrement n° 1 « a », champ id : identifiant « a » déjà utilisé plus haut',
      '4 enregistrement n° 2 « c », champ title : champ obligatoire manquant',
    ])
  })

  it('explains a syntax error in French with its position', () => {
    expect(checkFile('{ "events": [\n  { "id": "a", }\n] }', events)).toEqual([
      { line: 2, column: 16, message: 'JSON invalide : nom de champ entre guillemets attendu' },
    ])
  })

  it('refuses a file of the wrong shape', () => {
    expect(checkFile('{ "evenements": [] }', events)[0]?.message).toBe('le fichier doit être un objet avec une liste « events »')
  })

  it('reports local files that do not exist, once the records are valid', () => {
    const text = '{"events":[{"id":"a","title":"A","start":"2017-06-21",\n"photos":[{"src":"images/a.jpg","thumb":"https://cdn.example/a.jpg","alt":"x","width":1,"height":1}]}]}'
    expect(checkFile(text, events, () => true)).toEqual([])
    expect(checkFile(text, events, (address) => address !== 'images/a.jpg')).toEqual([
      { line: 2, column: 18, message: 'fichier « images/a.jpg » introuvable' },
    ])
  })
})

describe('checkRecordFile', () => {
  const valid = {
    name: 'CARIF-OREF',
    address: { street: '10 place de l’Emploi', postalCode: '69003', city: 'Lyon' },
    email: 'contact@carif-oref.fr',
    phone: '04 65 71 20 30',
    director: 'Claire Martin',
    host: { name: 'Hébergeur', address: { street: '2 rue', postalCode: '59100', city: 'Roubaix' } },
    accessibility: { status: 'partiellement' },
  }

  it('passes a valid site.json', () => {
    expect(checkRecordFile(JSON.stringify({ site: valid }, null, 2), SITE_FILE)).toEqual([])
  })

  it('reports every faulty field in one run, at its line', () => {
    const text = JSON.stringify({ site: { ...valid, email: 'contact', accessibility: { status: 'conforme', rate: 120 } } }, null, 2)
    expect(checkRecordFile(text, SITE_FILE).map(({ line, message }) => `${line} ${message}`)).toEqual([
      '9 champ email : adresse électronique invalide',
      '21 champ accessibility.status : état attendu : « totalement », « partiellement » ou « non »',
      '22 champ accessibility.rate : doit être entre 0 et 100',
    ])
  })

  it('refuses a list or a missing record, and explains a syntax error', () => {
    expect(checkRecordFile('{ "site": [] }', SITE_FILE)[0]?.message).toBe('le fichier doit être un objet avec un objet « site »')
    expect(checkRecordFile('{ "site": { "name": "x", } }', SITE_FILE)[0]?.message).toBe('JSON invalide : nom de champ entre guillemets attendu')
  })
})
