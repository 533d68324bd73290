// The ship-to address as a short fingerprint (FNV-1a, 32 bits, over its letters and digits): enough
// to notice that an order's address changed between two readings, while the address itself is
// never stored. Case, spaces and punctuation do not change the fingerprint.

export function addressFingerprint(text: string | undefined): string | undefined {
  const letters = (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  // Masked addresses ("******") and near-empty ones say nothing.
  if (letters.length < 6) return undefined;
  let hash = 0x811c9dc5;
  for (let i = 0; i < letters.length; i++) {
    hash ^= letters.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
