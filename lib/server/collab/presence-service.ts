import { PRESENCE_TTL_SECONDS, presenceColor } from '../../collab/presence';
import type { PresenceEntry } from '../../collab/types';
import type { Database } from '../db/prisma';

export interface PresenceInput {
  readonly clientId: string;
  readonly userId: string | null;
  readonly name: string;
  readonly selection: readonly string[];
}

/** Rows this old are deleted when someone next reports in (they stopped counting long before). */
const FORGET_AFTER_SECONDS = 600;

/**
 * Who has a diagram open, in `diagram_presence`, so every app instance sees
 * everyone. A client reports in every few seconds and when its selection
 * changes; an entry without news for PRESENCE_TTL_SECONDS no longer counts. Only
 * a change others would see (someone arrived, left, selected something else) is
 * published; a plain heartbeat is not.
 */
export function createPresenceService(db: Database, published: (diagramId: string) => Promise<void>) {
  return {
    async report(diagramId: string, input: PresenceInput): Promise<void> {
      const selection = JSON.stringify(input.selection);
      const [row] = await db.$queryRaw<{ was_fresh: boolean | null; old_selection: unknown; old_name: string | null }[]>`
        WITH old AS (
          SELECT selection, name, seen_at > now() - make_interval(secs => ${PRESENCE_TTL_SECONDS}) AS fresh
          FROM tablecraft.diagram_presence WHERE diagram_id = ${diagramId}::uuid AND client_id = ${input.clientId}
        ), upsert AS (
          INSERT INTO tablecraft.diagram_presence (diagram_id, client_id, user_id, name, color, selection, seen_at)
          VALUES (${diagramId}::uuid, ${input.clientId}, ${input.userId}::uuid, ${input.name}, ${presenceColor(input.clientId)}, ${selection}::jsonb, now())
          ON CONFLICT (diagram_id, client_id) DO UPDATE
            SET user_id = EXCLUDED.user_id, name = EXCLUDED.name, selection = EXCLUDED.selection, seen_at = now()
          RETURNING 1
        )
        SELECT (SELECT fresh FROM old) AS was_fresh, (SELECT selection FROM old) AS old_selection, (SELECT name FROM old) AS old_name
        FROM upsert`;
      const changed = !row?.was_fresh || row.old_name !== input.name || JSON.stringify(row.old_selection) !== selection;
      if (changed) {
        await db.$executeRaw`
          DELETE FROM tablecraft.diagram_presence
          WHERE diagram_id = ${diagramId}::uuid AND seen_at < now() - make_interval(secs => ${FORGET_AFTER_SECONDS})`;
        await published(diagramId);
      }
    },

    async leave(diagramId: string, clientId: string): Promise<void> {
      const removed = await db.$executeRaw`
        DELETE FROM tablecraft.diagram_presence WHERE diagram_id = ${diagramId}::uuid AND client_id = ${clientId}`;
      if (removed > 0) await published(diagramId);
    },

    /** Everyone who reported in within the last PRESENCE_TTL_SECONDS, in a stable order. */
    async list(diagramId: string): Promise<PresenceEntry[]> {
      const rows = await db.$queryRaw<{ client_id: string; name: string; color: string; selection: unknown }[]>`
        SELECT client_id, name, color, selection FROM tablecraft.diagram_presence
        WHERE diagram_id = ${diagramId}::uuid AND seen_at > now() - make_interval(secs => ${PRESENCE_TTL_SECONDS})
        ORDER BY name, client_id`;
      return rows.map((row) => ({
        clientId: row.client_id,
        name: row.name,
        color: row.color,
        selection: Array.isArray(row.selection) ? row.selection.filter((id): id is string => typeof id === 'string') : [],
      }));
    },
  };
}

export type PresenceService = ReturnType<typeof createPresenceService>;
