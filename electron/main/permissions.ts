/** Permissions the renderer may have; everything else (camera, geolocation, HID, …) is denied. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications', 'clipboard-sanitized-write']);

/** The policy for both permission requests and permission checks, from our own origin only. */
export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, isOurOrigin: (url: string) => boolean): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isOurOrigin(requestingUrl);
}
