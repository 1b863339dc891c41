import type { Migration } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-practice.js';
import * as m0003 from './0003-safety.js';
import * as m0004 from './0004-measures.js';
import * as m0005 from './0005-clinicians.js';
import * as m0006 from './0006-calendar.js';

/**
 * Every migration, in order. Names never change once released; a new one gets the next number.
 * Kept as a static list (not a folder scan) so the production build and tests run exactly these.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-practice': m0002,
  '0003-safety': m0003,
  '0004-measures': m0004,
  '0005-clinicians': m0005,
  '0006-calendar': m0006,
};
