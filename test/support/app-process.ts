import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The built API, as `npm start` runs it. */
export const MAIN = join(process.cwd(), 'dist/api/apps/api/src/main.js');

export interface AppProcess {
  child: ChildProcess;
  /** Everything it printed, stdout and stderr, in order. */
  output: string[];
  exit: Promise<number | null>;
  /** Whether it came to listen (false: it stopped first). */
  ready: boolean;
  /** From spawning until it listened. */
  startedMs: number;
}

/** Spawns the built app with exactly `env` and waits until it says it listens, or stops. */
export async function spawnApp(env: NodeJS.ProcessEnv): Promise<AppProcess> {
  const began = Date.now();
  const child = spawn(process.execPath, [MAIN], { cwd: process.cwd(), env });
  const output: string[] = [];
  child.stdout!.on('data', (d) => output.push(String(d)));
  child.stderr!.on('data', (d) => output.push(String(d)));
  const exit = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  const ready = await new Promise<boolean>((ok) => {
    const timer = setInterval(() => {
      if (output.join('').includes('lab tracker is running on')) { clearInterval(timer); ok(true); }
    }, 25);
    void exit.then(() => { clearInterval(timer); ok(false); });
  });
  return { child, output, exit, ready, startedMs: Date.now() - began };
}
