/** A product's alternatives in the order a school needs them: fit, then ready to use (in its sector), then usage by schools, then name. */
import { describe, expect, it } from 'vitest';
import { rankAlternatives } from '../src/lib/rank-alternatives.ts';

const alt = (name: string, fit: string, offerings: string[][] = [], schools = 0, bySector: Record<string, number> = {}) => ({
  fit,
  tool: {
    name,
    offerings: offerings.map((sectors) => ({ sectors })),
    usage: { schools, bySector: Object.entries(bySector).map(([sector, count]) => ({ sector, count })) },
  },
});

describe('ranking a product’s alternatives', () => {
  const list = [
    alt('Alpha', 'PARTIAL', [['VO']], 5, { VO: 5 }),
    alt('Bravo', 'FULL'),
    alt('Charlie', 'FULL', [['PO']], 1, { PO: 1 }),
    alt('Delta', 'FULL', [], 7, { PO: 2, VO: 5 }),
    alt('Echo', 'FULL', [[]], 2, { VO: 2 }),
  ];
  const names = (sector: string | null) => rankAlternatives(list, sector).map((a) => a.tool.name);

  it('puts full fits first, then those a provider offers, then the most used, not the alphabet', () => {
    expect(names(null)).toEqual(['Echo', 'Charlie', 'Delta', 'Bravo', 'Alpha']);
  });

  it('counts offerings and usage in the chosen sector (an offering without sectors serves every sector)', () => {
    expect(names('PO')).toEqual(['Charlie', 'Echo', 'Delta', 'Bravo', 'Alpha']);
    expect(names('VO')).toEqual(['Echo', 'Delta', 'Bravo', 'Charlie', 'Alpha']);
  });
});
