/** A small, fast, dependency-free 64-bit hash (not cryptographic): clip keys, checksums. */
const encoder = new TextEncoder();

/**
 * FNV-1a, 64-bit, over the UTF-8 bytes of `text`, as 16 hex digits. The 64-bit state is kept in two
 * 32-bit halves: the prime is 2^40 + 0x1b3, so h * prime = h * 0x1b3 + (h << 40).
 */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of encoder.encode(text)) {
    lo = (lo ^ byte) >>> 0;
    const low = lo * 0x1b3; // < 2^41: exact in a double
    const carry = Math.floor(low / 0x1_0000_0000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = low >>> 0;
  }
  return hex32(hi) + hex32(lo);
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}
