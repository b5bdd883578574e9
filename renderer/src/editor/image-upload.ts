import type { Client } from '../client/client';

/** Receives the share of the upload sent so far (0…1); never called where the transport cannot tell (Electron's IPC). */
export type UploadProgress = (fraction: number) => void;

/** What the editor's fields are given to store an image: resolves null when it was refused (the reason is shown elsewhere). */
export type UploadImage = (file: File, onProgress?: UploadProgress) => Promise<{ mediaId: string; src: string } | null>;

export const ACCEPTED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** The image files among dropped or pasted files, in their order; everything else is left out. */
export const imageFilesOf = (files: FileList | readonly File[] | null | undefined): File[] =>
  Array.from(files ?? []).filter((f) => ACCEPTED_IMAGE_TYPES.includes(f.type));

/** Base64 of a file, encoded off the main thread by FileReader so that typing never waits on it. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** Reads a picked file and stores it through the contract; the back end sniffs the real type. */
export async function uploadImageFile(client: Client, file: File, onProgress?: UploadProgress): Promise<{ mediaId: string; src: string }> {
  const dataBase64 = await readAsBase64(file);
  const result = await client.call('media.put', { fileName: file.name.slice(0, 255), dataBase64 }, { onUploadProgress: onProgress });
  if (!result.ok) throw new Error(result.error.message);
  return { mediaId: result.value.id, src: mediaUrl(result.value.id) };
}

/** Media are served at /media/<id> by both hosts (app:// in Electron, http in the web shell). */
export const mediaUrl = (id: string): string => `/media/${encodeURIComponent(id)}`;
