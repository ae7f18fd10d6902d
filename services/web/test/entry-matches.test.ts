import { describe, expect, it } from 'vitest';
import { names } from '../src/views/components/entry-matches.tsx';

describe('a search that names a facility or standard', () => {
  it('matches the name, acronym or id, whatever the spacing and case', () => {
    expect(names('entree', { id: 'entree-federatie', name: 'Entree Federatie' })).toBe(true);
    expect(names('eck id', { id: 'eck-id', name: 'Educatieve Content Keten identifier', acronym: 'ECK iD' })).toBe(true);
    expect(names('Basispoort', { id: 'basispoort', name: 'Basispoort' })).toBe(true);
  });

  it('leaves entries whose summary merely shares a word', () => {
    expect(names('chat', { id: 'matrix', name: 'Matrix' })).toBe(false);
    expect(names('id', { id: 'eck-id', name: 'ECK iD' })).toBe(false);
  });
});
