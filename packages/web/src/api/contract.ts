import type {
  CSRF_HEADER as CORE_CSRF_HEADER,
  PASSWORD_MIN_LENGTH as CORE_PASSWORD_MIN_LENGTH,
} from '@ask-anyway/core';

/*
 * Core's contract constants, restated so that the app does not load core's contract module at run
 * time: that module builds the zod schemas on import, which would add zod to the bundle and, under
 * our CSP, report a blocked `new Function` probe from zod. The `typeof` annotations make the
 * typecheck fail the moment core's values change, so the two cannot drift apart.
 */
export const CSRF_HEADER: typeof CORE_CSRF_HEADER = 'x-csrf-token';
export const PASSWORD_MIN_LENGTH: typeof CORE_PASSWORD_MIN_LENGTH = 8;
