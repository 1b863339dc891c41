import { z } from 'zod';

/** One invalid input, named by field so a form can show the message beside it. */
export const FieldErrorSchema = z.object({
  /** Dotted path of the field, e.g. `email` or `items.2.name`; `(body)` when the whole body is wrong. */
  field: z.string(),
  /** The same location as an RFC 6901 JSON Pointer into the request part (`/email`). */
  pointer: z.string(),
  /** Where the field came from. */
  in: z.enum(['body', 'query', 'path', 'header']),
  detail: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** An RFC 9457 problem details body, as every 4xx and 5xx answer of the API carries it. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(FieldErrorSchema).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

/** Problem types used by the API; each is a stable URI-reference documented in docs/API.md. */
export const PROBLEM_TYPES = {
  validation: '/problems/validation',
  malformed: '/problems/malformed-request',
  unsupportedMediaType: '/problems/unsupported-media-type',
  tooLarge: '/problems/payload-too-large',
  unauthenticated: '/problems/unauthenticated',
  forbidden: '/problems/forbidden',
  csrf: '/problems/csrf',
  notFound: '/problems/not-found',
  conflict: '/problems/conflict',
  rateLimited: '/problems/rate-limited',
  methodNotAllowed: '/problems/method-not-allowed',
  internal: '/problems/internal',
  unavailable: '/problems/unavailable',
} as const;
