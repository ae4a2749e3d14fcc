/**
 * The surge's ceiling: a bare Fastify route that parses the same JSON body and answers a small JSON object, doing
 * nothing else. Prints the port it listens on.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/bare', async () => ({ ok: true }));
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(
  `bare fastify is serving http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`,
);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
