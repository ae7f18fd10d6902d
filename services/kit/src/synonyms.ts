/**
 * School vocabulary that means the same in Dutch and English: a search for one member also finds the
 * others. Members are written as a teacher types them; a trailing `*` marks a short member that may
 * still be matched as a prefix (members of five letters or more always are).
 */
export const SCHOOL_SYNONYMS: readonly (readonly string[])[] = [
  ['videobellen', 'videoconferentie', 'videoconferencing', 'video conferencing', 'videogesprek', 'video call', 'video calls', 'videochat', 'online vergaderen', 'online meeting', 'webinar', 'beeldbellen', 'oudergesprek', 'oudergesprekken', 'online les', 'online lessen', 'online les geven', 'online lesgeven', 'afstandsonderwijs', 'thuisonderwijs', 'virtueel klaslokaal', 'virtual classroom'],
  ['digibord', 'digitaal schoolbord', 'schoolbord', 'whiteboard', 'interactive whiteboard', 'interactief whiteboard', 'smartboard'],
  ['elo', 'elektronische leeromgeving', 'digitale leeromgeving', 'leeromgeving', 'lms', 'learning management system', 'leerplatform', 'learning platform'],
  ['enquete', 'vragenlijst', 'survey', 'questionnaire', 'formulier', 'forms', 'peiling', 'poll*'],
  ['fotobewerking', 'photo editing', 'photo editor', 'beeldbewerking', 'image editing', 'image editor', 'afbeeldingen bewerken', 'foto bewerken'],
  ['woordjes leren', 'woordjes', 'woordjes oefenen', 'woorden leren', 'woorden oefenen', 'flashcards', 'flashcard', 'flitskaarten', 'flitskaart', 'kaartjes', 'vocabulary', 'overhoren', 'overhoring', 'stampen'],
  ['tekstverwerker', 'tekstverwerking', 'word processor', 'word processing'],
  ['spreadsheet', 'rekenblad', 'spreadsheets'],
  ['presentatie', 'presentation', 'presentatiesoftware', 'slides', 'diavoorstelling'],
  ['kantoorsoftware', 'kantoorpakket', 'office suite', 'officepakket'],
  ['chat', 'chatten', 'messaging', 'messenger', 'berichten', 'chatapp'],
  ['bestanden delen', 'file sharing', 'cloudopslag', 'cloud storage', 'bestandsopslag', 'bestanden opslaan', 'schoolcloud', 'eigen cloud', 'private cloud'],
  ['videobewerking', 'video editing', 'video editor', 'filmmontage', 'video monteren', 'filmpje monteren', 'filmpjes monteren', 'monteren', 'montage'],
  ['audiobewerking', 'audio editing', 'geluid bewerken', 'geluidsbewerking', 'geluid opnemen', 'audio opnemen', 'podcast'],
  ['schermopname', 'screen recording', 'screen recorder', 'schermrecorder', 'screencast', 'scherm opnemen', 'instructievideo', 'instructiefilmpje', 'uitlegvideo', 'uitlegfilmpje', 'kennisclip'],
  ['quiz*', 'quizzen', 'kennisquiz', 'classroom quiz'],
  ['programmeren', 'leren programmeren', 'codeer', 'coderen', 'programmeerles', 'blokprogrammeren', 'block programming'],
  ['wiki', 'kennisbank', 'knowledge base'],
  ['e mail', 'email', 'mail', 'mailprogramma', 'webmail'],
  ['notities', 'aantekeningen', 'note taking', 'notes', 'notitie app'],
  ['diagram', 'diagrammen', 'stroomschema', 'stroomdiagram', 'flowchart'],
  ['bladmuziek', 'muzieknotatie', 'sheet music', 'music notation'],
  ['sterrenkunde', 'astronomie', 'astronomy', 'planetarium'],
  ['wiskunde', 'rekenen', 'mathematics', 'math*', 'meetkunde', 'geometry'],
  ['webbrowser', 'browser', 'internetbrowser'],
  ['inloggen', 'single sign on', 'sso', 'authenticatie', 'authentication'],
  ['samenwerken', 'collaboration', 'samen schrijven', 'collaborative'],
  ['projectmanagement', 'project management', 'projectplanning'],
  ['grafisch ontwerp', 'graphic design', 'vectortekening', 'vector graphics', 'illustratie', 'illustration'],
  ['3d modelleren', '3d modelling', '3d modeling', '3d ontwerpen'],
  ['sociale media', 'social media', 'microblogging'],
  ['mindmap', 'mind map', 'mindmappen', 'woordweb', 'mind mapping'],
  ['leerspelletjes', 'leerspellen', 'educatieve spelletjes', 'educatieve spellen', 'educational games', 'rekenspelletjes', 'rekenspellen', 'taalspelletjes', 'spelletjes'],
  ['kinderen', 'kids', 'children', 'basisschool', 'basisonderwijs', 'primair onderwijs', 'primary school', 'kleuters', 'jonge kinderen'],
  ['besturingssysteem', 'operating system', 'linux voor scholen'],
];

/**
 * Words that name who or where ("voor leerlingen", "met collega's") or the act of switching
 * ("Outlook vervangen"), not what a tool does: a search ignores them, as it ignores stop words.
 */
export const SCHOOL_CONTEXT_WORDS: readonly string[] = [
  ...['school', 'scholen', 'schools', 'klas', 'klassen', 'leerling', 'leerlingen', 'student', 'students', 'pupils'],
  ...['docent', 'docenten', 'leraar', 'leraren', 'leerkracht', 'leerkrachten', 'teacher', 'teachers', 'collega', 'collegas', 'colleagues', 'personeel'],
  ...['vervangen', 'vervang', 'replace', 'replacing', 'overstappen'],
  // The "'s" of Dutch plurals ("collega's", "foto's") is left over as a word of its own.
  's',
];
