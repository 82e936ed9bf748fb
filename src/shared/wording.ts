/** Every French word the user reads, in one place so the copy can be reviewed at once. */
import { formatNumber } from './number'

export const SITE_NAME = 'CARIF-OREF'

export const wording = {
  site: {
    name: SITE_NAME,
    tagline: 'Observatoire régional de l’emploi et de la formation',
    skipLink: 'Aller au contenu',
    navLabel: 'Navigation principale',
    footer: 'CARIF-OREF — Centre d’animation, de ressources et d’information sur la formation, Observatoire régional emploi formation',
    titleTemplate: `%s — ${SITE_NAME}`,
  },
  nav: {
    home: 'Accueil',
    agenda: 'Agenda',
    gallery: 'En image',
    publications: 'Publications',
    news: 'Actualités',
  },
  load: {
    busy: 'Chargement…',
    failed: 'Le contenu n’a pas pu être chargé. Vérifiez votre connexion puis réessayez.',
    retry: 'Réessayer',
  },
  notFound: {
    title: 'Page introuvable',
    text: 'La page demandée n’existe pas ou a été déplacée.',
    home: 'Retour à l’accueil',
  },
  home: {
    title: 'Accueil',
    heading: 'Bienvenue au CARIF-OREF',
    latestArticle: 'À la une',
    agenda: 'Agenda du CARIF-OREF',
    upcoming: 'Prochains événements',
    fullAgenda: 'Voir tout l’agenda',
    gallery: 'En image',
    allAlbums: 'Tous les albums',
    publications: 'Dernières publications',
    allPublications: 'Toutes les publications',
    noArticle: 'Aucun article pour le moment.',
  },
  agenda: {
    title: 'Agenda',
    noEvent: 'Aucun événement pour le moment.',
    previousMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
  },
  event: {
    title: 'Événement',
  },
  gallery: {
    title: 'En image',
    none: 'Aucun album pour le moment.',
    photoCount: (count: number) => (count > 1 ? `${count} photos` : `${count} photo`),
  },
  publications: {
    title: 'Publications',
    none: 'Aucune publication pour le moment.',
    open: 'Consulter le document',
    sectorLink: 'Publications du secteur',
    filters: 'Filtrer les publications',
    showFilters: 'Filtres',
    search: 'Rechercher une publication',
    sector: 'Secteur',
    year: 'Année',
    allYears: 'Toutes les années',
    type: 'Type de document',
    allTypes: 'Tous les types',
    withCount: (label: string, count: number) => `${label} (${formatNumber(count)})`,
    activeFilters: 'Filtres actifs',
    removeFilter: 'Retirer le filtre',
    searchChip: (q: string) => `« ${q} »`,
    clear: 'Effacer les filtres',
    count: (count: number) => (count > 1 ? `${formatNumber(count)} publications` : `${count} publication`),
    noMatch: 'Aucune publication ne correspond à votre recherche.',
    more: 'Afficher plus de publications',
    shown: (shown: number, total: number) => `${formatNumber(shown)} sur ${formatNumber(total)} affichées`,
  },
  news: {
    title: 'Actualités',
    none: 'Aucun article pour le moment.',
    more: 'Pour aller plus loin',
    back: 'Toutes les actualités',
    publishedOn: 'Publié le',
  },
} as const
