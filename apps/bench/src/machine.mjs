// What the figures were measured on: they mean little without the machine and its load.
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

function run(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function describeMachine(chromiumPath) {
  return {
    nproc: Number(run('nproc', [])) || availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memory: run('free', ['-h'])?.split('\n').find((line) => line.startsWith('Mem:'))?.replace(/\s+/g, ' ') ?? `${Math.round(totalmem() / 2 ** 30)} GiB total`,
    memoryTotalBytes: totalmem(),
    chromium: run(chromiumPath, ['--version'])?.split('\n').find((line) => /chrom/i.test(line)) ?? 'unknown',
    node: process.version,
    os: run('sh', ['-c', '. /etc/os-release && echo "$PRETTY_NAME"']) ?? process.platform,
    loadAverageAtStart: loadavg().map((value) => Number(value.toFixed(2))),
  };
}

export const currentLoad = () => loadavg().map((value) => Number(value.toFixed(2)));

/** The commit measured, and whether the work tree had changes on top of it. */
export function describeRevision(directory) {
  const commit = run('git', ['-C', directory, 'rev-parse', 'HEAD']);
  const changes = run('git', ['-C', directory, 'status', '--porcelain']);
  return { commit, dirty: changes === null ? null : changes !== '' };
}
