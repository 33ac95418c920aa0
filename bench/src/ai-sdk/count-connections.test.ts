import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countConnections } from './count-connections.ts';

describe('countConnections', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // Every response closes its connection, so each request needs a new one.
    server = createServer((_request, response) => response.writeHead(200, { connection: 'close' }).end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('counts the connections fetch opens, until stopped', async () => {
    const count = countConnections();
    for (let i = 0; i < 3; i++) expect(await (await fetch(url)).text()).toBe('ok');
    expect(count.opened).toBe(3);
    count.stop();
    expect(await (await fetch(url)).text()).toBe('ok');
    expect(count.opened).toBe(3);
  });
});
