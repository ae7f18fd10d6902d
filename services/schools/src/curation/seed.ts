/** Seeding of the schools subgraph: nothing in seeds/ yet; add its entries there and load them here. */
import type { Catalogue } from '@edu-catalogus/seeds';
import { offeringRows, type SchoolsDb } from '../store/tables.ts';

export function seedSchoolsDb(_db: SchoolsDb, _catalogue: Catalogue): Record<string, number> {
  return { offering: 0 };
}

export function isSchoolsDbEmpty(db: SchoolsDb): boolean {
  return db.select({ id: offeringRows.id }).from(offeringRows).limit(1).all().length === 0;
}
