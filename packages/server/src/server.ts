import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppConfig } from './app.js';
import { migrateToLatest, openDatabase, type Database, type DatabaseOptions } from './db/database.js';
import { systemClock, type Clock } from './lib/clock.js';

export interface RunningServer {
  url: string;
  port: number;
  database: Database;
  close(): Promise<void>;
}

/** Opens the database, migrates it, and serves the app: what `npm start` and the API tests both run. */
export async function startServer(options: {
  database: DatabaseOptions;
  app: AppConfig;
  port: number;
  host?: string;
  clock?: Clock;
  log?: (message: string, error?: unknown) => void;
}): Promise<RunningServer> {
  const database = await openDatabase(options.database);
  try {
    await migrateToLatest(database, options.database.pgSchema);
  } catch (error) {
    await database.close();
    throw error;
  }
  const app = createApp({
    database,
    clock: options.clock ?? systemClock,
    config: options.app,
    ...(options.log ? { log: options.log } : {}),
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.hono.fetch, port: options.port, hostname: options.host ?? '127.0.0.1' }, () =>
      resolve(s),
    );
  });
  const sweep = setInterval(() => void app.services.auth.sweep().catch(() => undefined), 60 * 60 * 1000);
  sweep.unref();
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    database,
    close: async () => {
      clearInterval(sweep);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
