/**
 * What a change-feed event touches in the response cache: the entity itself, the lists it may have
 * joined or left, and, for the entries named after a pair (an alternative `<tool>--<product>`), the
 * pair's entities. Answers that show none of these stay cached (plugins/cache-tags.ts tags the lists).
 */
import type { CloudEvent } from '@edu-catalogus/kit/runtime';
import { listTag, type CacheEntity } from '../plugins/cache-tags.ts';

export function entitiesTouched(event: CloudEvent): CacheEntity[] {
  const { type, id } = event.data;
  if (type === 'Alternative') {
    // An alternative shows on its tool (`replaces`) and product (`alternatives`), and moves tools in and
    // out of lists filtered by `replaces`.
    const [tool, product] = id.split('--');
    return [{ typename: 'Tool', id: tool! }, { typename: 'Product', id: product! }, listTag('Alternative'), listTag('Tool')];
  }
  const touched = [{ typename: type, id }, listTag(type)];
  // A tool or product that appears or goes adds or drops the alternatives that name it.
  if (type === 'Tool' || type === 'Product') touched.push(listTag('Alternative'));
  return touched;
}
