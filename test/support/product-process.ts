import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';

/** The product started the way a person starts it, with its whole process tree. */
export interface Product {
  child: ChildProcess;
  /** Everything it printed, stdout and stderr, in order. */
  output: string[];
  /** How it ended: exit code, or the signal that killed it. */
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  ready: boolean;
  startedMs: number;
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/**
 * Runs `command args` in its own process group (as a terminal runs a command line, so the group can be
 * signalled like Ctrl-C does) and waits until the app says it listens, or the command ends.
 */
export async function startProduct(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<Product> {
  const began = Date.now();
  const child = spawn(command, args, { cwd: process.cwd(), env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', (d) => output.push(String(d)));
  child.stderr!.on('data', (d) => output.push(String(d)));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.on('exit', (code, signal) => ok({ code, signal })),
  );
  const ready = await new Promise<boolean>((ok) => {
    const deadline = Date.now() + timeoutMs;
    const timer = setInterval(() => {
      if (output.join('').includes('lab tracker is running on')) { clearInterval(timer); ok(true); }
      else if (Date.now() > deadline) { clearInterval(timer); ok(false); }
    }, 25);
    void exit.then(() => { clearInterval(timer); ok(false); });
  });
  return { child, output, exit, ready, startedMs: Date.now() - began };
}

export interface ProcessInfo { pid: number; ppid: number; state: string; cmdline: string }

function readProcess(pid: number): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    return { pid, ppid: Number(after[1]), state: after[0]!, cmdline };
  } catch {
    return null;
  }
}

/** `root` and every process below it, from /proc. */
export function processTree(root: number): ProcessInfo[] {
  const all = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map((d) => readProcess(Number(d))).filter((p): p is ProcessInfo => p !== null);
  const tree: ProcessInfo[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    const info = all.find((p) => p.pid === pid);
    if (info) tree.push(info);
    for (const p of all) if (p.ppid === pid) queue.push(p.pid);
  }
  return tree;
}

/** Exists and is not a zombie (a dead process its parent has not collected yet). */
export function isRunning(pid: number): boolean {
  const info = readProcess(pid);
  return info !== null && info.state !== 'Z';
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => { socket.destroy(); ok(true); });
    socket.once('error', () => ok(false));
    socket.once('timeout', () => { socket.destroy(); ok(false); });
  });
}

/** Waits until none of `pids` runs any more; resolves with those still running after `ms`. */
export async function survivors(pids: number[], ms: number): Promise<number[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const left = pids.filter(isRunning);
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((r) => setTimeout(r, 50));
  }
}
