// A TCP proxy in front of the test server whose connection can be cut and restored: "offline" as a
// phone meets it (the server cannot be reached at all), for the service worker as well as the page,
// which the browser's own offline switch does not reliably cover. Loopback only.
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export interface SwitchableProxy {
  url: string;
  setOffline: (offline: boolean) => void;
  close: () => Promise<void>;
}

export async function startProxy(target: string): Promise<SwitchableProxy> {
  const { hostname, port } = new URL(target);
  const open = new Set<Socket>();
  let offline = false;
  const server: Server = createServer((client) => {
    if (offline) {
      client.destroy();
      return;
    }
    const upstream = createConnection({ host: hostname, port: Number(port) });
    open.add(client);
    open.add(upstream);
    const drop = (): void => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const proxyPort = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${proxyPort}`,
    setOffline: (value) => {
      offline = value;
      if (value) for (const socket of open) socket.destroy();
    },
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
