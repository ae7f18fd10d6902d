import { describe, expect, it } from 'vitest';
import { maintainerOf } from '../src/lib/maintainer.ts';

describe('who maintains a tool', () => {
  it('names the account that owns the code on a shared forge', () => {
    expect(maintainerOf('https://github.com/moodle/moodle')).toEqual({ name: 'moodle', url: 'https://github.com/moodle', forge: 'GitHub' });
    expect(maintainerOf('https://framagit.org/framasoft/framadate/framadate')).toEqual({
      name: 'framasoft',
      url: 'https://framagit.org/framasoft',
      forge: 'Framagit',
    });
    expect(maintainerOf('https://sourceforge.net/projects/tuxpaint/')?.name).toBe('tuxpaint');
  });

  it('names the community of a project forge', () => {
    expect(maintainerOf('https://invent.kde.org/education/gcompris')).toEqual({ name: 'KDE', url: 'https://invent.kde.org/' });
    expect(maintainerOf('https://gitlab.gnome.org/GNOME/gimp')?.name).toBe('GNOME');
  });

  it('names nobody rather than guess', () => {
    expect(maintainerOf(null)).toBeNull();
    expect(maintainerOf('https://example.org/some/repo')).toBeNull();
    expect(maintainerOf('https://github.com/')).toBeNull();
    expect(maintainerOf('not a url')).toBeNull();
  });

  it('names a maintainer for every seeded tool with a repository', async () => {
    const { loadCatalogue } = await import('@edu-catalogus/seeds');
    const unnamed = loadCatalogue().tools.filter((t) => t.repository && !maintainerOf(t.repository));
    expect(unnamed.map((t) => t.repository)).toEqual([]);
  }, 60_000);
});
