/**
 * The crash drill: a curation writer is killed with SIGKILL at random moments, restarted on the same
 * database, again and again; then every acknowledged write must be there, every entry's revisions must
 * run 1..version without a gap, and SQLite's integrity_check must pass.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { startProcess } from './process.ts';

export interface CrashDrillResult {
  kills: number;
  acknowledged: number;
  problems: string[];
}

export async function runCrashDrill(options: { dir: string; kills: number; random?: () => number }): Promise<CrashDrillResult> {
  const random = options.random ?? Math.random;
  const file = path.join(options.dir, 'facilities.db');
  const acked = new Map<string, number>();
  for (let run = 0; run < options.kills; run++) {
    const writer = startProcess('test/crash/writer.ts', {}, [file, `crash-r${run}`]);
    await writer.line((l) => l.text === 'ready');
    const target = 1 + Math.floor(random() * 6);
    await writer.line(() => writer.lines.filter((l) => l.text.startsWith('ack ')).length >= target);
    // Somewhere inside the next write: after its start, before or after its commit.
    await new Promise((resolve) => setTimeout(resolve, random() * 15));
    writer.child.kill('SIGKILL');
    await writer.exited;
    for (const { text } of writer.lines) {
      const [word, id, version] = text.split(' ');
      if (word === 'ack') acked.set(id!, Math.max(acked.get(id!) ?? 0, Number(version)));
    }
  }
  const db = new Database(file);
  const problems: string[] = [];
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const entries = new Map(
      (db.prepare("SELECT entity_id AS id, version FROM entries WHERE entity_type = 'Organisation'").all() as { id: string; version: number }[]).map((e) => [
        e.id,
        e.version,
      ]),
    );
    for (const [id, version] of acked) {
      if ((entries.get(id) ?? 0) < version) problems.push(`${id}: acknowledged version ${version}, found ${entries.get(id) ?? 'nothing'}`);
    }
    const revisions = db
      .prepare(
        "SELECT entity_id AS id, json_group_array(version) AS versions FROM (SELECT * FROM revisions WHERE entity_type = 'Organisation' ORDER BY id) GROUP BY entity_id",
      )
      .all() as { id: string; versions: string }[];
    for (const { id, versions } of revisions) {
      const list = JSON.parse(versions) as number[];
      if (list.some((v, i) => v !== i + 1) || list.length !== entries.get(id))
        problems.push(`${id}: revisions ${list.join(',')} for version ${entries.get(id)}`);
    }
  } finally {
    db.close();
  }
  return { kills: options.kills, acknowledged: acked.size, problems };
}
