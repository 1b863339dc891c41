#!/usr/bin/env node
// Typechecks what `tsc -b` does not emit: tests, the web app, e2e and tools. Exits non-zero on any error.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const projects = [
  'packages/core/tsconfig.test.json',
  'packages/server/tsconfig.test.json',
  'packages/web/tsconfig.json',
  'e2e/tsconfig.json',
  'tsconfig.tools.json',
];
let ok = true;
for (const project of projects) {
  if (!existsSync(join(root, project))) {
    console.error(`missing ${project}`);
    ok = false;
    continue;
  }
  const res = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', project, '--noEmit'], { cwd: root, stdio: 'inherit' });
  console.log(`${res.status === 0 ? '✔' : '✖'} ${project}`);
  if (res.status !== 0) ok = false;
}
process.exit(ok ? 0 : 1);
