/** Seeding of the __name__ subgraph: nothing in seeds/ yet; add its entries there and load them here. */
import type { Catalogue } from '@edu-catalogus/seeds';
import { __entity__Rows, type __Name__Db } from '../store/tables.ts';

export async function seed__Name__Db(_db: __Name__Db, _catalogue: Catalogue): Promise<Record<string, number>> {
  return { __entity__: 0 };
}

export function is__Name__DbEmpty(db: __Name__Db): boolean {
  return db.select({ id: __entity__Rows.id }).from(__entity__Rows).limit(1).all().length === 0;
}
