/**
 * Seeded randomness for the engine. Nothing here reads `Math.random()`: a session or exam
 * stores its seed, so the same seed rebuilds the same questions in the same order.
 */

/** A source of uniformly distributed numbers in [0, 1). */
export type Rng = () => number;

/**
 * Create a mulberry32 generator: 32 bits of state, fast, and good enough for shuffling
 * a few thousand questions (it is not meant for cryptography).
 * @param seed any number; it is truncated to an unsigned 32-bit integer
 * @returns a generator whose sequence depends only on the seed
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Hash a string into a 32-bit seed (FNV-1a followed by a murmur3 finaliser, so that
 * similar strings such as "exam-1" and "exam-2" still give unrelated seeds).
 * @param text the string to hash, e.g. a session id
 * @returns an unsigned 32-bit integer
 */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * Draw an integer in [0, bound).
 * @param rng the generator to draw from
 * @param bound exclusive upper bound, a positive integer
 * @returns an integer from 0 to bound - 1
 */
export function drawIndex(rng: Rng, bound: number): number {
  return Math.floor(rng() * bound);
}

/**
 * Shuffle with Fisher-Yates, leaving the input untouched.
 * @param items the items to shuffle
 * @param rng the generator to draw from
 * @returns a new array holding the same items in random order
 */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  return drawSample(items, items.length, rng);
}

/**
 * Draw `count` distinct items at random, in random order: a Fisher-Yates shuffle that
 * stops after `count` swaps, so picking 20 out of 10,000 costs 20 draws, not 10,000.
 * For the same generator state, `drawSample(items, k, rng)` equals the first k items
 * of `shuffle(items, rng)`.
 * @param items the items to draw from
 * @param count how many to draw; clamped to 0..items.length
 * @param rng the generator to draw from
 * @returns a new array of at most `count` items
 */
export function drawSample<T>(items: readonly T[], count: number, rng: Rng): T[] {
  const pool = items.slice();
  const taken = Math.max(0, Math.min(Math.floor(count), pool.length));
  for (let index = 0; index < taken; index += 1) {
    const swapWith = index + drawIndex(rng, pool.length - index);
    const picked = pool[swapWith] as T;
    pool[swapWith] = pool[index] as T;
    pool[index] = picked;
  }
  pool.length = taken;
  return pool;
}
