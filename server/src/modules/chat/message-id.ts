import crypto from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: sorts like the numbers it encodes

let lastTime = 0;
let lastRandom = 0n;

/**
 * A ULID: 10 characters of milliseconds then 16 of randomness, so ids sort by send time as plain
 * strings on every database. Within one millisecond the random part counts up, keeping order.
 */
export function newMessageId(now = Date.now()): string {
  if (now <= lastTime) {
    lastRandom += 1n;
    now = lastTime;
  } else {
    lastTime = now;
    lastRandom = BigInt(`0x${crypto.randomBytes(10).toString('hex')}`) >> 1n;
  }
  let time = '';
  for (let t = now, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = ALPHABET[t % 32] + time;
  let random = '';
  for (let r = lastRandom, i = 0; i < 16; i++, r >>= 5n) random = ALPHABET[Number(r & 31n)] + random;
  return time + random;
}

const NAMESPACE = Buffer.from('6f1d2c0e8b4a4c5e9f3a7d2b1c0e9a8f', 'hex');

/** UUID v5 of a name: the same client retry always maps to the same event id. */
export function stableEventId(name: string): string {
  const hash = crypto.createHash('sha1').update(NAMESPACE).update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
