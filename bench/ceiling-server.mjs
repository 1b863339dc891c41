// The ceiling: a bare Hono JSON route on the same Node.js HTTP adapter the app uses, nothing else.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/json', (c) => c.json({ ok: true, message: 'hello' }));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`ceiling listening on ${info.port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
