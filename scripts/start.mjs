// `npm start`: build the game, serve the build, print its URL. Ctrl+C stops the server.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

const vite = 'node_modules/vite/bin/vite.js';
const built = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

function freePort(preferred) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => {
      const any = createServer();
      any.listen(0, '127.0.0.1', () => {
        const { port } = any.address();
        any.close(() => resolve(port));
      });
    });
    probe.listen(preferred, '127.0.0.1', () => probe.close(() => resolve(preferred)));
  });
}

const port = Number(process.env.PORT) || (await freePort(4173));
const server = spawn(
  process.execPath,
  [vite, 'preview', '--port', String(port), '--strictPort', '--logLevel', 'warn'],
  {
    stdio: 'inherit',
  },
);
console.log(`\nWeightlings is running at http://127.0.0.1:${port}/\n`);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
