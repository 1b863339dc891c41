#!/usr/bin/env node
// The coach from the command line: one JSON request in, one JSON result out (docs/COACH.md).
//
//   npm run coach -- --stdin < request.json       (builds packages/core first)
//   node scripts/coach.mjs --stdin < request.json
//   node scripts/coach.mjs --file request.json [--compact]
//
// stdout carries only the result JSON. A request that does not parse or validate prints a JSON
// error to stderr and exits with 2; a usage error exits with 64.
import { readFileSync } from 'node:fs';
import { coachFromJson } from '../packages/core/dist/index.js';

const args = process.argv.slice(2);
const usage = 'Usage: node scripts/coach.mjs (--stdin | --file <request.json>) [--compact]';

function fail(code, error, details) {
  process.stderr.write(`${JSON.stringify({ error, ...(details ? { details } : {}) }, null, 2)}\n`);
  process.exit(code);
}

function readStdin() {
  try {
    return readFileSync(0, 'utf8');
  } catch (error) {
    return fail(64, `Could not read standard input: ${error.message}`);
  }
}

let text;
if (args.includes('--stdin')) text = readStdin();
else if (args.includes('--file')) {
  const path = args[args.indexOf('--file') + 1];
  if (!path) fail(64, usage);
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    fail(64, `Could not read ${path}: ${error.message}`);
  }
} else fail(64, usage);

let request;
try {
  request = JSON.parse(text);
} catch (error) {
  fail(2, `The request is not valid JSON: ${error.message}`);
}

let result;
try {
  result = coachFromJson(request);
} catch (error) {
  if (error && Array.isArray(error.issues)) {
    fail(
      2,
      'The request does not match the format in docs/COACH.md.',
      error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  throw error;
}
process.stdout.write(`${JSON.stringify(result, null, args.includes('--compact') ? 0 : 2)}\n`);
