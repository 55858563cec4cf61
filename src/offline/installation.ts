import { getDatabase, SETTING_KEYS, type QsDatabase } from './db';

// One random id per installation, made the first time something needs it (a support). It is never
// tied to a person: it only lets the server count one support per device and proposal (DESIGN §4).

/** The stored id, or a new one stored in the same transaction, so two tabs never make two. */
export async function getInstallationId(db: QsDatabase = getDatabase()): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(SETTING_KEYS.installationId);
    if (typeof row?.value === 'string' && row.value.length > 0) return row.value;
    const id = crypto.randomUUID();
    await db.settings.put({ key: SETTING_KEYS.installationId, value: id });
    return id;
  });
}
