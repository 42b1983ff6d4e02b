// Runs the API as a child process and makes stopping this process stop all of it: the app, and the embedded
// PostgreSQL the app started, whichever of them receives the signal and even when the app crashes.
//
// - SIGINT, SIGTERM and SIGHUP are forwarded to the app once; the app closes Nest, then its PostgreSQL, and
//   exits 0. A terminal's Ctrl-C (the whole process group) and systemd (every process of the unit) signal
//   several of them at once: each stops once.
// - The app tells this process over the IPC channel which PostgreSQL it started (pid and cluster directory).
//   After the app has ended, for whatever reason, a PostgreSQL still running there is stopped the way
//   `pg_ctl stop -m fast` does (SIGINT, then SIGQUIT and SIGKILL if it hangs).
// - If this process dies, the IPC channel closes and the app stops itself (see apps/api/src/main.ts).
//
// Exit code: the app's own (0 after a requested stop, 1 when it could not start or crashed), 128 + n when
// the app was killed by signal n, and 1 when it did not stop within the grace period and was killed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';

export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Whether a process exists and is not a zombie waiting for its parent. */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return existsSync(`/proc/${pid}`) || process.platform !== 'linux';
  }
}

async function waitForExit(pid, ms) {
  for (let waited = 0; waited < ms; waited += 50) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

/** Stops the postmaster `pid` of `clusterDir` if it still runs there (fast shutdown, then harder). */
export async function stopPostmaster({ pid, clusterDir }, log) {
  const pidFile = join(clusterDir, 'postmaster.pid');
  let recorded = null;
  try {
    recorded = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  } catch {
    // No pid file: PostgreSQL has shut down (it removes the file last) or never got that far.
  }
  if (recorded !== pid || !isAlive(pid)) return;
  log(`Stopping the embedded PostgreSQL (pid ${pid}) the app left running`);
  for (const [signal, ms] of [['SIGINT', 15_000], ['SIGQUIT', 5_000], ['SIGKILL', 5_000]]) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, ms)) return;
  }
}

/**
 * Spawns `node [execArgv] entry` with an IPC channel and supervises it as described above. Resolves with the
 * exit code this process should end with.
 */
export function supervise({ entry, execArgv = [], cwd, env = process.env, graceMs = 10_000, log }) {
  return new Promise((resolveExit) => {
    const child = spawn(process.execPath, [...execArgv, entry], { cwd, env, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
    let postmaster = null;
    let stopSignal = null;
    let forced = false;
    let timer = null;

    child.on('message', (message) => {
      if (message?.type === 'embedded-postgres') postmaster = { pid: message.pid, clusterDir: message.clusterDir };
    });
    // An IPC write to an app that has just died must not take this process down before it cleaned up.
    child.on('error', (error) => log(`The app process: ${error.message}`));

    const onSignal = (signal) => {
      if (stopSignal) return;
      stopSignal = signal;
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      timer = setTimeout(() => {
        forced = true;
        log(`The app did not stop within ${graceMs / 1000} s of ${signal}; killing it`);
        child.kill('SIGKILL');
      }, graceMs);
    };
    for (const signal of STOP_SIGNALS) process.on(signal, onSignal);

    child.on('exit', async (code, signal) => {
      clearTimeout(timer);
      if (postmaster) await stopPostmaster(postmaster, log).catch((error) => log(`Could not stop PostgreSQL: ${error.message}`));
      if (forced) return resolveExit(1);
      if (code !== null) return resolveExit(code);
      log(`The app was killed by ${signal}`);
      resolveExit(128 + (constants.signals[signal] ?? 0));
    });
  });
}
