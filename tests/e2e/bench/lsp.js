'use strict';
// What the LSP benchmark scripts share: a server spawned over stdio, its handshake and orderly stop, and percentiles.
const cp = require('child_process');
const path = require('path');
const P = require(require.resolve('vscode-languageserver-protocol/node', { paths: [path.join(__dirname, '../node')] }));

function percentile(sorted, p) { return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]; }
function summary(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const r = (x) => Math.round(x * 10) / 10;
  return { n: s.length, p50: r(percentile(s, 50)), p99: r(percentile(s, 99)), max: r(s[s.length - 1]), min: r(s[0]) };
}
const now = () => Number(process.hrtime.bigint()) / 1e6;

function connect(server) {
  const proc = cp.spawn(server[0], server.slice(1), { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = P.createProtocolConnection(new P.StreamMessageReader(proc.stdout), new P.StreamMessageWriter(proc.stdin));
  conn.onRequest(P.ConfigurationRequest.type, (p) => p.items.map(() => ({})));
  conn.listen();
  return { proc, conn };
}
async function stop({ proc, conn }) {
  await conn.sendRequest(P.ShutdownRequest.type);
  conn.sendNotification(P.ExitNotification.type);
  await new Promise((resolve) => { proc.on('exit', resolve); setTimeout(() => { proc.kill('SIGKILL'); resolve(); }, 5000); });
  conn.dispose();
}
const initialize = (conn, rootUri = null) => conn.sendRequest(P.InitializeRequest.type, { processId: process.pid, rootUri, capabilities: { workspace: { configuration: true } } });

module.exports = { P, percentile, summary, now, connect, stop, initialize };
