import type { Client } from '../client/client';

/** Reads a picked file and stores it through the contract; the back end sniffs the real type. */
export async function uploadImageFile(client: Client, file: File): Promise<{ mediaId: string; src: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const result = await client.call('media.put', { fileName: file.name.slice(0, 255), dataBase64: btoa(binary) });
  if (!result.ok) throw new Error(result.error.message);
  return { mediaId: result.value.id, src: mediaUrl(result.value.id) };
}

/** Media are served at /media/<id> by both hosts (app:// in Electron, http in the web shell). */
export const mediaUrl = (id: string): string => `/media/${encodeURIComponent(id)}`;
