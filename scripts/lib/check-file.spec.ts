import { describe, expect, it } from 'vitest'
import { DATA_FILES } from '../../src/content/schemas.ts'
import { checkFile } from './check-file.ts'

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
