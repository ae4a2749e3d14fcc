/**
 * The settings the command line may give, as the environment variables they stand for (the command line wins):
 * `--workers N` is `ORDERGATE_WORKERS=N`. Other arguments are left to whoever reads them.
 */
export function environmentFromArguments(args: readonly string[]): Record<string, string> {
  const environment: Record<string, string> = {};
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--workers') {
      const value = args[index + 1];
      if (value === undefined) throw new Error('--workers needs a number of processes');
      environment.ORDERGATE_WORKERS = value;
      index++;
    } else if (arg.startsWith('--workers=')) {
      environment.ORDERGATE_WORKERS = arg.slice('--workers='.length);
    }
  }
  return environment;
}
