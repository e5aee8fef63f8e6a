const MAX_URL_LENGTH = 2048;

/**
 * Only plain web links may leave the app for the system browser: http(s), a host, no embedded credentials.
 * Anything else (file:, javascript:, custom schemes that launch other programs) is refused.
 */
export function isVettedExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  return url.hostname !== '';
}

export type OpenExternal = (url: string) => Promise<void>;

/** Opens vetted URLs in the system browser and drops the rest; returns whether it opened. */
export function openVettedExternal(
  openExternal: OpenExternal,
  url: string,
  onError: (err: unknown) => void,
): boolean {
  if (!isVettedExternalUrl(url)) return false;
  openExternal(url).catch(onError);
  return true;
}
