import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventEmitter } from 'node:events';
import { gunzipSync } from 'node:zlib';
import compression from 'compression';
import { ExportAborted, Sink } from '../../src/export/export-sink';

/**
 * The export's sink writes to the HTTP response the way the service does: through the compression
 * middleware, to a client that reads more slowly than the export writes, so that it waits for the
 * buffer again and again.
 */
describe('Sink', () => {
  const CHUNKS = 400;
  const CHUNK = 16 * 1024;
  let server: http.Server;
  let port: number;
  let waitedFor: Promise<unknown>;
  /** The compressor the middleware made for each response. */
  const compressors: EventEmitter[] = [];
  /** How often a write found the response's buffer full (and the sink waited). */
  let full = 0;

  beforeAll(async () => {
    const compress = compression({ threshold: 0 });
    server = http.createServer((req, res) => {
      compress(req as never, res as never, () => {
        res.setHeader('content-type', 'application/xml; charset=utf-8');
        const write = res.write.bind(res) as (chunk: unknown) => boolean;
        res.write = ((chunk: unknown) => {
          const room = write(chunk);
          if (!room) full += 1;
          return room;
        }) as typeof res.write;
        const sink = new Sink(res, CHUNK);
        waitedFor = (async () => {
          // Random text, so that compression does not shrink away the need to wait.
          for (let i = 0; i < CHUNKS; i += 1) {
            await sink.write(randomBytes(CHUNK * 0.75).toString('base64'));
            if (i === 0) {
              // Once compressing, the middleware adds a response's 'drain' listener to its
              // compressor, and returns what `on` returns: the compressor.
              const probe = () => {};
              const compressor = res.on('drain', probe) as unknown as EventEmitter;
              compressor.removeListener('drain', probe);
              compressors.push(compressor);
            }
          }
          await sink.flush();
          res.end();
        })();
        waitedFor.catch(() => {});
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  /** Reads the response slowly: a pause after every chunk the socket gives. */
  const slowGet = (onChunk: (chunk: Buffer, request: http.ClientRequest) => void = () => {}) =>
    new Promise<Buffer>((resolve, reject) => {
      const request = http.get({ port, host: '127.0.0.1', headers: { 'accept-encoding': 'gzip' } }, (response) => {
        expect(response.headers['content-encoding']).toBe('gzip');
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          onChunk(chunk, request);
          response.pause();
          setTimeout(() => response.resume(), 1);
        });
        response.on('end', () => resolve(Buffer.concat(chunks)));
        response.on('error', reject);
      });
      request.on('error', reject);
    });

  it('waits for a compressed response again and again without gathering listeners', async () => {
    const body = gunzipSync(await slowGet());
    await waitedFor;
    expect(body.length).toBe(CHUNKS * CHUNK);
    // The middleware hands 'drain' listeners of the response to its compressor: one of the
    // sink's, whatever the number of waits.
    expect(full).toBeGreaterThan(100);
    expect(compressors).toHaveLength(1);
    expect(compressors[0]!.listenerCount('drain')).toBe(1);
  });

  it('stops with ExportAborted when the client goes away while it waits', async () => {
    let received = 0;
    await slowGet((chunk, request) => {
      received += chunk.length;
      if (received > 256 * 1024) request.destroy();
    }).catch(() => {});
    await expect(waitedFor).rejects.toBeInstanceOf(ExportAborted);
    expect(compressors).toHaveLength(2);
    expect(compressors[1]!.listenerCount('drain')).toBeLessThanOrEqual(1);
  });
});
