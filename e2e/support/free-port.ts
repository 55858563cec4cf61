import { createServer } from 'node:net';

/** Asks the OS for a free TCP port on 127.0.0.1 (tiny race until the caller binds it; fine for local tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (address === null || typeof address === 'string') {
        probe.close();
        reject(new Error('Could not read the probe port.'));
        return;
      }
      probe.close(() => resolve(address.port));
    });
  });
}
