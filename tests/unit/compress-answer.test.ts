import type { IncomingMessage } from 'node:http';
import zlib from 'node:zlib';
import {
  COMPRESS_AT_ONCE_LIMIT_BYTES,
  COMPRESSION_THRESHOLD_BYTES,
  compressAnswer,
} from '../../src/http/compress-answer';

const request = (acceptEncoding?: string, method = 'POST') =>
  ({ method, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }) as IncomingMessage;
const answer = (bytes: number) =>
  Buffer.from(JSON.stringify({ data: { text: 'Муравьёв '.repeat(bytes) } })).subarray(0, bytes);

describe('compressAnswer', () => {
  const body = answer(20_000);

  it('compresses with what the client accepts, Brotli first among equals, and decodes to the same bytes', () => {
    const br = compressAnswer(request('br'), body)!;
    expect(br.encoding).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).equals(body)).toBe(true);
    expect(br.body.length).toBeLessThan(body.length / 10);

    const gzip = compressAnswer(request('gzip'), body)!;
    expect(gzip.encoding).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).equals(body)).toBe(true);

    // As the compression middleware negotiates: Brotli, then gzip, among equal ratings; the
    // client's ratings first.
    expect(compressAnswer(request('gzip, deflate, br, zstd'), body)?.encoding).toBe('br');
    expect(compressAnswer(request('deflate, gzip'), body)?.encoding).toBe('gzip');
    expect(compressAnswer(request('gzip;q=0.5, br'), body)?.encoding).toBe('br');
    expect(compressAnswer(request('br;q=0.5, gzip'), body)?.encoding).toBe('gzip');
  });

  it('sends small answers, refused encodings and HEAD as they are, and leaves deflate and large answers to the middleware', () => {
    expect(compressAnswer(request('gzip'), answer(COMPRESSION_THRESHOLD_BYTES - 1))).toBeNull();
    expect(compressAnswer(request('gzip'), answer(COMPRESSION_THRESHOLD_BYTES))?.encoding).toBe('gzip');
    expect(compressAnswer(request(), body)).toBeNull();
    expect(compressAnswer(request('identity'), body)).toBeNull();
    expect(compressAnswer(request('gzip;q=0, br;q=0'), body)).toBeNull();
    expect(compressAnswer(request('deflate'), body)).toBeNull();
    expect(compressAnswer(request('gzip', 'HEAD'), body)).toBeNull();
    expect(compressAnswer(request('gzip'), Buffer.alloc(COMPRESS_AT_ONCE_LIMIT_BYTES + 1, 'a'))).toBeNull();
  });
});
