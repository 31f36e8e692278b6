// Running a site's build and `npm run check` under measurement, with their logs.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { BuildPhases } from '../astro-log.ts';
import { parseBuildLog } from '../astro-log.ts';
import { measure, peakBetween, type Measured, type RssSample } from '../measure.ts';
import type { BuildRun, CheckRun, Site } from '../report/index.ts';
import { ASTRO, BUILD_SCRIPT, REPO, SITES, say, type BenchOptions } from './context.ts';
import type { Root } from './roots.ts';

/**
 * The one place that decides how a site is built. Ours: `node scripts/build.ts` when the checkout has it (it
 * runs Astro, OG drawing and Pagefind as child processes), else `astro build` as before. The baseline is
 * always bare `astro build`. Every path is absolute: commands run with the root as working directory, so a
 * cache placed relative to the working directory also lands in the root.
 */
export function buildCommand(site: Site, root: { dir: string; dist: string }, hasBuildScript = existsSync(BUILD_SCRIPT)): { command: string; args: string[] } {
  if (site === 'ours' && hasBuildScript) {
    return { command: process.execPath, args: [BUILD_SCRIPT, '--root', root.dir, '--config', SITES.ours, '--outDir', root.dist] };
  }
  return { command: process.execPath, args: [ASTRO, 'build', '--root', root.dir, '--config', relative(root.dir, SITES[site])] };
}

/** The build commands with <repo> and <root> for the paths, for the results file. */
export function describeCommands(): Record<Site, string> {
  const placeholder = { dir: '/ROOT', dist: '/ROOT/dist' };
  const describe = (site: Site) => {
    const { args } = buildCommand(site, placeholder);
    return ['node', ...args].join(' ').replaceAll(REPO, '<repo>').replaceAll('/ROOT', '<root>').replace(/--config \S+baseline\/astro\.config\.mjs/, '--config <repo>/scripts/bench/baseline/astro.config.mjs');
  };
  return { baseline: describe('baseline'), ours: describe('ours') };
}

export async function build(options: BenchOptions, root: Root, label: string): Promise<BuildRun> {
  const logFile = join(options.workDir, 'logs', `${label}.log`);
  mkdirSync(dirname(logFile), { recursive: true });
  const { command, args } = buildCommand(root.site, root);
  const measured = await measure(command, args, {
    cwd: root.dir,
    env: { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', NODE_COMPILE_CACHE: root.compileCache },
  });
  writeLog(logFile, measured);
  if (measured.code !== 0) {
    throw new Error(`${label}: build failed (exit ${measured.code}); log in ${logFile}\n${measured.lines.slice(-30).map((l) => l.text).join('\n')}`);
  }
  const phases = parseBuildLog(measured.lines, measured.wallMs);
  const run: BuildRun = { wallMs: measured.wallMs, peakRssMiB: measured.peakTreeRssMiB, loadAverage: measured.loadAverage, phases, memory: memoryByPhase(measured.samples, phases) };
  if (measured.cpuMs !== undefined) run.cpuMs = measured.cpuMs;
  if (measured.maxProcessRssMiB !== undefined) run.maxProcessRssMiB = measured.maxProcessRssMiB;
  say(options, `    ${label}: ${(measured.wallMs / 1000).toFixed(2)} s, peak ${Math.round(measured.peakTreeRssMiB)} MiB (load ${measured.loadAverage.toFixed(1)})`);
  return run;
}

/** Peak RSS within each phase window, from the 50 ms samples and the log's phase windows. */
function memoryByPhase(samples: RssSample[], phases: BuildPhases): BuildRun['memory'] {
  const out: BuildRun['memory'] = {};
  for (const [name, [from, to]] of Object.entries(phases.windows)) {
    const end = name === 'whole build' ? Number.POSITIVE_INFINITY : to;
    // A window shorter than the 50 ms poll may hold no sample: left out rather than reported as 0 MiB.
    if (samples.some((s) => s.t >= from && s.t < end)) out[name] = peakBetween(samples, from, end);
  }
  return out;
}

export function writeLog(file: string, measured: Measured): void {
  writeFileSync(
    file,
    `# ${measured.command}\n# exit ${measured.code}, wall ${Math.round(measured.wallMs)} ms, cpu ${measured.cpuMs ?? '?'} ms, peak tree RSS ${Math.round(measured.peakTreeRssMiB)} MiB\n` +
      measured.lines.map((l) => `${(l.t / 1000).toFixed(3).padStart(9)} ${l.text}`).join('\n') +
      '\n',
  );
}

export async function check(options: BenchOptions, root: Root, label: string): Promise<CheckRun> {
  const measured = await measure(process.execPath, [join(REPO, 'scripts/check.ts'), '--root', root.dir], { cwd: root.dir, env: { NO_COLOR: '1' } });
  writeLog(join(options.workDir, 'logs', `${label}.log`), measured);
  if (measured.code !== 0) throw new Error(`check failed on the corpus:\n${measured.lines.slice(-20).map((l) => l.text).join('\n')}`);
  const entry: CheckRun = { wallMs: measured.wallMs, peakRssMiB: measured.peakTreeRssMiB };
  if (measured.cpuMs !== undefined) entry.cpuMs = measured.cpuMs;
  say(options, `    ${label}: ${(measured.wallMs / 1000).toFixed(2)} s`);
  return entry;
}
