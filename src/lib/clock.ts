/** Time as the app sees it; injected so tests and the engine never read the system clock. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Minutes east of UTC for a given instant (e.g. +60 in Paris in winter). */
  tzOffsetMinutes(at: number): number;
}

/** The browser's clock and time zone. */
export const systemClock: Clock = {
  now: () => Date.now(),
  tzOffsetMinutes: (at) => -new Date(at).getTimezoneOffset(),
};

/** A clock that stands still until moved: for tests. */
export function createFixedClock(start: number, tzOffsetMinutes = 0): Clock & { set(at: number): void; advance(ms: number): void } {
  let current = start;
  return {
    now: () => current,
    tzOffsetMinutes: () => tzOffsetMinutes,
    set: (at) => {
      current = at;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
