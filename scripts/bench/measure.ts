/**
 * Measuring one command: wall time, CPU time, peak RSS of the whole process tree, and its output lines with the
 * time each arrived (so phases can be read from Astro's log even where it prints only hh:mm:ss).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LogLine {
  /** Milliseconds after the command started. */
  t: number;
  text: string;
}

export interface Measured {
  command: string;
  code: number | null;
  wallMs: number;
  /** User + system CPU of the process and the children it waited for (from /usr/bin/time), when available. */
  cpuMs: number | undefined;
  /** Peak of the summed VmRSS of the process and all its descendants, polled every `pollMs`. */
  peakTreeRssMiB: number;
  /** /usr/bin/time's maximum resident set of the largest single process, when available. */
  maxProcessRssMiB: number | undefined;
  /** 1-minute load average when the command started: other work on the machine makes times noisy. */
  loadAverage: number;
  lines: LogLine[];
  /** Every poll: ms after start, summed RSS of the tree, of the measured command's own process, and of the largest process (MiB). */
  samples: RssSample[];
}

export interface RssSample {
  t: number;
  /** Summed RSS of the command's process and all its descendants. */
  treeMiB: number;
  /** RSS of the command's own process. */
  mainMiB: number;
  /** RSS of the largest single process in the tree (Astro's, when a build script spawns it as a child). */
  largestMiB: number;
}

/** Peak tree, main-process and largest-process RSS of the samples within [from, to). */
export function peakBetween(samples: readonly RssSample[], from: number, to: number): { treeMiB: number; mainMiB: number; largestMiB: number } {
  let treeMiB = 0;
  let mainMiB = 0;
  let largestMiB = 0;
  for (const s of samples) {
    if (s.t < from || s.t >= to) continue;
    treeMiB = Math.max(treeMiB, s.treeMiB);
    mainMiB = Math.max(mainMiB, s.mainMiB);
    largestMiB = Math.max(largestMiB, s.largestMiB);
  }
  return { treeMiB, mainMiB, largestMiB };
}

const TIME = '/usr/bin/time';
const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * The pids of `pid` and all its descendants (children of every thread, recursively), from
 * /proc/<pid>/task/<tid>/children: worker processes, Pagefind's binary and a build script's Astro child are
 * all counted. (A process whose parent exits before it does is re-parented away and no longer counted.)
 */
export function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    const taskDir = `/proc/${out[i]}/task`;
    let tasks: string[];
    try {
      tasks = readdirSync(taskDir);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        for (const child of readFileSync(`${taskDir}/${tid}/children`, 'utf8').split(/\s+/)) {
          if (child) out.push(Number(child));
        }
      } catch {
        // the thread or process ended while we looked
      }
    }
  }
  return out;
}

/** VmRSS of one process in KiB (0 when it is gone). */
function rssKiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  pollMs?: number;
  /** Called for every output line as it arrives. */
  onLine?: (line: LogLine) => void;
}

/** Runs a command to its end and measures it. Never throws on a non-zero exit: check `code`. */
export function measure(command: string, args: string[], options: RunOptions): Promise<Measured> {
  const useTime = existsSync(TIME);
  const timeDir = useTime ? mkdtempSync(join(tmpdir(), 'bench-time-')) : '';
  const timeFile = join(timeDir, 'time.txt');
  const argv = useTime ? [TIME, '-o', timeFile, '-f', '%e %U %S %M', command, ...args] : [command, ...args];
  const loadAverage = loadavg()[0] ?? 0;
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogLine[] = [];
  const samples: RssSample[] = [];
  let peakKiB = 0;
  const poll = () => {
    if (!child.pid) return;
    // /usr/bin/time itself is ~2 MB; it is left out so the figure is the measured command's tree.
    const pids = processTree(child.pid).slice(useTime ? 1 : 0);
    const each = pids.map(rssKiB);
    const total = each.reduce((sum, kib) => sum + kib, 0);
    if (total > peakKiB) peakKiB = total;
    samples.push({ t: performance.now() - started, treeMiB: total / 1024, mainMiB: (each[0] ?? 0) / 1024, largestMiB: Math.max(0, ...each) / 1024 });
  };
  const timer = setInterval(poll, options.pollMs ?? 50);
  const reader = (stream: NodeJS.ReadableStream) => {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const t = performance.now() - started;
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const raw of parts) {
        const line = { t, text: raw.replace(ANSI, '').replace(/\r$/, '') };
        lines.push(line);
        options.onLine?.(line);
      }
    });
    stream.on('end', () => {
      if (partial) lines.push({ t: performance.now() - started, text: partial.replace(ANSI, '') });
    });
  };
  reader(child.stdout!);
  reader(child.stderr!);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      let cpuMs: number | undefined;
      let maxProcessRssMiB: number | undefined;
      if (useTime) {
        try {
          const [, user, system, maxKiB] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
          cpuMs = ((user ?? 0) + (system ?? 0)) * 1000;
          maxProcessRssMiB = (maxKiB ?? 0) / 1024;
        } catch {
          // the command was killed before /usr/bin/time wrote its line
        }
        rmSync(timeDir, { recursive: true, force: true });
      }
      resolve({
        command: [command, ...args].join(' '),
        code,
        wallMs,
        cpuMs,
        peakTreeRssMiB: peakKiB / 1024,
        maxProcessRssMiB,
        loadAverage,
        lines,
        samples,
      });
    });
  });
}

/** Total bytes and file count under a directory. */
export function treeSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const abs = join(current, entry.name);
      if (entry.isDirectory()) stack.push(abs);
      else if (entry.isFile()) {
        bytes += statSync(abs).size;
        files++;
      }
    }
  }
  return { bytes, files };
}

/** Files under `dir` whose name ends with `suffix`. */
export function countFiles(dir: string, suffix: string): number {
  let count = 0;
  if (!existsSync(dir)) return 0;
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory()) stack.push(join(current, entry.name));
      else if (entry.name.endsWith(suffix)) count++;
    }
  }
  return count;
}

export interface Stats {
  min: number;
  median: number;
  max: number;
  values: number[];
}

/** min / median / max of the values (the median of an even count is the mean of the middle two). */
export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n === 0 ? Number.NaN : n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { min: sorted[0] ?? Number.NaN, median, max: sorted[n - 1] ?? Number.NaN, values: [...values] };
}
