import { connect, createServer, type Server, type Socket } from 'node:net';

// A TCP proxy in front of a database port that a test can cut, as a network or a database restart
// would: `refuse` closes the port (connection refused), `stall` takes connections and never answers
// (a dead host behind a firewall), `forward` passes bytes again. Every switch drops the open connections.

type Mode = 'forward' | 'stall' | 'refuse';

export interface TcpProxy {
  port: number;
  forward(): Promise<void>;
  stall(): Promise<void>;
  refuse(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  let mode: Mode = 'forward';
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server: Server = createServer((client) => {
    track(client);
    if (mode !== 'forward') return;
    const upstream = connect(targetPort, targetHost);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stopListening = () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  const dropAll = () => {
    for (const socket of sockets) socket.destroy();
  };

  await listen(0);
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no TCP address');
  const port = address.port;

  const switchTo = async (next: Mode) => {
    mode = next;
    dropAll();
    if (next === 'refuse') await stopListening();
    else if (!server.listening) await listen(port);
  };
  return {
    port,
    forward: () => switchTo('forward'),
    stall: () => switchTo('stall'),
    refuse: () => switchTo('refuse'),
    async close() {
      dropAll();
      await stopListening();
    },
  };
}
