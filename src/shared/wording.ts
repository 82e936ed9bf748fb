/** Every French word the user reads, in one place so the copy can be reviewed at once. */
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
    more: 'Voir plus d’albums',
    shown: (shown: number, total: number) => `${shown} albums affichés sur ${total}`,
    previous: 'Photo précédente',
    next: 'Photo suivante',
    close: 'Fermer',
    counterPrefix: 'Photo',
    broken: 'Cette photo n’a pas pu être chargée.',
    enlarge: (alt: string) => `Agrandir : ${alt}`,
    photoTitle: (album: string, n: number, count: number) => `${album}, photo ${n} sur ${count}`,
  },
  publications: {
    title: 'Publications',
    none: 'Aucune publication pour le moment.',
    open: 'Consulter le document',
  },
  news: {
    title: 'Actualités',
    none: 'Aucun article pour le moment.',
    more: 'Pour aller plus loin',
    back: 'Toutes les actualités',
    publishedOn: 'Publié le',
  },
} as const
