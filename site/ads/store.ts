import type { SiteExecutor } from '../db/schema';
import type { AdDocumentKind } from './ad-schemas';

/** Every document of a kind, by id. */
export async function listAdDocuments(db: SiteExecutor, kind: AdDocumentKind): Promise<unknown[]> {
  const rows = await db.selectFrom('site_ad_documents').select('doc').where('kind', '=', kind).orderBy('id').execute();
  return rows.map((r) => JSON.parse(r.doc) as unknown);
}

/** Inserts or replaces a document; returns true when it was new. */
export async function putAdDocument(trx: SiteExecutor, kind: AdDocumentKind, id: string, doc: unknown, now: Date): Promise<boolean> {
  const existed = await trx.deleteFrom('site_ad_documents').where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
  await trx.insertInto('site_ad_documents').values({ kind, id, doc: JSON.stringify(doc), updated_at: now.toISOString() }).execute();
  return Number(existed.numDeletedRows) === 0;
}

/** Deletes a document; returns false when there was none. */
export async function deleteAdDocument(trx: SiteExecutor, kind: AdDocumentKind, id: string): Promise<boolean> {
  const result = await trx.deleteFrom('site_ad_documents').where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
