/** A small site for the search's specs: events, publications and articles of its own. */
import type { AgendaEvent, Article, Publication } from '../../content/schemas'
import { fromArticle, fromEvent, fromPublication, type SearchDocument } from './documents'

const event = (fields: Partial<AgendaEvent> & Pick<AgendaEvent, 'id' | 'title' | 'start'>): AgendaEvent => ({ ...fields })
const publication = (fields: Partial<Publication> & Pick<Publication, 'id' | 'title'>): Publication => ({
  date: '2016-04',
  type: 'Étude sectorielle',
  sectors: [],
  ...fields,
})
const article = (fields: Partial<Article> & Pick<Article, 'id' | 'title'>): Article => ({
  date: '2017-05-02',
  body: [{ type: 'paragraph', text: 'Texte.' }],
  ...fields,
})

export const siteDocuments: SearchDocument[] = [
  fromEvent(event({ id: 'forum-passe', title: 'Forum de l’orientation', start: '2017-03-10', location: 'Lycée Jean Moulin' })),
  fromEvent(
    event({ id: 'forum-a-venir', title: 'Forum de l’orientation', start: '2017-09-15', end: '2017-09-16', location: 'Lycée Jean Moulin' }),
  ),
  fromEvent(
    event({
      id: 'atelier',
      title: 'Atelier CV',
      start: '2017-06-09',
      category: 'Orientation',
      description: 'Rédiger son CV avec un conseiller.',
    }),
  ),
  fromEvent(event({ id: 'reunion', title: 'Réunion des partenaires', start: '2017-06-12', location: 'Maison de l’orientation' })),
  fromPublication(
    publication({ id: 'tourisme', title: 'Les métiers du tourisme', sectors: ['Tourisme'], summary: 'Saisonnalité et emplois.' }),
  ),
  fromPublication(
    publication({
      id: 'hotellerie',
      title: 'Hôtellerie-restauration',
      sectors: ['Tourisme', 'Hôtellerie-Restauration'],
      type: 'Fiche métier',
    }),
  ),
  fromPublication(
    publication({
      id: 'formations',
      title: 'Formations en apprentissage',
      sectors: ['Industrie'],
      summary: 'Les formations de la région.',
    }),
  ),
  fromArticle(
    article({
      id: 'poles',
      title: 'Les pôles de compétitivité',
      summary: 'Huit pôles en région.',
      body: [
        { type: 'heading', text: 'Des pôles pour innover' },
        {
          type: 'paragraph',
          text: 'Les entreprises du tourisme et de l’industrie y travaillent avec des laboratoires <script>alert(1)</script>.',
        },
        { type: 'list', items: ['Aéronautique', 'Formation'] },
      ],
    }),
  ),
]
