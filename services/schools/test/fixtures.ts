/** Clearly fictitious example schools and tokens for tests; never real institutions, never in the public seeds. */
import type { Identity } from '@edu-catalogus/kit/runtime';

export const PROEFPOLDER = { id: '99XA', name: 'Basisschool De Proefpolder (fictief)', municipality: 'Testdorp', province: 'ZEELAND', sectors: ['PO'] };
export const VERZONNEN = { id: '99XB', name: 'Het Verzonnen Lyceum (fictief)', municipality: 'Nergenshuizen', province: 'UTRECHT', sectors: ['VO'] };

export const schoolStaff = (school: { id: string; name: string }, sub = `staff-of-${school.id}`): Identity => ({
  sub,
  org: null,
  roles: ['school'],
  school: school.id,
  schoolName: school.name,
});
export const curatorAlice: Identity = { sub: 'alice', org: 'kennisnet', roles: ['curator'] };
export const adminAnna: Identity = { sub: 'anna', org: 'kennisnet', roles: ['admin'] };
