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
    calendarName: 'Agenda du CARIF-OREF',
    noEventThisDay: 'Aucun événement ce jour.',
    noEventThisMonth: 'Aucun événement ce mois-ci.',
    previousMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
    today: 'Aujourd’hui',
    monthShown: (month: string) => `${month} affiché`,
    eventCount: (count: number) => (count > 1 ? `${count} événements` : `${count} événement`),
    monthEvents: (month: string) => `Événements de ${month}`,
    showMore: (count: number, remaining: number) =>
      `Afficher ${count > 1 ? `${count} événements` : '1 événement'} de plus (${remaining} restant${remaining > 1 ? 's' : ''})`,
    previousEvent: 'Événement précédent :',
    nextEvent: 'Événement suivant :',
    subscribe: 'S’abonner à l’agenda (iCal)',
    keyboardHelp: 'Flèches : jour ou semaine ; Page précédente / suivante : mois (avec Maj : année) ; Entrée : choisir le jour.',
  },
  event: {
    title: 'Événement',
    backToDay: (day: string) => `Retour à l’agenda du ${day}`,
    addToCalendar: 'Ajouter à mon agenda (.ics)',
    googleCalendar: 'Ajouter à Google Agenda',
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
  },
  news: {
    title: 'Actualités',
    none: 'Aucun article pour le moment.',
    more: 'Pour aller plus loin',
    back: 'Toutes les actualités',
    publishedOn: 'Publié le',
  },
} as const
