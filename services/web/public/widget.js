// @ts-check
/**
 * <edu-alternatives to="teams" lang="nl" limit="5" sector="VO">: the open-source alternatives to a
 * product, for any web page, each with its licence in plain words and its hosting. It sends only the catalogue's registered widget document, renders with textContent (no HTML
 * from data), links back to the catalogue, and is styled through CSS custom properties:
 * --edu-font, --edu-text, --edu-background, --edu-accent, --edu-border, --edu-radius, --edu-padding.
 */
import { gatewayUrl, licenseRules, request, words } from './widget-config.js';

const catalogue = new URL('.', import.meta.url);

const TEXT = {
  nl: {
    title: (/** @type {string} */ product) => `Open-source alternatieven voor ${product}`,
    FULL: 'volledig alternatief',
    PARTIAL: 'gedeeltelijk alternatief',
    loading: 'Alternatieven laden…',
    failed: 'De alternatieven konden niet worden geladen.',
    unknown: 'Dit product staat niet in de catalogus.',
    none: 'Nog geen alternatieven bekend.',
    more: 'Vergelijk alle alternatieven in de Edu-catalogus',
  },
  en: {
    title: (/** @type {string} */ product) => `Open-source alternatives to ${product}`,
    FULL: 'full alternative',
    PARTIAL: 'partial alternative',
    loading: 'Loading alternatives…',
    failed: 'The alternatives could not be loaded.',
    unknown: 'This product is not in the catalogue.',
    none: 'No alternatives known yet.',
    more: 'Compare all alternatives in the Edu-catalogus',
  },
};

const STYLE = `
:host { display: block; font: var(--edu-font, inherit); color: var(--edu-text, inherit); background: var(--edu-background, transparent);
  border: var(--edu-border, 1px solid #c9d0d9); border-radius: var(--edu-radius, 6px); padding: var(--edu-padding, 1rem); }
h2 { font-size: 1.15em; margin: 0 0 0.5em; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 0.75em; }
a { color: var(--edu-accent, #0b5cad); font-weight: 600; }
.fit { font-size: 0.85em; opacity: 0.9; }
.facts { font-size: 0.9em; }
p { margin: 0.2em 0 0; }
.more { margin-top: 0.75em; font-size: 0.95em; }
`;

/**
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @param {(Node | string)[]} children
 */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** @param {{ nl: string, en?: string | null } | null | undefined} value @param {'nl' | 'en'} lang */
const localized = (value, lang) => (value ? (lang === 'en' && value.en ? value.en : value.nl) : '');

const SECTORS = ['PO', 'SO', 'VO', 'MBO', 'HO'];
const rules = licenseRules.map(([source, family]) => /** @type {[RegExp, string]} */ ([new RegExp(source), family]));

/**
 * The licence in plain words, as the site says it (src/lib/license-words.ts, licenseVerdict).
 * @param {{ expression: string, osiApproved: boolean, caveats: { kind: string }[] }} license
 * @param {'nl' | 'en'} lang
 */
function licenseText(license, lang) {
  const text = words[lang];
  const ids = license.expression.split(/[\s()]+/).filter((id) => id && !/^(AND|OR|WITH)$/.test(id));
  const families = new Set(ids.map((id) => rules.find(([pattern]) => pattern.test(id))?.[1] ?? 'other'));
  const kinds = new Set(license.caveats.map((c) => c.kind));
  const verdict = !license.osiApproved
    ? 'notOpen'
    : families.has('networkCopyleft')
      ? 'shareOnline'
      : families.has('copyleft') || families.has('weakCopyleft')
        ? 'share'
        : families.has('permissive')
          ? 'free'
          : 'readLicense';
  const paid = kinds.has('OPEN_CORE') || kinds.has('SERVICE_NOT_OPEN') || ids.some((id) => /^LicenseRef-.*commercial/i.test(id));
  const notFree = kinds.has('NON_COMMERCIAL_PARTS') || families.has('nonCommercial');
  return [text[verdict], paid ? text.paidParts : '', notFree ? text.contentNotFree : ''].filter(Boolean).join(' ');
}

class EduAlternatives extends HTMLElement {
  static observedAttributes = ['to', 'lang', 'limit', 'sector'];
  #root = this.attachShadow({ mode: 'open' });
  #request = 0;

  constructor() {
    super();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    this.#root.adoptedStyleSheets = [sheet];
  }

  connectedCallback() {
    void this.#load();
  }

  attributeChangedCallback() {
    if (this.isConnected) void this.#load();
  }

  /** @param {string} message @param {string} [role] */
  #message(message, role = 'status') {
    this.#root.replaceChildren(h('p', { role }, message));
  }

  async #load() {
    const to = this.getAttribute('to')?.trim();
    if (!to) return;
    const lang = this.getAttribute('lang') === 'en' ? 'en' : 'nl';
    const text = TEXT[lang];
    const current = ++this.#request;
    this.#message(text.loading);
    try {
      // A GET with only safelisted headers: no CORS preflight, and any HTTP cache can keep the answer.
      const url = new URL(gatewayUrl);
      for (const [name, value] of Object.entries(request)) url.searchParams.set(name, String(value));
      const limit = Math.min(100, Math.max(1, Math.trunc(Number(this.getAttribute('limit'))) || 10));
      const sectors = (this.getAttribute('sector') ?? '')
        .toUpperCase()
        .split(/[\s,]+/)
        .filter((s) => SECTORS.includes(s));
      url.searchParams.set('variables', JSON.stringify({ to, first: limit, filter: sectors.length > 0 ? { sector: sectors } : null }));
      const response = await fetch(url, { headers: { accept: 'application/graphql-response+json, application/json' } });
      const body = await response.json();
      if (current !== this.#request) return;
      const result = body?.data?.alternatives;
      if (!result) throw new Error('no data');
      if (!result.product) return this.#message(text.unknown);
      this.#show(result, lang);
    } catch {
      if (current === this.#request) this.#message(text.failed, 'alert');
    }
  }

  /**
   * @param {{ product: { id: string, name: string }, alternatives: { fit: 'FULL' | 'PARTIAL', tool: { id: string, name: string, summary: { nl: string, en?: string | null }, hosting: string[], license: { expression: string, osiApproved: boolean, caveats: { kind: string }[] } } }[] }} result
   * @param {'nl' | 'en'} lang
   */
  #show(result, lang) {
    const text = TEXT[lang];
    const page = (/** @type {string} */ path) => new URL(`${lang === 'en' ? 'en/' : ''}${path}`, catalogue).href;
    const items = result.alternatives.map(({ fit, tool }) =>
      h(
        'li',
        {},
        h('a', { href: page(`tools/${encodeURIComponent(tool.id)}`) }, tool.name),
        ' ',
        h('span', { class: 'fit' }, `(${text[fit] ?? fit})`),
        h('p', {}, localized(tool.summary, lang)),
        h('p', { class: 'facts license' }, licenseText(tool.license, lang)),
        h('p', { class: 'facts hosting' }, tool.hosting.map((value) => words[lang].hosting[value] ?? value).join(', ')),
      ),
    );
    const level = Math.min(6, Math.max(2, Number(this.getAttribute('heading-level')) || 2));
    this.#root.replaceChildren(
      h(`h${level}`, {}, text.title(result.product.name)),
      items.length > 0 ? h('ul', {}, ...items) : h('p', {}, text.none),
      h('p', { class: 'more' }, h('a', { href: page(`alternatieven/${encodeURIComponent(result.product.id)}`) }, text.more)),
    );
  }
}

if (!customElements.get('edu-alternatives')) customElements.define('edu-alternatives', EduAlternatives);
