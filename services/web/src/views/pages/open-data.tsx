/** The "Open data" page: every export of the catalogue, what it holds and under which licence. */
import { CSV_TYPES, DATA_LICENSE, LIST_SEPARATOR } from '@edu-catalogus/exchange';
import { useUi } from '../ui.ts';

const text = {
  nl: {
    title: 'Open data',
    intro:
      'De hele gepubliceerde catalogus is vrij te downloaden, zonder sleutel. Alles komt uit dezelfde openbare API als deze site; de bestanden worden bij elke aanvraag pagina voor pagina opgebouwd.',
    licence: 'Licentie van de gegevens',
    dumps: 'Downloads',
    json: 'De hele catalogus als één JSON-document (alle soorten gegevens, stabiele ids, licentie erin)',
    schema: 'JSON Schema van dat document',
    csv: (type: string) => `CSV: ${type} (UTF-8 met BOM, kopregel, komma; voor Excel: `,
    semicolon: 'met puntkomma',
    lists: `Velden met meer waarden staan in één veld, gescheiden door "${LIST_SEPARATOR}"; teksten in twee talen staan in twee kolommen (_nl, _en).`,
    publiccode:
      'publiccode.yml per tool: /tools/<id>/publiccode.yml (standaardversie "0"). Ontbreekt er een verplicht veld in onze gegevens, dan staat dat als commentaar bovenin.',
    coverage: 'Welke verplichte publiccode.yml-velden ontbreken, per tool',
    dcat: 'Beschrijving van de catalogus volgens DCAT-AP-NL 3.0',
    adms: 'Het standaardenregister volgens ADMS-AP',
    api: 'GraphQL API (anoniem lezen)',
    caching: 'Elke download heeft Cache-Control, ETag en Last-Modified: vraag voorwaardelijk op (If-None-Match) en je krijgt 304 zolang er niets veranderd is.',
  },
  en: {
    title: 'Open data',
    intro:
      'The whole published catalogue is free to download, without a key. Everything comes from the same public API as this site; the files are built page by page on every request.',
    licence: 'Licence of the data',
    dumps: 'Downloads',
    json: 'The whole catalogue as one JSON document (every entity type, stable ids, licence inside)',
    schema: 'JSON Schema of that document',
    csv: (type: string) => `CSV: ${type} (UTF-8 with BOM, header row, comma; for Excel: `,
    semicolon: 'with semicolons',
    lists: `Fields with several values are one field joined with "${LIST_SEPARATOR}"; texts in two languages are two columns (_nl, _en).`,
    publiccode:
      'publiccode.yml per tool: /tools/<id>/publiccode.yml (standard version "0"). When our data lacks a mandatory key, a comment at the top says so.',
    coverage: 'Which mandatory publiccode.yml keys are missing, per tool',
    dcat: 'The catalogue described in DCAT-AP-NL 3.0',
    adms: 'The standards registry in ADMS-AP',
    api: 'GraphQL API (anonymous reads)',
    caching: 'Every download carries Cache-Control, ETag and Last-Modified: ask conditionally (If-None-Match) and you get 304 while nothing changed.',
  },
};

export function OpenDataPage({ apiUrl }: { apiUrl: string }) {
  const ui = useUi();
  const t = text[ui.lang];
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <h2>{t.licence}</h2>
      <p>
        <a href={DATA_LICENSE.url} rel="license">
          {DATA_LICENSE.id}
        </a>
        . {DATA_LICENSE.note}
      </p>
      <h2>{t.dumps}</h2>
      <ul>
        <li>
          <a href="/export/catalogue.json">catalogue.json</a> — {t.json} (<a href="/export/catalogue.schema.json">{t.schema}</a>)
        </li>
        {CSV_TYPES.map((type) => (
          <li>
            <a href={`/export/${type}.csv`}>{type}.csv</a> — {t.csv(type)}
            <a href={`/export/${type}.csv?delimiter=semicolon`}>{t.semicolon}</a>)
          </li>
        ))}
        <li>{t.publiccode}</li>
        <li>
          <a href="/export/publiccode-coverage.json">publiccode-coverage.json</a> — {t.coverage}
        </li>
        <li>
          <a href="/dcat.ttl">dcat.ttl</a>, <a href="/dcat.jsonld">dcat.jsonld</a> — {t.dcat}
        </li>
        <li>
          <a href="/adms.ttl">adms.ttl</a>, <a href="/adms.jsonld">adms.jsonld</a> — {t.adms}
        </li>
        <li>
          <a href={apiUrl}>{apiUrl}</a> — {t.api}
        </li>
      </ul>
      <p>{t.lists}</p>
      <p>{t.caching}</p>
    </>
  );
}
