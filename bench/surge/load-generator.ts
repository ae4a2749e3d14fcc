/**
 * The surge's load generator, run in a process of its own (forked by surge-bench.ts): keeps `concurrency` requests
 * in flight over keep-alive connections for a warm-up and then a measured window, and reports the throughput and
 * the latency percentiles of the requests that completed inside the window.
 */
import http from 'node:http';
import { orderBody } from './order-bodies.js';

export interface LoadPhase {
  /** Base URLs; virtual user `i` sends to `targets[i % targets.length]`. */
  readonly targets: readonly string[];
  readonly path: string;
  /** Bearer tokens; order `n` is sent with `tokens[n % tokens.length]` (its dealer). */
  readonly tokens: readonly string[];
  readonly concurrency: number;
  readonly warmupMs: number;
  readonly durationMs: number;
  /** Orders are numbered from here; the answer says where the next phase starts. */
  readonly firstOrder: number;
  readonly paidAt: string;
}

export interface LoadResult {
  readonly completed: number;
  readonly perSecond: number;
  readonly latencyMs: { readonly p50: number; readonly p95: number; readonly p99: number; readonly max: number };
  /** Responses by status code, over warm-up and window. */
  readonly statuses: Readonly<Record<string, number>>;
  /** Answers whose body said `"status":"verified"` (for order submissions). */
  readonly verified: number;
  readonly failures: number;
  readonly nextOrder: number;
}

function send(agent: http.Agent, url: URL, path: string, token: string, body: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

export async function runPhase(phase: LoadPhase): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: phase.concurrency });
  const urls = phase.targets.map((target) => new URL(target));
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  let next = phase.firstOrder;
  let verified = 0;
  let failures = 0;
  const started = performance.now();
  const windowStart = started + phase.warmupMs;
  const windowEnd = windowStart + phase.durationMs;
  const user = async (index: number) => {
    const url = urls[index % urls.length] as URL;
    while (performance.now() < windowEnd) {
      const n = next++;
      const sentAt = performance.now();
      try {
        const answer = await send(
          agent,
          url,
          phase.path,
          phase.tokens[n % phase.tokens.length] ?? '',
          orderBody(n, phase.paidAt),
        );
        const doneAt = performance.now();
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        if (answer.body.includes('"status":"verified"')) verified++;
        if (doneAt >= windowStart && doneAt <= windowEnd) latencies.push(doneAt - sentAt);
      } catch {
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: phase.concurrency }, (_, index) => user(index)));
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    completed: sorted.length,
    perSecond: sorted.length / (phase.durationMs / 1000),
    latencyMs: {
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
      max: sorted.at(-1) ?? 0,
    },
    statuses,
    verified,
    failures,
    nextOrder: next,
  };
}

// Forked: run each phase the parent sends and answer with its result.
if (process.send !== undefined) {
  process.on('message', (message: { phase?: LoadPhase; stop?: boolean }) => {
    if (message.stop) process.exit(0);
    if (message.phase === undefined) return;
    runPhase(message.phase).then(
      (result) => process.send?.({ result }),
      (error: unknown) => process.send?.({ error: String(error) }),
    );
  });
}
