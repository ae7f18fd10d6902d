import { describe, expect, it } from 'vitest';
import { names } from '../src/views/components/entry-matches.tsx';
import { closestCategories } from '../src/lib/closest.ts';

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

describe('the closest kinds of software after a search without tools', () => {
  const categories = [
    { id: 'flashcards', name: 'Flitskaarten en woordjes leren' },
    { id: 'video-conferencing', name: 'Videobellen' },
    { id: 'image-editing', name: 'Fotobewerking' },
  ];

  it('ranks categories by the letters they share with the text, misspellings included', () => {
    expect(closestCategories('woordjes stampen', categories).map((c) => c.id)).toEqual(['flashcards']);
    expect(closestCategories('fotobewrking', categories)[0]?.id).toBe('image-editing');
  });

  it('offers none when nothing comes close', () => {
    expect(closestCategories('qwxzv', categories)).toEqual([]);
  });
});
