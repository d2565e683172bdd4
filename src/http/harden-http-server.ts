import http from 'node:http';
import type { Socket } from 'node:net';

/** The limits of the HTTP server against slow and many connections (the README's limits table). */
export const HTTP_LIMITS = {
  /** Time to send a request's headers. */
  headersTimeoutMs: 10_000,
  /** Time to send a whole request, headers and body: a 3 MB document at 150 kB/s and more. */
  requestTimeoutMs: 20_000,
  /** How often the server looks for requests past those times. */
  checkIntervalMs: 2_000,
  /** An idle keep-alive connection is closed after this long. */
  keepAliveTimeoutMs: 5_000,
  /** Requests one keep-alive connection may carry before it is closed. */
  requestsPerConnection: 1_000,
  /** Open connections from one client (address); more are closed at once. */
  connectionsPerClient: 64,
  /** Open connections in all; more are refused. */
  connections: 2_000,
} as const;

/** A client as the fairness limits count them: its address (the API trusts no proxy header). */
export function clientOf(socket: Socket): string {
  return socket.remoteAddress ?? 'unknown';
}

/**
 * Node's HTTP server with bounds on what slow or many connections can hold: slow headers and
 * bodies are cut within seconds (Node's defaults allow 5 minutes), idle keep-alive connections are
 * closed, and one client cannot hold more than a few dozen connections, so that a flood from one
 * address leaves the file descriptors, and the service, to the others.
 */
export function hardenedHttpServer(): http.Server {
  const server = http.createServer({
    headersTimeout: HTTP_LIMITS.headersTimeoutMs,
    requestTimeout: HTTP_LIMITS.requestTimeoutMs,
    connectionsCheckingInterval: HTTP_LIMITS.checkIntervalMs,
    keepAliveTimeout: HTTP_LIMITS.keepAliveTimeoutMs,
  });
  server.maxRequestsPerSocket = HTTP_LIMITS.requestsPerConnection;
  server.maxConnections = HTTP_LIMITS.connections;
  const perClient = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const client = clientOf(socket);
    const open = (perClient.get(client) ?? 0) + 1;
    if (open > HTTP_LIMITS.connectionsPerClient) {
      socket.destroy();
      return;
    }
    perClient.set(client, open);
    socket.once('close', () => {
      const left = (perClient.get(client) ?? 1) - 1;
      if (left === 0) perClient.delete(client);
      else perClient.set(client, left);
    });
  });
  return server;
}
