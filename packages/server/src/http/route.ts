import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { problems, fieldErrorsFrom } from './problem.js';
import type { AppEnv, Authenticated } from './env.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route at all; what they may touch is the policies' business. */
/** public: anyone; user: any signed-in account; clinician: signed-in clinician accounts only. */
export type RouteAccess = 'public' | 'user' | 'clinician';

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** For a response that is not JSON (CSV, iCalendar): its media type. */
  contentType?: string;
}

interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

/**
 * One API route, declared once: its validation, its OpenAPI entry and its handler come from here.
 * `path` is written OpenAPI-style (`/api/sessions/{id}`).
 */
export interface RouteDefinition<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  A extends RouteAccess = RouteAccess,
> {
  method: HttpMethod;
  path: string;
  summary: string;
  tags: string[];
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** Largest body accepted, in bytes; the default suits forms. */
  bodyLimit?: number;
  responses: Record<number, ResponseSpec>;
  handler: (
    c: Context<AppEnv>,
    input: RouteInput<z.output<P>, z.output<Q>, z.output<B>> &
      (A extends 'user' | 'clinician' ? { auth: Authenticated } : { auth: Authenticated | null }),
  ) => Promise<Response> | Response;
}

export type AnyRoute = RouteDefinition<z.ZodType, z.ZodType, z.ZodType, RouteAccess>;

export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** Keeps a route's types precise while letting lists of routes share one type. */
export function defineRoute<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  A extends RouteAccess = RouteAccess,
>(route: RouteDefinition<P, Q, B, A>): AnyRoute {
  return route as unknown as AnyRoute;
}

export function toHonoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

export function mountRoutes(app: Hono<AppEnv>, routes: readonly AnyRoute[]): void {
  for (const route of routes) {
    app.on(route.method.toUpperCase(), toHonoPath(route.path), async (c) => {
      const auth = c.get('auth');
      if (route.access !== 'public' && !auth) throw problems.unauthenticated();
      if (route.access === 'clinician' && auth?.user.role !== 'clinician') {
        throw problems.forbidden('This is for clinician accounts.');
      }
      const params = parsePart(route.params, c.req.param(), 'path');
      const query = route.query ? parsePart(route.query, c.req.query(), 'query') : undefined;
      const body = route.body
        ? parsePart(route.body, await readJsonBody(c, route.bodyLimit ?? DEFAULT_BODY_LIMIT), 'body')
        : undefined;
      return route.handler(c, { params, query, body, auth } as never);
    });
  }
}

function parsePart(schema: z.ZodType | undefined, value: unknown, where: 'path' | 'query' | 'body'): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw problems.validation(fieldErrorsFrom(result.error, where));
  return result.data;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a JSON body without trusting the client: a declared or actual size over the limit stops the
 * read (413), a non-JSON media type is refused (415), invalid UTF-8 or JSON is a 400.
 */
export async function readJsonBody(c: Context<AppEnv>, limit: number): Promise<unknown> {
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > limit) throw problems.tooLarge(limit);
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !/^application\/[\w.+-]+\+json$/.test(type)) {
    throw problems.unsupportedMediaType();
  }
  const bytes = await readLimited(c.req.raw.body, limit);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw problems.malformed('The body is not valid UTF-8.');
  }
  if (text.trim() === '') throw problems.malformed('The body is empty; send a JSON object.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw problems.malformed('The body is not valid JSON.');
  }
}

async function readLimited(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!stream) return new Uint8Array();
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw problems.tooLarge(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
