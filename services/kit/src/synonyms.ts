/**
 * School vocabulary that means the same in Dutch and English: a search for one member also finds the
 * others. Members are written as a teacher types them; a trailing `*` marks a short member that may
 * still be matched as a prefix (members of five letters or more always are).
 */
export const SCHOOL_SYNONYMS: readonly (readonly string[])[] = [
  ['videobellen', 'videoconferentie', 'videoconferencing', 'video conferencing', 'videogesprek', 'video call', 'videochat', 'online vergaderen', 'online meeting', 'webinar', 'beeldbellen'],
  ['digibord', 'digitaal schoolbord', 'schoolbord', 'whiteboard', 'interactive whiteboard', 'interactief whiteboard', 'smartboard'],
  ['elo', 'elektronische leeromgeving', 'digitale leeromgeving', 'leeromgeving', 'lms', 'learning management system', 'leerplatform', 'learning platform'],
  ['enquete', 'vragenlijst', 'survey', 'questionnaire', 'formulier', 'forms', 'peiling', 'poll*'],
  ['fotobewerking', 'photo editing', 'photo editor', 'beeldbewerking', 'image editing', 'image editor', 'afbeeldingen bewerken', 'foto bewerken'],
  ['woordjes leren', 'woordjes', 'flashcards', 'flashcard', 'kaartjes', 'vocabulary', 'overhoren', 'stampen'],
  ['tekstverwerker', 'tekstverwerking', 'word processor', 'word processing'],
  ['spreadsheet', 'rekenblad', 'spreadsheets'],
  ['presentatie', 'presentation', 'presentatiesoftware', 'slides', 'diavoorstelling'],
  ['kantoorsoftware', 'kantoorpakket', 'office suite', 'officepakket'],
  ['chat', 'chatten', 'messaging', 'messenger', 'berichten', 'chatapp'],
  ['bestanden delen', 'file sharing', 'cloudopslag', 'cloud storage', 'bestandsopslag', 'bestanden opslaan'],
  ['videobewerking', 'video editing', 'video editor', 'filmmontage', 'video monteren', 'montage'],
  ['audiobewerking', 'audio editing', 'geluid bewerken', 'geluidsbewerking', 'podcast'],
  ['schermopname', 'screen recording', 'screencast', 'scherm opnemen', 'instructievideo'],
  ['quiz*', 'quizzen', 'kennisquiz', 'classroom quiz'],
  ['programmeren', 'programming', 'coding', 'leren programmeren', 'codeer'],
  ['wiki', 'kennisbank', 'knowledge base'],
  ['e mail', 'email', 'mail', 'mailprogramma', 'webmail'],
  ['notities', 'aantekeningen', 'note taking', 'notes'],
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
];
