import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { askEachOnce, runLevel, type PlannedRequest } from '../../bench/open-loop';

/**
 * A server that answers each request after `delayMs`: 500 for the body "fail", x-cache "hit" for
 * the body "hit" ("miss" otherwise); it records the bodies and how many it held at once.
 */
async function slowServer(delayMs: number) {
  const bodies: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const server = http.createServer((req, res) => {
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      bodies.push(body);
      setTimeout(() => {
        inFlight -= 1;
        res.setHeader('x-cache', body === 'hit' ? 'hit' : 'miss');
        res.statusCode = body === 'fail' ? 500 : 200;
        res.end(body === 'fail' ? '{"errors":[{"message":"refused"}]}' : '{"data":{}}');
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    bodies,
    mostInFlight: () => mostInFlight,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const planned = (body: string): PlannedRequest => ({ operation: 'op', body });

describe('the open loop', () => {
  it('asks each request once, never more at a time than it is given, and counts errors and cache hits', async () => {
    const server = await slowServer(20);
    try {
      const requests = ['a', 'b', 'hit', 'c', 'fail', 'd', 'e', 'hit', 'f', 'g'].map(planned);
      const outcome = await askEachOnce(server.url, requests, { concurrency: 3 });
      expect([...server.bodies].sort()).toEqual(requests.map((request) => request.body).sort());
      expect(server.mostInFlight()).toBe(3);
      expect(outcome.errors).toBe(1);
      expect(outcome.errorExample).toBe('500: {"errors":[{"message":"refused"}]}');
      expect(outcome.cacheHitRate).toBe(0.2);
      // Ten requests of 20 ms, three at a time: at least four turns.
      expect(outcome.seconds).toBeGreaterThanOrEqual(0.08);
    } finally {
      await server.close();
    }
  });

  it('drops a kept-alive connection before the server closes it, as the server announces', async () => {
    // A server that keeps idle connections for 2 s (it says `Keep-Alive: timeout=2`); "wait" is answered after 1.5 s.
    const connections: string[] = [];
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const wait = Buffer.concat(chunks).toString('utf8') === 'wait' ? 1_500 : 0;
        setTimeout(() => res.end('{"data":{}}'), wait);
      });
    });
    server.keepAliveTimeout = 2_000;
    server.on('connection', (socket) => connections.push(socket.remoteAddress ?? '?'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      const outcome = await askEachOnce(url, ['a', 'wait', 'b'].map(planned), { concurrency: 1, clients: 2 });
      expect(outcome.errors).toBe(0);
      // "a" and "b" go from 127.0.0.2, 1.5 s apart: a second before the server would close it, the
      // connection of "a" was dropped, and "b" opened a new one (reused, it could meet the server's
      // close: ECONNRESET).
      expect(connections).toEqual(['127.0.0.2', '127.0.0.3', '127.0.0.2']);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('sends a level at its rate whether or not answers came, and counts what failed', async () => {
    const server = await slowServer(100);
    try {
      let turn = 0;
      const bodies = ['a', 'fail', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
      const level = await runLevel(server.url, 50, 0.2, () => planned(bodies[turn++]!));
      expect(level.sent).toBe(10);
      expect(server.bodies).toHaveLength(10);
      // Every 20 ms, each answered after 100 ms: all ten were asked before the first answer.
      expect(server.mostInFlight()).toBeGreaterThan(3);
      expect(level.errors).toBe(1);
      expect(level.byOperation).toEqual([expect.objectContaining({ operation: 'op', n: 10 })]);
      expect(level.p50).toBeGreaterThanOrEqual(100);
      expect(level.cacheHitRate).toBe(0);
    } finally {
      await server.close();
    }
  });
});
