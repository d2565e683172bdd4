import net from 'node:net';

/**
 * A TCP proxy in front of the test Neo4j, to take it away from an API without stopping it (other
 * tests share it): `cut()` closes every connection and refuses new ones, as a Neo4j that went down;
 * `restore()` lets connections through again, as a Neo4j that came back; `freeze()` keeps the
 * connections open but passes nothing, as a Neo4j that hangs, until `thaw()`.
 */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private frozen = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** The proxied address in a bolt URI: bolt://127.0.0.1:<port>. */
  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      const pipe = (from: net.Socket, to: net.Socket) => {
        from.on('data', (chunk) => to.write(chunk));
        // Frozen: what is sent waits, unread, as it does for a stopped process.
        if (this.frozen) from.pause();
      };
      pipe(client, upstream);
      pipe(upstream, client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Neo4j gone: every connection closed, new ones refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Neo4j back, on the same port. */
  async restore(): Promise<void> {
    this.thaw();
    if (!this.server) await this.start();
  }

  /** Neo4j hanging (as under SIGSTOP): connections stay open, nothing passes either way until thaw(). */
  freeze(): void {
    this.frozen = true;
    for (const socket of this.sockets) socket.pause();
  }

  /** Neo4j going on where it stopped (as after SIGCONT): what waited passes. */
  thaw(): void {
    this.frozen = false;
    for (const socket of this.sockets) socket.resume();
  }

  async close(): Promise<void> {
    await this.cut();
  }
}
