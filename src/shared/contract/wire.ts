/**
 * JSON for the browser harness's HTTP transport. Electron's IPC carries Uint8Array natively (structured
 * clone); over HTTP bytes travel as { $bytes: base64 }.
 */
export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? { $bytes: bytesToBase64(v) } : v,
  );
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) =>
    v &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    typeof (v as { $bytes?: unknown }).$bytes === 'string' &&
    Object.keys(v).length === 1
      ? base64ToBytes((v as { $bytes: string }).$bytes)
      : v,
  );
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
