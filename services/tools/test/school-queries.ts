/**
 * The school queries of the relevance suite: what teachers and ICT coordinators type, and the tools of
 * which at least one must be in the top 3. Shared by the whole-stack suite (test/test/search-relevance.test.ts,
 * SQLite through the gateway) and the PostgreSQL search's (services/tools/test/pg-search.test.ts).
 */
import type { Catalogue } from '@edu-catalogus/seeds';

/** The queries, with the expected tools read from `catalogue` where the seeds say them (categories, what replaces what). */
export function schoolQueries(catalogue: Catalogue): [string, string[]][] {
  const inCategory = (category: string) => catalogue.tools.filter((t) => t.categories.includes(category)).map((t) => t.id);
  const replacing = (product: string) => new Set(catalogue.tools.filter((t) => t.replaces.some((r) => r.product === product)).map((t) => t.id));
  /**
   * What teachers and ICT coordinators type (Dutch and English, misspelt, with the words around it),
   * and the tools of which at least one must be in the top 3. At least 90% of these must pass.
   */
  const TEACHER_QUERIES: [string, string[]][] = [
    ['woordjes oefenen', ['anki']],
    ['flitskaarten', ['anki']],
    ['overhoren', ['anki']],
    ['flashcards app', ['anki']],
    ['gratis alternatief voor kahoot', ['classquiz']],
    ['kahot alternatief', ['classquiz']],
    ['quiz maken voor de klas', ['classquiz']],
    ['kahoot alternative', ['classquiz']],
    ['videobellen met ouders', inCategory('video-conferencing')],
    ['oudergesprek online', inCategory('video-conferencing')],
    ['online les geven', ['bigbluebutton', 'jitsi-meet', 'nextcloud-talk']],
    ['virtueel klaslokaal', ['bigbluebutton']],
    ['video calls with parents', inCategory('video-conferencing')],
    ['vidoebellen', inCategory('video-conferencing')],
    ['programmeren basisschool', ['scratch', 'snap']],
    ['programming for kids', ['scratch', 'snap']],
    ['blokken programmeren', ['scratch', 'snap']],
    ['scracth', ['scratch']],
    ['python leren', ['jupyterlab']],
    ['digibord software', ['openboard']],
    ['smartboard', ['openboard']],
    ['schoolkrant maken', ['scribus']],
    ['logo ontwerpen', ['inkscape']],
    ['vector drawing', ['inkscape']],
    ["foto's bewerken", ['gimp', 'krita']],
    ['fotoshop', ['gimp', 'krita']],
    ['digitaal tekenen', ['krita']],
    ['filmpje monteren', ['kdenlive', 'shotcut']],
    ['uitlegvideo maken', ['obs-studio']],
    ['screen recorder', ['obs-studio']],
    ['podcast opnemen', ['audacity']],
    ['geluid opnemen', ['audacity']],
    ['audacitty', ['audacity']],
    ['muziek componeren', ['musescore']],
    ['sterrenhemel', ['stellarium']],
    ['grafieken tekenen', ['geogebra']],
    ['rekenspelletjes', ['gcompris']],
    ['leerspelletjes kleuters', ['gcompris']],
    ['tevredenheidsonderzoek ouders', ['limesurvey', 'nextcloud-forms']],
    ['enquette', inCategory('forms-and-surveys')],
    ['samen schrijven in een document', ['etherpad', 'cryptpad', 'collabora-online', 'onlyoffice-docs']],
    ['google docs alternatief', [...replacing('google-docs')]],
    ['onedrive vervangen', [...replacing('microsoft-onedrive')]],
    ["bestanden delen met collega's", ['nextcloud', 'opencloud']],
    ['schoolcloud', ['nextcloud', 'opencloud']],
    ['powerpoint', [...replacing('microsoft-powerpoint')]],
    ['mindmap maken', ['excalidraw', 'drawio']],
    ['stroomschema', ['drawio']],
    ['kennisbank voor personeel', ['bookstack', 'xwiki']],
    ['pdf annoteren', ['xournalpp']],
    ['aantekeningen maken', ['joplin', 'xournalpp']],
    ['elo voor het mbo', inCategory('learning-management-system')],
    ['leerplatform offline', ['kolibri']],
    ['single sign-on', ['keycloak']],
    ['outlook vervangen', ['thunderbird']],
    ['whatsapp alternatief', [...replacing('whatsapp')]],
    ['figma alternatief', ['penpot']],
    ['eigen youtube', ['peertube']],
    ['linux voor scholen', ['debian-edu']],
    ['interactieve video', ['h5p']],
    ['nextclowd', ['nextcloud']],
  ];

  /**
   * Queries for the tools added with issue 11 (statistics, references, passwords, planning, audience
   * response, school IT, typing …), part of the school queries. The catalogue has no tool for "ouder app"
   * (parent communication) yet.
   */
  const NEW_TOOL_QUERIES: [string, string[]][] = [
    ['spss alternatief', ['jasp', 'jamovi']],
    ['statistiek voor leerlingen', ['jasp', 'jamovi']],
    ['matlab alternatief', ['gnu-octave']],
    ['bronnen beheren voor je scriptie', ['zotero']],
    ['literatuurlijst maken', ['zotero']],
    ['spellingcontrole', ['languagetool']],
    ['grammarly alternatief', ['languagetool']],
    ['wachtwoordmanager', ['keepassxc']],
    ['password manager', ['keepassxc']],
    ['planner voor leerlingen', ['nextcloud-deck', 'wekan']],
    ['trello alternatief', ['nextcloud-deck', 'wekan']],
    ['takenbord', ['nextcloud-deck', 'wekan']],
    ['notities als netwerk', ['logseq']],
    ['mentimeter alternatief', ['claper']],
    ['padlet alternatief', ['digipad']],
    ['prikbord voor de klas', ['digipad']],
    ['typeform alternatief', ['formbricks']],
    ['portfolio leerlingen', ['mahara']],
    ['digitaal toetsen', ['tao-testing']],
    ['meekijken op leerlingschermen', ['veyon']],
    ['netsupport school alternatief', ['veyon']],
    ['ict helpdesk', ['glpi']],
    ['topdesk alternatief', ['glpi']],
    ['website statistieken', ['matomo']],
    ['google analytics alternatief', ['matomo']],
    ['schoolwebsite maken', ['wordpress']],
    ['webmail', ['roundcube']],
    ['python editor voor beginners', ['thonny']],
    ['minecraft education alternatief', ['luanti']],
    ['tekenprogramma voor kleuters', ['tux-paint']],
    ['wikipedia offline', ['kiwix']],
    ['kaarten maken aardrijkskunde', ['qgis']],
    ['typen oefenen', ['ktouch']],
    ['blind typen leren', ['ktouch']],
  ];
  return [...TEACHER_QUERIES, ...NEW_TOOL_QUERIES];
}
