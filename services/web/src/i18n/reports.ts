/**
 * Words of "Meld een fout" (the form on every entry page, the thanks, the curators' list of reports),
 * kept apart from nl.ts/en.ts, which are long enough already. The API's messages are English; the
 * form shows these instead, chosen by the field and rule the API names.
 */
import type { Lang } from './i18n.ts';

const nl = {
  title: 'Meld een fout',
  intro: 'Klopt er iets niet op deze pagina, of mist er iets? Laat het ons weten. U hebt geen account nodig.',
  message: 'Wat klopt er niet?',
  messageHint: 'Gewone tekst, 10 tot 2000 tekens. Noem zo mogelijk een bron.',
  email: 'Uw e-mailadres (niet verplicht)',
  emailHint: 'Alleen als u een antwoord wilt; we tonen het nergens.',
  send: 'Melding versturen',
  thanksTitle: 'Bedankt voor uw melding',
  thanks: (name: string) => `Uw melding over ${name} is ontvangen.`,
  next: 'Wat gebeurt er nu? Een redacteur van de catalogus bekijkt uw melding, controleert de bronnen en past de pagina zo nodig aan. Dat gaat langs een tweede redacteur, dus het kan enkele werkdagen duren.',
  nextEmail: 'U gaf uw e-mailadres: we mailen alleen als we een vraag hebben of als de melding is afgehandeld.',
  back: (name: string) => `Terug naar ${name}`,
  problemsTitle: 'De melding is niet verstuurd',
  tooShort: 'Beschrijf wat er niet klopt in minstens 10 tekens.',
  tooLong: 'Houd de melding korter dan 2000 tekens.',
  html: 'Gebruik gewone tekst, zonder HTML (geen < gevolgd door een letter).',
  badEmail: 'Dit is geen geldig e-mailadres. Laat het veld leeg als u geen antwoord wilt.',
  invalid: 'Deze tekst kunnen we niet opslaan. Gebruik gewone tekst.',
  full: 'Er staan al veel meldingen open voor deze pagina of voor de catalogus. Probeer het later opnieuw.',
  tooMany: 'U stuurde kort na elkaar veel meldingen. Probeer het over een uur opnieuw.',
  listTitle: 'Meldingen',
  listIntro: 'Fouten die lezers meldden via "Meld een fout", oudste eerst. Handel een melding af als de pagina klopt of is aangepast.',
  listEmpty: 'Er zijn geen open meldingen.',
  entry: 'Item',
  reported: 'Gemeld op',
  resolveComment: 'Wat is er gedaan? (niet verplicht)',
  resolve: 'Afgehandeld',
  resolved: 'De melding is afgehandeld.',
};

const en: typeof nl = {
  title: 'Report a mistake',
  intro: 'Is something on this page wrong or missing? Let us know. You do not need an account.',
  message: 'What is wrong?',
  messageHint: 'Plain text, 10 to 2000 characters. Name a source if you can.',
  email: 'Your e-mail address (optional)',
  emailHint: 'Only if you would like an answer; it is never shown.',
  send: 'Send report',
  thanksTitle: 'Thank you for your report',
  thanks: (name: string) => `Your report about ${name} has been received.`,
  next: 'What happens next? A curator of the catalogue reads your report, checks the sources and corrects the page if needed. A second curator reviews every change, so this can take a few working days.',
  nextEmail: 'You gave your e-mail address: we only write if we have a question or when the report has been dealt with.',
  back: (name: string) => `Back to ${name}`,
  problemsTitle: 'The report was not sent',
  tooShort: 'Describe what is wrong in at least 10 characters.',
  tooLong: 'Keep the report under 2000 characters.',
  html: 'Use plain text, without HTML (no < followed by a letter).',
  badEmail: 'This is not a valid e-mail address. Leave the field empty if you do not want an answer.',
  invalid: 'We cannot store this text. Use plain text.',
  full: 'Many reports are already open for this page or for the catalogue. Please try again later.',
  tooMany: 'You sent many reports in a short time. Please try again in an hour.',
  listTitle: 'Reports',
  listIntro: 'Mistakes readers reported with "Report a mistake", oldest first. Resolve a report once the page is right or has been corrected.',
  listEmpty: 'There are no open reports.',
  entry: 'Entry',
  reported: 'Reported on',
  resolveComment: 'What was done? (optional)',
  resolve: 'Resolved',
  resolved: 'The report has been resolved.',
};

export type ReportWords = typeof nl;
export const reportWords = (lang: Lang): ReportWords => (lang === 'en' ? en : nl);

/** A problem the API named (`extensions.field`, its English message) in the reader's words, with the form field it belongs to. */
export function reportProblem(words: ReportWords, error: { message: string; extensions?: { code?: string; field?: string } }): { field: string; text: string } {
  const field = error.extensions?.field ?? '';
  if (error.extensions?.code === 'CONFLICT') return { field: 'message', text: words.full };
  if (field === 'input.email') return { field: 'email', text: words.badEmail };
  if (/at least/.test(error.message)) return { field: 'message', text: words.tooShort };
  if (/at most/.test(error.message)) return { field: 'message', text: words.tooLong };
  if (/HTML/.test(error.message)) return { field: 'message', text: words.html };
  return { field: 'message', text: words.invalid };
}
