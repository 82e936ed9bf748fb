import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DATA_FILES, SITE_FILE } from '../../src/content/schemas.ts'
import { checkFile, checkRecordFile, recordName, type Finding } from './check-file.ts'

const events = DATA_FILES.events
const fixture = (name: string) => readFileSync(`tests/fixtures/check-data/${name}`, 'utf8')
const lines = (findings: Finding[]) =>
  findings.map(({ line, column, message, severity }) => `${line}:${column} ${severity === 'warning' ? 'attention : ' : ''}${message}`)

describe('checkFile', () => {
  it('passes a valid file', () => {
    expect(checkFile('{ "events": [ { "id": "a", "title": "Atelier", "start": "2017-06-21" } ] }', events)).toEqual([])
    expect(checkFile(fixture('publications-valid.json'), DATA_FILES.publications, () => true)).toEqual([])
  })

  it('asks no pixel size of a photo: the build reads it from the file', () => {
    const text =
      '{ "events": [ { "id": "a", "title": "Atelier", "start": "2017-06-21", "photos": [ { "src": "images/a/1.png", "alt": "Le groupe" } ] } ] }'
    expect(checkFile(text, events, () => true)).toEqual([])
  })

  it('says « virgule en trop » where the comma is, and still checks the records', () => {
    expect(lines(checkFile(fixture('events-trailing-comma.json'), events))).toEqual([
      '4:61 JSON invalide : virgule en trop avant la fin de la liste ou de l’objet',
      '4:64 JSON invalide : virgule en trop avant la fin de la liste ou de l’objet',
      '4:49 événement n° 2, « Forum », champ start : cette date n’existe pas',
    ])
  })

  it('reports every syntax error, and explains typographic quotes', () => {
    expect(lines(checkFile(fixture('events-syntax.json'), events))).toEqual([
      '3:65 JSON invalide : virgule en trop avant la fin de la liste ou de l’objet',
      '4:31 JSON invalide : guillemet typographique “ : les textes s’écrivent entre guillemets droits "',
      '4:39 JSON invalide : valeur attendue',
    ])
  })

  it('reports every problem of every record, numbered from 1 and named by title, then the missing files', () => {
    const exists = (file: string) => file === 'images/atelier/3.jpg'
    expect(lines(checkFile(fixture('events-problems.json'), events, exists))).toEqual([
      '6:16 événement n° 1, « Forum de l’emploi », champ start : cette date n’existe pas',
      '7:20 événement n° 1, « Forum de l’emploi », champ startTime : heure attendue au format HH:mm, de 00:00 à 23:59',
      '8:56 événement n° 1, « Forum de l’emploi », champ photos.0.alt : ne doit pas être vide (le champ est vide : remplissez-le)',
      '10:13 événement n° 2, « Forum bis », champ id : identifiant « forum-emploi » déjà utilisé plus haut',
      '11:5 événement n° 3, « Sans identifiant », champ id : champ obligatoire manquant',
      '14:16 attention : événement n° 4, « Atelier <strong>CV</strong> », champ title : balisage HTML (<strong>) : le site affiche le texte tel quel, balises comprises',
      '17:18 événement n° 4, « Atelier <strong>CV</strong> », champ endTime : l’heure de fin (12:00) précède l’heure de début (14:00)',
      '20:18 événement n° 4, « Atelier <strong>CV</strong> », champ photos.0.src : une image doit être un fichier du site (images/…), pas l’adresse d’un autre site : la politique de sécurité du site l’empêcherait de s’afficher',
      '8:27 événement n° 1, « Forum de l’emploi », champ photos.0.src : fichier « images/forum/1.jpg » introuvable',
      '21:18 événement n° 4, « Atelier <strong>CV</strong> », champ photos.1.src : fichier « images/atelier/2.jpg » introuvable',
    ])
  })

  it('checks root-path addresses against the public folder as relative ones', () => {
    const asked: string[] = []
    const text =
      '{"publications":[{"id":"a","title":"A","date":"2016-04","type":"Synthèse","sectors":[],"url":"/files/a.pdf","cover":{"src":"./images/a.jpg","alt":"A","width":1,"height":1}}]}'
    checkFile(text, DATA_FILES.publications, (file) => (asked.push(file), true))
    expect(asked).toEqual(['files/a.pdf', 'images/a.jpg'])
  })

  it('lets documents and source links point to another site', () => {
    const text =
      '{"articles":[{"id":"a","title":"A","date":"2017-03-01","body":[{"type":"paragraph","text":"x"}],"source":{"label":"CGET","url":"https://www.cget.gouv.fr/a.pdf"}}]}'
    expect(checkFile(text, DATA_FILES.articles, () => false)).toEqual([])
  })

  it('refuses an end time before the start time, on one day or several (the times hold each day)', () => {
    const text = '{"events":[{"id":"a","title":"A","start":"2017-06-05","end":"2017-06-07","startTime":"18:00","endTime":"09:00"}]}'
    expect(lines(checkFile(text, events))).toEqual([
      '1:104 événement n° 1, « A », champ endTime : l’heure de fin (09:00) précède l’heure de début (18:00) : sur plusieurs jours, les heures valent pour chaque jour',
    ])
  })

  it('refuses a file of the wrong shape', () => {
    expect(checkFile('{ "evenements": [] }', events)[0]?.message).toBe('le fichier doit être un objet avec une liste « events »')
  })
})

describe('recordName', () => {
  it('numbers from 1 and names by title, else by id', () => {
    expect(recordName('événement', 24, { title: ' Forum de l’emploi ' })).toBe('événement n° 25, « Forum de l’emploi »')
    expect(recordName('publication', 0, { id: 'tourisme' })).toBe('publication n° 1, « tourisme »')
    expect(recordName('article', 2, null)).toBe('article n° 3')
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
    expect(checkRecordFile('{ "site": { "name": "x", } }', SITE_FILE)[0]?.message).toMatch(/virgule en trop/)
  })
})
