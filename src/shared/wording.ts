/** Every French word the user reads, in one place so the copy can be reviewed at once. */
import { formatNumber } from './number.ts'

export const SITE_NAME = 'CARIF-OREF'

/** « a, b et c »: a list as written in French (its formatter built on first need, as in `number.ts`). */
let frenchLists: Intl.ListFormat | undefined
const frenchList = (items: readonly string[]) => (frenchLists ??= new Intl.ListFormat('fr-FR', { type: 'conjunction' })).format(items)

/** The items a page further down a list shows: « Albums 25 à 48 sur 60 », « Album 61 sur 61 ». */
const shownFrom = (one: string, many: string, first: number, last: number, total: number) =>
  first === last
    ? `${one} ${formatNumber(first)} sur ${formatNumber(total)}`
    : `${many} ${formatNumber(first)} à ${formatNumber(last)} sur ${formatNumber(total)}`

export const wording = {
  site: {
    name: SITE_NAME,
    tagline: 'Observatoire régional de l’emploi et de la formation',
    skipLink: 'Aller au contenu',
    /** Said, visibly and in its name, by every link that opens a new window (RGAA 13.2). */
    newWindow: '(nouvelle fenêtre)',
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
    unavailable: 'Ce contenu est momentanément indisponible.',
    retry: 'Réessayer',
  },
  /** The pages of a long list (publications, news, albums) after the first. */
  pages: {
    previous: 'Page précédente',
    /** « Publications — page 2 »: the title and heading of a list's page. */
    title: (list: string, page: number) => `${list} — page ${page}`,
    /** The list's description, then « Page 2 sur 5. » */
    description: (list: string, page: number, count: number) => `${list} Page ${page} sur ${count}.`,
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
    fullAgenda: 'Tout l’agenda',
    gallery: 'En image',
    allAlbums: 'Tous les albums',
    publications: 'Dernières publications',
    allPublications: 'Toutes les publications',
    allNews: 'Toutes les actualités',
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
    more: 'Voir plus d’albums',
    /** `first`, `last`: the positions (from 1) of the first and last albums shown. */
    shown: (first: number, last: number, total: number) =>
      first === 1 ? `${formatNumber(last)} albums affichés sur ${formatNumber(total)}` : shownFrom('Album', 'Albums', first, last, total),
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
    /** `details`: « PDF, 245 Ko » (`documentDetails`), or empty. */
    open: (details: string) => (details ? `Consulter le document (${details})` : 'Consulter le document'),
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
    shown: (first: number, last: number, total: number) =>
      first === 1
        ? `${formatNumber(last)} sur ${formatNumber(total)} affichées`
        : shownFrom('Publication', 'Publications', first, last, total),
  },
  news: {
    title: 'Actualités',
    none: 'Aucun article pour le moment.',
    more: 'Pour aller plus loin',
    back: 'Toutes les actualités',
    publishedOn: 'Publié le',
    showMore: 'Afficher plus d’actualités',
    shown: (first: number, last: number, total: number) =>
      first === 1
        ? `${formatNumber(last)} actualités affichées sur ${formatNumber(total)}`
        : shownFrom('Actualité', 'Actualités', first, last, total),
  },
  meta: {
    shareImageAlt: 'CARIF-OREF, observatoire régional de l’emploi et de la formation',
    home: 'Le CARIF-OREF, observatoire régional de l’emploi et de la formation : agenda des événements, albums photo, études sectorielles, fiches métiers et actualités.',
    agendaMonth: (month: string) => `Les événements du CARIF-OREF en ${month} : réunions, forums, ateliers et journées d’information.`,
    agendaDay: (day: string) => `Les événements du CARIF-OREF le ${day}.`,
    event: (title: string, when: string) => `${title}, ${when}.`,
    gallery: 'Les albums photo des événements du CARIF-OREF.',
    photo: (album: string) => `Une photo de l’album « ${album} » du CARIF-OREF.`,
    publications: 'Études sectorielles, fiches métiers et autres publications du CARIF-OREF, à filtrer par secteur, année et type.',
    news: 'Les actualités du CARIF-OREF : emploi, formation et orientation dans la région.',
    notFound: 'La page demandée n’existe pas ou a été déplacée.',
    search: 'Rechercher dans l’agenda, les publications et les actualités du CARIF-OREF.',
    accessibility:
      'La déclaration d’accessibilité du site du CARIF-OREF : état de conformité au RGAA, contenus non accessibles et voies de recours.',
    legalNotice: 'Les mentions légales du site du CARIF-OREF : éditeur, directeur de la publication et hébergeur.',
    privacy:
      'Le site du CARIF-OREF ne dépose aucun cookie et n’appelle aucun service tiers : ce que cela veut dire pour vos données personnelles.',
    siteMap: 'Le plan du site du CARIF-OREF : toutes les rubriques, les articles et les publications par secteur.',
    contact: 'Contacter le CARIF-OREF : adresse postale, courriel et téléphone.',
    feeds: {
      news: 'Actualités du CARIF-OREF',
      publications: 'Publications du CARIF-OREF',
      agenda: 'Agenda du CARIF-OREF',
    },
  },
  footer: {
    label: 'Pied de page',
    /** « Accessibilité : partiellement conforme », or a neutral link while `site.json` is missing. */
    accessibility: (status: 'totalement' | 'partiellement' | 'non' | null) =>
      status === null ? 'Accessibilité' : `Accessibilité : ${status} conforme`,
    legalNotice: 'Mentions légales',
    privacy: 'Données personnelles',
    siteMap: 'Plan du site',
    contact: 'Contact',
  },
  contact: {
    title: 'Contact',
    intro: 'Pour toute question sur l’emploi, la formation ou nos publications, écrivez-nous ou appelez-nous.',
    address: 'Adresse postale',
    email: 'Courriel',
    phone: 'Téléphone',
    hours: 'Horaires',
  },
  legalNotice: {
    title: 'Mentions légales',
    publisher: 'Éditeur du site',
    director: 'Directeur ou directrice de la publication',
    host: 'Hébergement',
    hostPhone: 'Téléphone :',
    siret: 'SIRET :',
    contact: 'Contact',
    reuse: 'Propriété intellectuelle et réutilisation',
    reuseText:
      'Les textes, études et fiches publiés sur ce site peuvent être réutilisés librement, à condition d’en citer la source (« CARIF-OREF ») et la date de publication. Les photos restent la propriété de leurs auteurs : leur réutilisation demande leur accord.',
    links: 'Liens vers d’autres sites',
    linksText: 'Ce site contient des liens vers d’autres sites, publics ou privés, dont le CARIF-OREF ne maîtrise pas le contenu.',
    privacy: 'Données personnelles :',
  },
  privacy: {
    title: 'Données personnelles',
    intro: 'Vous pouvez consulter ce site sans nous donner aucune donnée personnelle.',
    cookies: 'Aucun cookie',
    cookiesText:
      'Ce site ne dépose aucun cookie ni traceur sur votre appareil, et n’en lit aucun : il n’affiche donc pas de bandeau de consentement.',
    thirdParties: 'Aucun service tiers',
    thirdPartiesText:
      'Ce site n’appelle aucun service tiers : pas d’outil de mesure d’audience, pas de police de caractères, de vidéo ni de carte chargées depuis un autre site, pas de bouton de réseau social. Toutes les pages, les images et les documents viennent du serveur du site.',
    search: 'La recherche sur le site se fait entièrement dans votre navigateur : ce que vous tapez n’est envoyé à personne.',
    logs: 'Journaux techniques',
    logsText: (host: string) =>
      `Comme tout serveur web, celui de notre hébergeur (${host}) enregistre pour la sécurité du service l’adresse IP, la page demandée et la date de chaque visite. Ces journaux ne sont ni exploités ni croisés avec d’autres données.`,
    logsNeutral:
      'Comme tout serveur web, celui de notre hébergeur enregistre pour la sécurité du service l’adresse IP, la page demandée et la date de chaque visite. Ces journaux ne sont ni exploités ni croisés avec d’autres données.',
    rights: 'Vos droits',
    rightsText:
      'Si vous nous écrivez, votre message sert seulement à vous répondre. Vous pouvez demander à consulter, corriger ou effacer les données qui vous concernent en écrivant à :',
    cnil: 'Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la',
    cnilLink: 'Commission nationale de l’informatique et des libertés (CNIL)',
  },
  siteMap: {
    title: 'Plan du site',
    screens: 'Rubriques',
    articles: 'Articles',
    sectors: 'Publications par secteur',
    sector: (name: string) => `Publications du secteur ${name}`,
    search: 'Recherche',
    about: 'À propos du site',
  },
  accessibility: {
    title: 'Déclaration d’accessibilité',
    commitment: `Le ${SITE_NAME} s’engage à rendre son site internet accessible conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.`,
    scope: (url: string) => `Cette déclaration d’accessibilité s’applique au site ${url}.`,
    state: 'État de conformité',
    stateText: (status: 'totalement' | 'partiellement' | 'non') =>
      status === 'totalement'
        ? 'Ce site est totalement conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.'
        : `Ce site est ${status} conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1, en raison des non-conformités et des dérogations énumérées ci-dessous.`,
    results: 'Résultats des tests',
    resultsText: (auditor: string, rate: string) =>
      `L’audit de conformité réalisé par ${auditor} révèle que ${rate} des critères du RGAA version 4.1 sont respectés.`,
    defaultAuditor: `le ${SITE_NAME}`,
    noAudit: 'Aucun audit de conformité n’a encore été réalisé.',
    auditDate: 'Date de l’audit :',
    contents: 'Contenus non accessibles',
    nonCompliant: 'Non-conformités',
    derogations: 'Dérogations pour charge disproportionnée',
    exempt: 'Contenus non soumis à l’obligation d’accessibilité',
    none: 'Aucun.',
    establishment: 'Établissement de cette déclaration',
    establishedOn: (date: string) => `Cette déclaration a été établie le ${date}.`,
    technologies: 'Technologies utilisées pour la réalisation du site',
    testEnvironment: 'Environnement de test',
    testEnvironmentText:
      'Les vérifications de restitution de contenus ont été réalisées avec les combinaisons de navigateurs et de lecteurs d’écran suivantes :',
    tools: 'Outils pour évaluer l’accessibilité',
    pages: 'Pages du site ayant fait l’objet de la vérification de conformité',
    feedback: 'Retour d’information et contact',
    feedbackText:
      'Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du site pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.',
    recourse: 'Voies de recours',
    recourseText:
      'Cette procédure est à utiliser dans le cas suivant : vous avez signalé au responsable du site internet un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un des services du portail et vous n’avez pas obtenu de réponse satisfaisante.',
    recourseOptions: 'Vous pouvez :',
    defenderForm: 'Écrire un message au Défenseur des droits',
    defenderDelegate: 'Contacter le délégué du Défenseur des droits dans votre région',
    defenderMail: 'Envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) :',
    defenderAddress: ['Défenseur des droits', 'Libre réponse 71120', '75342 Paris CEDEX 07'],
  },
  search: {
    title: 'Recherche',
    label: 'Rechercher sur le site',
    submit: 'Rechercher',
    suggestions: 'Suggestions',
    kinds: { event: 'Agenda', publication: 'Publications', article: 'Actualités' },
    count: (count: number, query: string) => `${count > 1 ? `${formatNumber(count)} résultats` : `${count} résultat`} pour « ${query} »`,
    prompt: 'Saisissez un ou plusieurs mots pour chercher dans l’agenda, les publications et les actualités.',
    noMatch: 'Aucun résultat : essayez en retirant un mot, ou vérifiez l’orthographe.',
    groupCount: (count: number) => (count > 1 ? `${formatNumber(count)} résultats` : `${count} résultat`),
    more: 'Afficher plus de résultats',
    /** Each kind as the complement of « Les résultats … ». */
    ofKinds: { event: 'de l’agenda', publication: 'des publications', article: 'des actualités' },
    /** `parts`: from `ofKinds`, the kinds whose data could not be read. */
    missing: (parts: readonly string[]) => `Les résultats ${frenchList(parts)} sont momentanément indisponibles.`,
  },
} as const
