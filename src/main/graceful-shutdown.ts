/** After a shutdown signal the process exits 1 at this deadline, whatever is still running. */
export const SHUTDOWN_DEADLINE_MS = 15_000;

/** Something to stop or close once the server no longer takes requests: jobs first, the database last. */
export interface ShutdownStep {
  readonly name: string;
  run(): Promise<void>;
}

export interface ShutdownLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface ShutdownOptions {
  /** Stops accepting connections and resolves once every request in flight is answered (Fastify's `close`). */
  readonly closeServer: () => Promise<void>;
  /** Run in order after the server closed. */
  readonly steps: readonly ShutdownStep[];
  readonly log: ShutdownLog;
  readonly exit: (code: number) => void;
  readonly deadlineMs?: number;
}

/**
 * The shutdown a signal starts: stop accepting, answer the requests in flight (their commits included), run the
 * steps, exit 0. A step that fails is logged and the others still run, then the exit code is 1; past the deadline
 * the process exits 1 at once. Later signals while it runs change nothing.
 */
export function gracefulShutdown(options: ShutdownOptions): (signal: string) => Promise<void> {
  let started: Promise<void> | null = null;
  return (signal) => {
    started ??= shutDown(options, signal);
    return started;
  };
}

async function shutDown(options: ShutdownOptions, signal: string): Promise<void> {
  const deadlineMs = options.deadlineMs ?? SHUTDOWN_DEADLINE_MS;
  const deadline = setTimeout(() => {
    options.log.error({ signal, deadlineMs }, 'shutdown passed its deadline: exiting with work unfinished');
    options.exit(1);
  }, deadlineMs);
  deadline.unref();
  options.log.info({ signal }, 'shutting down: no new connections, finishing the requests in flight');
  let failed = false;
  const attempt = async (name: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      failed = true;
      options.log.error({ err: error, step: name }, 'shutdown step failed');
    }
  };
  await attempt('close the server', options.closeServer);
  for (const step of options.steps) await attempt(step.name, () => step.run());
  clearTimeout(deadline);
  options.log.info({ signal }, failed ? 'shut down with errors' : 'shut down cleanly');
  options.exit(failed ? 1 : 0);
}
