// UTF-8 text to and from base64, for Attachment.data (imaging report text, a checkpoint's kept
// assessment). Written with TextEncoder and btoa so the mappers need no Node Buffer.

export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The text, or undefined when the data is not valid base64 or not valid UTF-8. */
export function fromBase64(data: string): string | undefined {
  try {
    const binary = atob(data);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
