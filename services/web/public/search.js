// @ts-check
/**
 * Instant search, as an enhancement of the search page's GET form: it fetches the page the form
 * would load and swaps in the results and facets, keeping the URL in step. Without it, the form
 * still submits normally.
 */
const form = document.getElementById('filters');
const status = document.getElementById('result-status');

if (form instanceof HTMLFormElement) {
  document.documentElement.classList.add('js');
  /** @type {AbortController | undefined} */
  let pending;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let typing;
  // The search shown now, without the #fragment: a skip link's jump must not count as a new search.
  const here = () => location.pathname + location.search;
  let shown = here();

  /** @param {'push' | 'replace'} history */
  const update = async (history) => {
    // FormData holds only this form's fields: the compare checkboxes belong to another form.
    const params = new URLSearchParams(/** @type {any} */ (new FormData(form)));
    const url = `${form.action}?${params}`;
    pending?.abort();
    pending = new AbortController();
    try {
      const response = await fetch(url, { signal: pending.signal, headers: { accept: 'text/html' } });
      if (!response.ok) return location.assign(url);
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const count = page.getElementById('results-title')?.textContent ?? '';
      const focused = document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'checkbox' ? document.activeElement.id : null;
      for (const id of ['results', 'facets']) {
        const fresh = page.getElementById(id);
        if (fresh) document.getElementById(id)?.replaceWith(document.adoptNode(fresh));
      }
      // Swapping the facets replaced the checkbox that had focus; give focus back to its twin.
      if (focused) document.getElementById(focused)?.focus();
      const heading = page.querySelector('h1')?.textContent;
      const h1 = document.querySelector('h1');
      if (heading && h1) h1.textContent = heading;
      document.title = page.title;
      window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
      shown = here();
      if (status) status.textContent = count;
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) location.assign(url);
    }
  };

  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
    clearTimeout(typing);
    typing = setTimeout(() => void update('replace'), 250);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') void update('push');
    if (event.target instanceof HTMLSelectElement) void update('push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void update('push');
  });
  // The page's state is its URL: on back/forward to another search, load that URL.
  window.addEventListener('popstate', () => {
    if (here() !== shown) location.reload();
  });
}
