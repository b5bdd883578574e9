import { sql, type Kysely, type Migration } from 'kysely';
import type { SqlEngine } from '../dialect';
import { seedAdInventory } from './seed-ad-inventory';

type Db = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists

/** Ad documents join the changes feed (deletions stay as tombstones) and a new site gets the sample inventory. */
async function adDocuments(db: Db, engine: SqlEngine): Promise<void> {
  await db.schema.alterTable('site_ad_documents').addColumn('change_seq', 'integer').execute();
  await db.schema.alterTable('site_ad_documents').addColumn('deleted_at', 'varchar(40)').execute();
  if (engine === 'postgres') await sql`alter table site_ad_documents alter column id type varchar(100)`.execute(db);
  const rows = await db.selectFrom('site_ad_documents').select(['kind', 'id']).orderBy('kind').orderBy('id').execute();
  for (const row of rows) {
    const seq = await db.updateTable('site_counters').set({ value: sql`value + 1` }).where('name', '=', 'change_seq').returning('value').executeTakeFirstOrThrow();
    await db.updateTable('site_ad_documents').set({ change_seq: seq.value }).where('kind', '=', row.kind).where('id', '=', row.id).execute();
  }
  await db.schema.createIndex('site_ad_documents_change_seq').on('site_ad_documents').column('change_seq').unique().execute();
  if (rows.length === 0) await seedAdInventory(db);
}

/** The ad inventory in the changes feed, seeded with core's sample inventory on a new site. */
export function adInventoryFeedMigration(engine: SqlEngine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await adDocuments(db as Db, engine);
    },
  };
}
