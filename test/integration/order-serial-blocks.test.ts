import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresOrderSerials } from '../../src/adapters/db/order-serial-blocks.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../support/test-database.js';

describe.skipIf(!DIALECTS.includes('postgres'))('order serials taken a block at a time (postgres)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });
  afterAll(() => database.destroy());

  it('gives every serial once across processes taking blocks at the same time, a round trip per block', async () => {
    const processes = [new PostgresOrderSerials(10), new PostgresOrderSerials(10)];
    let statements = 0;
    const counted = database.db.withPlugin({
      transformQuery: (args) => {
        statements += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const serials = await Promise.all(Array.from({ length: 200 }, (_, index) => processes[index % 2]!.next(counted)));
    expect(new Set(serials).size).toBe(200);
    expect(serials.every((serial) => Number.isSafeInteger(serial) && serial >= 1)).toBe(true);
    // Callers finding their process's block empty wait for the one being taken: 20 blocks of 10.
    expect(statements).toBe(20);
  });

  it('hands out one process’s serials in increasing order', async () => {
    const serials = new PostgresOrderSerials(5);
    const taken: number[] = [];
    for (let index = 0; index < 12; index++) taken.push(await serials.next(database.db));
    expect(taken).toEqual([...taken].sort((a, b) => a - b));
    expect(new Set(taken).size).toBe(12);
  });
});
