#!/usr/bin/env node
// `npm run dev`: builds core and server once, runs the API on :3000 and Vite (hot reload) on :5173,
// which proxies /api to the API. Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const built = spawnSync(bin('tsc'), ['-b', 'packages/core', 'packages/server'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const children = [
  spawn(process.execPath, ['packages/server/dist/main.js'], { cwd: root, stdio: 'inherit', env: { ...process.env, WEB_DIST: '' } }),
  spawn(bin('vite'), [], { cwd: join(root, 'packages/web'), stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
