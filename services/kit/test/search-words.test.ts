import { describe, expect, it } from 'vitest';
import { parseSearch } from '../src/search-query.ts';

const texts = (search: string) => parseSearch(search).map((t) => t.text);

describe('the words schools use around a search', () => {
  it('ignores who and where ("voor leerlingen", "met collega\'s") and the act of switching', () => {
    expect(texts('planner voor leerlingen')).toEqual(['planner']);
    expect(texts("bestanden delen met collega's")).toEqual(['bestanden delen']);
    expect(texts('Outlook vervangen')).toEqual(['outlook']);
  });

  it('reads a school phrase as one term of its synonym group', () => {
    expect(texts('woordjes oefenen')).toEqual(['woordjes oefenen']);
    expect(parseSearch('flitskaarten')[0]?.phrases).toContain('"synwoordjesleren"');
    expect(parseSearch('uitlegvideo')[0]?.phrases).toContain('"synschermopname"');
    expect(texts('programmeren basisschool')).toEqual(['programmeren', 'basisschool']);
  });
});
