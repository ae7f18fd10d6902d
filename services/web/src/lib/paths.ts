/** Every page's path, the same in both languages (English adds `/en`), so links and bookmarks stay stable. */
const entry = (collection: string) => (id: string) => `${collection}/${encodeURIComponent(id)}`;

export const collections = {
  products: '/alternatieven',
  tools: '/tools',
  facilities: '/voorzieningen',
  standards: '/standaarden',
  organisations: '/organisaties',
};

export const paths = {
  home: '/',
  search: '/zoeken',
  compare: '/vergelijken',
  about: '/over',
  widget: '/widget',
  ...collections,
  product: entry(collections.products),
  tool: entry(collections.tools),
  facility: entry(collections.facilities),
  standard: entry(collections.standards),
  organisation: entry(collections.organisations),
};

/** The route pattern of an entry page: `/tools/:id`. */
export const entryRoute = (collection: string) => `${collection}/:id`;

/** The Atom feed of new and changed entries (`?type=tools|facilities|standards` narrows it). */
export const FEED_PATH = '/feed.atom';
/** A product's feed: its alternatives, newest change first ("new alternatives for Teams"). */
export const productFeedPath = (id: string) => `${paths.product(id)}/feed.atom`;

/** Where an entry page's "Meld een fout" form posts: `/tools/moodle/melding`. */
export const reportPath = (entryPath: string) => `${entryPath}/melding`;
