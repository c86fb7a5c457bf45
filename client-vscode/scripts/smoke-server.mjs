// Starts a built server as `<command> lsp`, sends initialize, shutdown and exit, and succeeds only if it answered
// initialize with capabilities. bundle-server.sh runs it on the NativeAOT build, which trimming can break in ways
// the compiler does not always catch, before letting the extension prefer that build.
// usage: node smoke-server.mjs COMMAND [ARGS...]
import { spawn } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
const server = spawn(command, [...args, 'lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
let timer = setTimeout(() => fail('no answer to initialize within 30 s'), 30000);
let buffer = Buffer.alloc(0);
let initialized = false;

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}

function fail(reason) {
  console.error(`smoke-server: ${command} ${args.join(' ')}: ${reason}`);
  server.kill('SIGKILL');
  process.exit(1);
}

server.on('error', (error) => fail(error.message));
server.on('exit', (code) => {
  clearTimeout(timer);
  if (!initialized) {
    fail(`exited with code ${code} before answering initialize (does this build have the lsp command?)`);
  }
  process.exit(code === 0 ? 0 : 1);
});
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
    if (headerEnd < 0 || !(buffer.length >= headerEnd + 4 + length)) {
      return;
    }
    const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    buffer = buffer.subarray(headerEnd + 4 + length);
    if (message.id === 1) {
      if (!message.result?.capabilities) {
        fail(`initialize answered ${JSON.stringify(message.error ?? message.result).slice(0, 200)}`);
      }
      initialized = true;
      send({ method: 'initialized', params: {} });
      send({ id: 2, method: 'shutdown' });
    } else if (message.id === 2) {
      clearTimeout(timer);
      timer = setTimeout(() => fail('did not exit within 10 s of the exit notification'), 10000);
      send({ method: 'exit' });
      server.stdin.end();
    } else if (message.id !== undefined && message.method) {
      send({ id: message.id, result: null }); // a request from the server (e.g. workspace/configuration)
    }
  }
});

send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
