import { PROBLEM_TYPES, type FieldError, type Problem } from '@ask-anyway/core';
import type { ZodError } from 'zod';

/**
 * An error the API answers with on purpose. Anything else thrown becomes a generic 500 problem,
 * logged with its stack and never shown to the client.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
    this.name = 'ApiError';
  }

  toProblem(instance?: string): Problem {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(instance ? { instance } : {}),
      ...(this.errors && this.errors.length > 0 ? { errors: this.errors } : {}),
    };
  }
}

export const problems = {
  malformed: (detail: string) => new ApiError(400, PROBLEM_TYPES.malformed, 'Malformed request', detail),
  validation: (errors: FieldError[]) =>
    new ApiError(
      422,
      PROBLEM_TYPES.validation,
      'Some fields need another look',
      errors.map((e) => `${e.field}: ${e.detail}`).join(' '),
      errors,
    ),
  unsupportedMediaType: () =>
    new ApiError(
      415,
      PROBLEM_TYPES.unsupportedMediaType,
      'Unsupported media type',
      'Send the body as application/json.',
    ),
  tooLarge: (limit: number) =>
    new ApiError(413, PROBLEM_TYPES.tooLarge, 'Request too large', `The body may be at most ${limit} bytes.`),
  unauthenticated: () =>
    new ApiError(401, PROBLEM_TYPES.unauthenticated, 'Not signed in', 'Sign in to continue.'),
  csrf: () =>
    new ApiError(
      403,
      PROBLEM_TYPES.csrf,
      'Request not allowed',
      'This change did not come from the Ask Anyway app. Reload the page and try again.',
    ),
  /** One field is wrong (a check beyond its schema): 422 naming it, as the schema's own errors do. */
  invalidField: (field: string, detail: string, where: FieldError['in'] = 'body') =>
    problems.validation([{ field, pointer: `/${field}`, in: where, detail }]),
  forbidden: (detail: string) => new ApiError(403, PROBLEM_TYPES.forbidden, 'Not allowed', detail),
  notFound: (what = 'That') =>
    new ApiError(404, PROBLEM_TYPES.notFound, 'Not found', `${what} was not found.`),
  conflict: (detail: string, errors?: FieldError[]) =>
    new ApiError(409, PROBLEM_TYPES.conflict, 'Conflict', detail, errors),
  rateLimited: (retryAfterSeconds: number) =>
    new ApiError(
      429,
      PROBLEM_TYPES.rateLimited,
      'Too many attempts',
      `Too many sign-in attempts. Please wait ${Math.ceil(retryAfterSeconds / 60)} minute(s) and try again.`,
      undefined,
      { 'retry-after': String(retryAfterSeconds) },
    ),
  methodNotAllowed: (allowed: string[]) =>
    new ApiError(
      405,
      PROBLEM_TYPES.methodNotAllowed,
      'Method not allowed',
      `Use ${allowed.join(' or ')}.`,
      undefined,
      { allow: allowed.join(', ') },
    ),
};

/** Turns zod issues into named field errors: one per problem, unknown keys one per key. */
export function fieldErrorsFrom(error: ZodError, where: FieldError['in']): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push(fieldError([...base, key], where, 'This field is not accepted here.'));
      }
      continue;
    }
    out.push(fieldError(base, where, issue.message));
  }
  return out;
}

function fieldError(path: string[], where: FieldError['in'], detail: string): FieldError {
  return {
    field: path.length > 0 ? path.join('.') : `(${where})`,
    pointer: '/' + path.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/'),
    in: where,
    detail,
  };
}
