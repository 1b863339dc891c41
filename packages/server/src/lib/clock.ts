/** The only way server code reads the time, so tests can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock for tests: starts where you say and moves only when told. */
export function fixedClock(start: Date): Clock & { advance(ms: number): void; set(to: Date): void } {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (to) => {
      current = to.getTime();
    },
  };
}

/**
 * For end-to-end tests only: the system time moved by the number of milliseconds written in a file
 * (read on every call, so a test can jump two weeks ahead while the server runs). Enabled only by the
 * TEST_CLOCK_FILE environment variable, which a deployment never sets; nothing over HTTP can move it.
 */
export function fileOffsetClock(file: string, read: (file: string) => string): Clock {
  return {
    now: () => {
      let offset: number;
      try {
        offset = Number(read(file).trim()) || 0;
      } catch {
        offset = 0;
      }
      return new Date(Date.now() + offset);
    },
  };
}
