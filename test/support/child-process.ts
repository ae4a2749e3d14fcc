/** Starting and stopping processes that serve HTTP (the real server, a bare route): each writes its output to a log file of its own. */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

export interface ProcessSpec {
  readonly script: string;
  readonly args: readonly string[];
  /** Node options before the script, e.g. `--cpu-prof`. */
  readonly execArgv: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly logFile: string;
  /** A line of the output that says the process serves; its first group is the base URL. */
  readonly ready: RegExp;
  readonly startTimeoutMs?: number;
}

export interface RunningProcess {
  readonly url: string;
  readonly pid: number;
  /** SIGTERM, then the exit code (null when a signal ended it). */
  stop(): Promise<number | null>;
  /** SIGKILL: a crash, as far as the process can tell. */
  kill(): Promise<void>;
}

/** Runs a TypeScript entry point with tsx; resolves once its output shows the `ready` line. */
export async function startProcess(spec: ProcessSpec): Promise<RunningProcess> {
  const log = openSync(spec.logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', ...spec.execArgv, spec.script, ...spec.args], {
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  // A test that fails or times out must not leave its server behind.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  child.once('exit', () => process.off('exit', reap));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + (spec.startTimeoutMs ?? 30_000);
  let url: string | null = null;
  let ended = false;
  void exited.then(() => (ended = true));
  while (url === null) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    url = spec.ready.exec(readFileSync(spec.logFile, 'utf8'))?.[1] ?? null;
    if (url === null && (ended || Date.now() > deadline)) {
      child.kill('SIGKILL');
      throw new Error(`${spec.script} did not start:\n${readFileSync(spec.logFile, 'utf8').slice(-2000)}`);
    }
  }
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
