// A TCP proxy in front of the test PostgreSQL server, so a spec can take the database away from a
// running site and give it back (outage.spec.ts):
//
//   node tests/e2e/support/db-proxy.mjs --port 3191 --control 3192 --target postgres://…
//
// The site connects to 127.0.0.1:<port>; `PUT http://127.0.0.1:<control>/` with a body of
//   up      forwards every connection to the real server,
//   refuse  cuts every open connection and closes new ones at once (a stopped server),
//   hang    cuts every open connection and holds new ones open without a byte (an unreachable host).
// `GET /` answers the current mode.
import http from 'node:http';
import net from 'node:net';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: { port: { type: 'string' }, control: { type: 'string' }, target: { type: 'string' } },
});
if (!args.port || !args.control || !args.target) {
  console.error('usage: db-proxy.mjs --port N --control N --target postgres://host:port/…');
  process.exit(2);
}
const target = new URL(args.target);
const MODES = new Set(['up', 'refuse', 'hang']);
let mode = 'up';
/** Every socket the proxy holds, client side and server side. */
const open = new Set();

function track(socket) {
  open.add(socket);
  socket.on('close', () => open.delete(socket));
  // A cut connection is the point of this proxy; its errors are expected.
  socket.on('error', () => {});
  return socket;
}

const proxy = net.createServer((client) => {
  track(client);
  if (mode === 'refuse') return client.destroy();
  if (mode === 'hang') return;
  const server = track(net.connect(Number(target.port || 5432), target.hostname));
  client.pipe(server).pipe(client);
  client.on('close', () => server.destroy());
  server.on('close', () => client.destroy());
});

const control = http.createServer(async (request, response) => {
  if (request.method === 'PUT') {
    let body = '';
    for await (const chunk of request) body += chunk;
    const next = body.trim();
    if (!MODES.has(next)) {
      response.writeHead(400).end(`mode must be one of: ${[...MODES].join(', ')}\n`);
      return;
    }
    mode = next;
    if (mode !== 'up') for (const socket of open) socket.destroy();
  }
  response.writeHead(200, { 'content-type': 'text/plain' }).end(`${mode}\n`);
});

proxy.listen(Number(args.port), '127.0.0.1');
control.listen(Number(args.control), '127.0.0.1', () => console.log(`db proxy on 127.0.0.1:${args.port} → ${target.host}, control on ${args.control}`));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const socket of open) socket.destroy();
    proxy.close();
    control.close();
    process.exit(0);
  });
}
