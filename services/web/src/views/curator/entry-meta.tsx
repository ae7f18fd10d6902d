/** Who and where an entry is in the workflow: status, version, owner, proposal, last editor. */
import type { EntryData } from '../../curation/entry-data.ts';
import { Facts } from '../components/facts.tsx';
import { useUi } from '../ui.ts';

export const editorName = (editor: EntryData['lastEditor']) =>
  editor ? `${editor.name ?? editor.sub}${editor.organisation ? ` (${editor.organisation.name})` : ''}` : '';

export function EntryMeta({ entry }: { entry: EntryData }) {
  const ui = useUi();
  const { t } = ui;
  return (
    <Facts
      items={[
        [t.curator.status, ui.label('ENTRY_STATUS', entry.entryStatus)],
        [t.curator.version, String(entry.version)],
        [t.curator.owner, entry.owner?.name ?? t.curator.unclaimed],
        [t.curator.proposedBy, entry.proposedBy?.name],
        [t.curator.lastEditor, editorName(entry.lastEditor)],
        [t.curator.updatedAt, <time datetime={entry.updatedAt}>{ui.dateTime(entry.updatedAt)}</time>],
      ]}
    />
  );
}
