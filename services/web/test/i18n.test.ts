import { describe, expect, it } from 'vitest';
import { createUi, localizedPath, splitLanguage } from '../src/i18n/i18n.ts';

describe('languages in URLs', () => {
  it('reads English from the /en prefix and Dutch from everything else', () => {
    expect(splitLanguage('/en/tools/moodle')).toEqual({ lang: 'en', path: '/tools/moodle' });
    expect(splitLanguage('/en')).toEqual({ lang: 'en', path: '/' });
    expect(splitLanguage('/tools/moodle')).toEqual({ lang: 'nl', path: '/tools/moodle' });
    expect(splitLanguage('/english-teacher')).toEqual({ lang: 'nl', path: '/english-teacher' });
  });

  it('puts a path in a language and back', () => {
    for (const path of ['/', '/zoeken', '/tools/moodle']) {
      expect(splitLanguage(localizedPath('en', path))).toEqual({ lang: 'en', path });
      expect(splitLanguage(localizedPath('nl', path))).toEqual({ lang: 'nl', path });
    }
  });

  it('links the same page, query included, in the other language', () => {
    const ui = createUi('nl', new URL('http://site/zoeken?q=chat&sector=VO'));
    expect(ui.alternate).toEqual({ lang: 'en', href: '/en/zoeken?q=chat&sector=VO' });
    expect(createUi('en', new URL('http://site/en/tools/moodle')).alternate).toEqual({ lang: 'nl', href: '/tools/moodle' });
  });

  it('falls back to Dutch text when there is no English, and to the raw value for an unknown enum', () => {
    const ui = createUi('en', new URL('http://site/en/'));
    expect(ui.text({ nl: 'alleen Nederlands', en: null })).toBe('alleen Nederlands');
    expect(ui.text({ nl: 'Nederlands', en: 'English' })).toBe('English');
    expect(ui.label('SECTOR', 'VO')).toBe('Secondary education');
    expect(ui.label('SECTOR', 'NEW_SECTOR')).toBe('NEW_SECTOR');
  });
});
