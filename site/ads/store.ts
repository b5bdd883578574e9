import { nextChangeSeq } from '../db/change-seq';
import type { SiteExecutor } from '../db/schema';
import type { AdDocumentKind } from './ad-schemas';

/** Every current (undeleted) document of a kind, by id. */
export async function listAdDocuments(db: SiteExecutor, kind: AdDocumentKind): Promise<unknown[]> {
  const rows = await db.selectFrom('site_ad_documents').select('doc').where('kind', '=', kind).where('deleted_at', 'is', null).orderBy('id').execute();
  return rows.map((r) => JSON.parse(r.doc) as unknown);
}

async function existing(trx: SiteExecutor, kind: AdDocumentKind, id: string) {
  return trx.selectFrom('site_ad_documents').select('deleted_at').where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
}

/** Inserts or replaces a document at a new feed position; returns true when it was new (or deleted before). */
export async function putAdDocument(trx: SiteExecutor, kind: AdDocumentKind, id: string, doc: unknown, now: Date): Promise<boolean> {
  const before = await existing(trx, kind, id);
  const values = { doc: JSON.stringify(doc), updated_at: now.toISOString(), change_seq: await nextChangeSeq(trx), deleted_at: null };
  if (before) await trx.updateTable('site_ad_documents').set(values).where('kind', '=', kind).where('id', '=', id).execute();
  else await trx.insertInto('site_ad_documents').values({ kind, id, ...values }).execute();
  return !before || before.deleted_at !== null;
}

/**
 * Deletes a document, leaving a tombstone (doc null) at a new feed position so other apps hear
 * of it; returns false when there never was one. Deleting a deleted document changes nothing.
 */
export async function deleteAdDocument(trx: SiteExecutor, kind: AdDocumentKind, id: string, now: Date): Promise<boolean> {
  const before = await existing(trx, kind, id);
  if (!before) return false;
  if (before.deleted_at !== null) return true;
  const values = { doc: 'null', updated_at: now.toISOString(), change_seq: await nextChangeSeq(trx), deleted_at: now.toISOString() };
  await trx.updateTable('site_ad_documents').set(values).where('kind', '=', kind).where('id', '=', id).execute();
  return true;
}

/** Ad documents changed after `cursor` (deletions with doc null), oldest change first. */
export async function adDocumentsChangedSince(db: SiteExecutor, cursor: number, limit: number) {
  const rows = await db.selectFrom('site_ad_documents').select(['kind', 'id', 'doc', 'change_seq']).where('change_seq', '>', cursor).orderBy('change_seq').limit(limit).execute();
  return rows.map((r) => ({ seq: Number(r.change_seq), item: { kind: r.kind, id: r.id, doc: JSON.parse(r.doc) as unknown } }));
}
