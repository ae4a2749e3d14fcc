/**
 * The fast-check seed of a test file: `FC_SEED` when set (to replay a failure), else a fresh one. It is printed once,
 * so that a failing run says how to replay it.
 */
export function propertySeed(what: string): number {
  const seed = process.env.FC_SEED === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FC_SEED);
  console.info(`${what}: fast-check seed ${seed} (replay with FC_SEED=${seed})`);
  return seed;
}
