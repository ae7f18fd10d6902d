/**
 * What a change-feed event touches in the response cache: the entity itself, the lists it may have
 * joined or left, and, for the entries named after a pair (an alternative `<tool>--<product>`), the
 * pair's entities; a school's usage event, the tool it names. Answers that show none of these stay cached (plugins/cache-tags.ts tags the lists).
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
  // A school declaring or withdrawing a tool changes that tool's usage aggregates (Tool.usage), and lists sorted by usage.
  if (type === 'ToolUsage') return [{ typename: 'Tool', id }, listTag('Tool')];
  const touched = [{ typename: type, id }, listTag(type)];
  // A tool or product that appears or goes adds or drops the alternatives that name it.
  if (type === 'Tool' || type === 'Product') touched.push(listTag('Alternative'));
  return touched;
}
