import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built server entry point, as `npm start` runs it. */
export const SERVER_MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/main.js');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
}

/**
 * Starts the built server as its own process on a free port with exactly this environment (plus PORT,
 * HOST and no web app), and resolves with its URL once it says it is running.
 */
export function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  if (!existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing: build the server first (npm run build).`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [SERVER_MAIN], {
      env: { ...env, PORT: '0', HOST: '127.0.0.1', WEB_DIST: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ child, url: match[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/** Stops a server process with a signal and waits for it to exit. */
export function stopServerProcess(proc: ServerProcess, signal: NodeJS.Signals): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    proc.child.removeAllListeners('exit');
    proc.child.once('exit', () => done());
    proc.child.kill(signal);
  });
}
