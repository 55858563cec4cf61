import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

/*
 * Bounded load against 127.0.0.1 only: an open-loop generator (requests leave on a fixed schedule,
 * whether or not earlier ones were answered, and latency counts from the scheduled time, so a stall
 * is not hidden by the generator waiting for it) and a closed-loop one (N workers, each sending its
 * next request when the last one was answered).
 */

export interface Request {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface Outcome {
  /** Milliseconds per answered request, refusals for load (503) apart. */
  latencies: number[];
  /** Answered with a status other than 2xx, refusals for load (503) apart. */
  failed: number;
  /** Refused for load: 503 with Retry-After (the server's queue bound, PostgreSQL). */
  busy: number;
  /** No answer within the timeout (or the connection broke). */
  unanswered: number;
  /** Wall time of the whole run. */
  elapsedMs: number;
  /** Answered bodies, when asked for (to count items). */
  bodies: string[];
}

const TIMEOUT_MS = 10_000;

export class LoadClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly port: number,
    maxSockets: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  close(): void {
    this.agent.destroy();
  }

  /** Resolves with the status and body, or `undefined` when unanswered within TIMEOUT_MS. */
  send(request: Request): Promise<{ status: number; body: string } | undefined> {
    return new Promise((resolve) => {
      const outgoing = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method: request.method,
          path: request.path,
          agent: this.agent,
          headers: request.body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(request.body) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          response.on('error', () => resolve(undefined));
        },
      );
      outgoing.setTimeout(TIMEOUT_MS, () => outgoing.destroy(new Error('timeout')));
      outgoing.on('error', () => resolve(undefined));
      if (request.body !== undefined) outgoing.write(request.body);
      outgoing.end();
    });
  }

  /** `rate` requests a second for `seconds`, on schedule. */
  async openLoop(rate: number, seconds: number, next: (i: number) => Request, keepBodies = false): Promise<Outcome> {
    const total = Math.round(rate * seconds);
    const outcome: Outcome = { latencies: [], failed: 0, busy: 0, unanswered: 0, elapsedMs: 0, bodies: [] };
    const start = performance.now();
    const pending: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      pending.push(this.record(next(i), due, outcome, keepBodies));
    }
    await Promise.all(pending);
    outcome.elapsedMs = performance.now() - start;
    return outcome;
  }

  /** `concurrency` workers, each sending back to back, until `seconds` passed or `maxRequests` were sent. */
  async closedLoop(concurrency: number, limit: { seconds?: number; maxRequests?: number }, next: (i: number) => Request, keepBodies = false): Promise<Outcome> {
    const outcome: Outcome = { latencies: [], failed: 0, busy: 0, unanswered: 0, elapsedMs: 0, bodies: [] };
    const start = performance.now();
    const endAt = limit.seconds === undefined ? Number.POSITIVE_INFINITY : start + limit.seconds * 1000;
    const max = limit.maxRequests ?? Number.POSITIVE_INFINITY;
    let sent = 0;
    const worker = async () => {
      while (performance.now() < endAt && sent < max) {
        const i = sent++;
        await this.record(next(i), performance.now(), outcome, keepBodies);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    outcome.elapsedMs = performance.now() - start;
    return outcome;
  }

  private async record(request: Request, since: number, outcome: Outcome, keepBodies: boolean): Promise<void> {
    const answer = await this.send(request);
    if (answer === undefined) {
      outcome.unanswered++;
      return;
    }
    if (answer.status === 503) {
      outcome.busy++;
      return;
    }
    outcome.latencies.push(performance.now() - since);
    if (answer.status < 200 || answer.status >= 300) outcome.failed++;
    else if (keepBodies) outcome.bodies.push(answer.body);
  }
}
