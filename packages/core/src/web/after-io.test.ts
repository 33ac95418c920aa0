import { once } from 'node:events';
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { afterIo } from './after-io.ts';
import { afterTurn } from './after-turn.ts';

const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** Two ends of a loopback connection. */
async function socketPair(): Promise<{ writer: Socket; reader: Socket }> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const accepted = once(server, 'connection') as Promise<[Socket]>;
  const reader = connect((server.address() as AddressInfo).port, '127.0.0.1');
  await once(reader, 'connect');
  const [writer] = await accepted;
  closers.push(() => {
    writer.destroy();
    reader.destroy();
    server.close();
  });
  return { writer, reader };
}

describe('afterIo', () => {
  it('resolves only after bytes written just before it have been read by the other end', async () => {
    const { writer, reader } = await socketPair();
    const log: string[] = [];
    reader.on('data', () => log.push('read'));
    writer.write('token');
    await afterIo();
    log.push('after I/O');
    expect(log).toEqual(['read', 'after I/O']);
  });

  it('is later than the end of the current turn', async () => {
    const log: string[] = [];
    afterTurn(() => log.push('turn over'));
    await afterIo();
    log.push('after I/O');
    expect(log).toEqual(['turn over', 'after I/O']);
  });
});
