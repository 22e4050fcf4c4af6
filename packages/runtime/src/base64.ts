/** Base64, with the web's `btoa`: of bytes (a signature), or of a text's UTF-8 bytes (a Basic header, a secret's form). */
export function toBase64(data: string | ArrayBuffer | Uint8Array): string {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
