import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_APP_CONFIG, type AppConfig } from './app.js';
import { DEFAULT_AUTH_SETTINGS } from './modules/auth/auth.service.js';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL only: the schema to use instead of `public`. */
  databaseSchema: string | undefined;
  app: AppConfig;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

/** Reads the environment once, at start. Every setting is documented in README.md. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const here = dirname(fileURLToPath(import.meta.url));
  const defaultWeb = resolve(here, '../../web/dist');
  const webDist = env.WEB_DIST ? resolve(env.WEB_DIST) : existsSync(defaultWeb) ? defaultWeb : null;
  return {
    port: intFrom(env, 'PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    app: {
      ...DEFAULT_APP_CONFIG,
      version: env.npm_package_version ?? DEFAULT_APP_CONFIG.version,
      trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
      cookieSecure: env.COOKIE_SECURE === 'true' ? true : env.COOKIE_SECURE === 'false' ? false : 'auto',
      webDist,
      auth: {
        ...DEFAULT_AUTH_SETTINGS,
        signInLimitPerAccount: intFrom(env, 'SIGN_IN_LIMIT_PER_ACCOUNT', DEFAULT_AUTH_SETTINGS.signInLimitPerAccount),
        signInLimitPerAddress: intFrom(env, 'SIGN_IN_LIMIT_PER_ADDRESS', DEFAULT_AUTH_SETTINGS.signInLimitPerAddress),
      },
    },
  };
}
