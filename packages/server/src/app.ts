import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { PROBLEM_TYPES } from '@ask-anyway/core';
import { Hono, type Context } from 'hono';
import type { Database } from './db/database.js';
import type { AppEnv } from './http/env.js';
import { csrfMiddleware, securityHeaders, sessionMiddleware } from './http/middleware.js';
import { buildOpenApi } from './http/openapi.js';
import { ApiError, problems } from './http/problem.js';
import { defineRoute, mountRoutes, toHonoPath, type AnyRoute } from './http/route.js';
import type { Clock } from './lib/clock.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { AuthService, DEFAULT_AUTH_SETTINGS, type AuthSettings } from './modules/auth/auth.service.js';
import { clinicianRoutes, sharingRoutes } from './modules/clinicians/clinicians.routes.js';
import { ClinicianService } from './modules/clinicians/clinician.service.js';
import { SharingService } from './modules/clinicians/sharing.service.js';
import { CalendarFeedService } from './modules/export/calendar.service.js';
import { exportRoutes } from './modules/export/export.routes.js';
import { ExportService } from './modules/export/export.service.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { measuresRoutes } from './modules/measures/measures.routes.js';
import { MeasuresService } from './modules/measures/measures.service.js';
import { ReportService } from './modules/measures/report.service.js';
import { practiceRoutes } from './modules/practice/practice.routes.js';
import { PracticeService } from './modules/practice/practice.service.js';
import { safetyRoutes } from './modules/safety/safety.routes.js';
import { SafetyService } from './modules/safety/safety.service.js';

export interface AppConfig {
  version: string;
  trustProxy: boolean;
  cookieSecure: boolean | 'auto';
  /** The built web app to serve, or null to serve the API only. */
  webDist: string | null;
  auth: AuthSettings;
}

export const DEFAULT_APP_CONFIG: AppConfig = {
  version: '0.1.0',
  trustProxy: false,
  cookieSecure: 'auto',
  webDist: null,
  auth: DEFAULT_AUTH_SETTINGS,
};

export interface AppDeps {
  database: Database;
  clock: Clock;
  config: AppConfig;
  log?: (message: string, error?: unknown) => void;
}

export interface App {
  hono: Hono<AppEnv>;
  routes: readonly AnyRoute[];
  services: { auth: AuthService; practice: PracticeService; safety: SafetyService; measures: MeasuresService };
}

export function createApp({ database, clock, config, log = defaultLog }: AppDeps): App {
  const auth = new AuthService(database.db, clock, config.auth);
  const safety = new SafetyService(database.db, clock);
  const practice = new PracticeService(database.db, clock, safety);
  const measures = new MeasuresService(database.db, clock);
  const report = new ReportService(database.db, clock);
  const sharing = new SharingService(database.db, clock, practice);
  const clinicians = new ClinicianService(database.db, clock, practice);
  const exports = new ExportService(database.db, clock, measures);
  const calendar = new CalendarFeedService(database.db, clock, measures);
  const hono = new Hono<AppEnv>();

  const routes: AnyRoute[] = [
    ...healthRoutes(database, config.version),
    ...authRoutes(auth, { trustProxy: config.trustProxy, cookieSecure: config.cookieSecure }),
    ...practiceRoutes(practice),
    ...safetyRoutes(safety, practice),
    ...measuresRoutes(measures, report),
    ...sharingRoutes(sharing),
    ...clinicianRoutes(clinicians),
    ...exportRoutes(exports, calendar),
  ];
  const openapiRoute = defineRoute({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    tags: ['operations'],
    access: 'public',
    responses: { 200: { description: 'The OpenAPI 3.1 document' } },
    handler: (c) => c.json(openapi),
  });
  routes.push(openapiRoute);
  const openapi = buildOpenApi(routes, config.version);

  hono.use('*', securityHeaders());
  hono.use('/api/*', sessionMiddleware(auth));
  hono.use('/api/*', csrfMiddleware());
  mountRoutes(hono, routes);

  // A known path with the wrong method is a 405, an unknown /api path a 404: both as problems.
  const methodsByPath = new Map<string, string[]>();
  for (const r of routes) {
    const key = toHonoPath(r.path);
    methodsByPath.set(key, [...(methodsByPath.get(key) ?? []), r.method.toUpperCase()]);
  }
  for (const [path, methods] of methodsByPath) {
    hono.all(path, () => {
      throw problems.methodNotAllowed(methods);
    });
  }
  hono.all('/api/*', () => {
    throw problems.notFound('That API path');
  });

  if (config.webDist) hono.get('*', staticWeb(config.webDist));

  hono.notFound((c) => problemResponse(c, problems.notFound('That page')));
  hono.onError((error, c) => {
    if (error instanceof ApiError) return problemResponse(c, error);
    log(`Unhandled error on ${c.req.method} ${c.req.path}`, error);
    return problemResponse(
      c,
      new ApiError(500, PROBLEM_TYPES.internal, 'Something went wrong', 'Something went wrong on our side. Nothing you sent was lost; please try again.'),
    );
  });

  return { hono, routes, services: { auth, practice, safety, measures } };
}

function problemResponse(c: Context<AppEnv>, error: ApiError): Response {
  return new Response(JSON.stringify(error.toProblem(c.req.path)), {
    status: error.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...error.headers },
  });
}

function defaultLog(message: string, error?: unknown): void {
  console.error(message, error);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built web app: hashed assets cached for a year, everything else revalidated, and any
 * other path answered with index.html so the client router can take it.
 */
function staticWeb(root: string) {
  const base = resolve(root);
  const cache = new Map<string, { body: Buffer; type: string }>();
  const read = (file: string) => {
    let hit = cache.get(file);
    if (!hit) {
      hit = { body: readFileSync(file), type: MIME[extname(file)] ?? 'application/octet-stream' };
      cache.set(file, hit);
    }
    return hit;
  };
  return (c: Context<AppEnv>) => {
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      path = '/';
    }
    const candidate = normalize(join(base, path));
    const inside = candidate === base || candidate.startsWith(base + sep);
    const isFile = inside && existsSync(candidate) && statSync(candidate).isFile();
    const file = isFile ? candidate : join(base, 'index.html');
    if (!existsSync(file)) return c.notFound();
    const { body, type } = read(file);
    const immutable = isFile && path.startsWith('/assets/');
    return c.body(new Uint8Array(body), 200, {
      'content-type': type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  };
}
