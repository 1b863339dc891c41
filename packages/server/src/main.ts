import { readFileSync } from 'node:fs';
import { loadConfig } from './config.js';
import { fileOffsetClock } from './lib/clock.js';
import { startServer } from './server.js';

const config = loadConfig();
const server = await startServer({
  database: {
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    ...(config.databaseSchema ? { pgSchema: config.databaseSchema } : {}),
  },
  app: config.app,
  port: config.port,
  host: config.host,
  ...(process.env.TEST_CLOCK_FILE ? { clock: fileOffsetClock(process.env.TEST_CLOCK_FILE, (f) => readFileSync(f, 'utf8')) } : {}),
});
if (process.env.TEST_CLOCK_FILE) console.log(`Test clock: the time is moved by the offset in ${process.env.TEST_CLOCK_FILE}`);

const where = server.database.engine === 'sqlite' ? `SQLite at ${server.database.location}` : `PostgreSQL at ${server.database.location}`;
console.log(`Ask Anyway is running at http://localhost:${server.port} (${where})`);
if (!config.app.webDist) console.log('The web app is not built; serving the API only. Run `npm run build` first.');

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received, closing…`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
