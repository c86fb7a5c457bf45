#!/usr/bin/env node
// Completion and hover with a catalogue, over stdio as an editor asks (issue 13's budgets: completion 5 ms and hover
// 2 ms at the 99th percentile). A folder is made whose .resolint.json names the catalogue files given; a General
// Assembly draft on migrants there cites 78/218 and is typing a second citation after "its resolution ". Each
// request is timed from sending to its answer, --calls per case after --warm-up unmeasured ones. Two floors come
// first: a request no handler serves (answered by the server's reader: framing, JSON and this client's event loop)
// and a folding-range request on the small draft (the same, plus the server's dispatch of a handler), so that
// what completion and hover add is plain.
// usage: node catalogue-latency.js [--calls 500] [--warm-up 50] --catalogue FILE [--catalogue FILE…] -- <server command...>
// Prints one JSON report (milliseconds: p50, p99, max) on stdout.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const { P, summary, now, connect, stop, initialize } = require('./lsp');

const argv = process.argv.slice(2);
const dd = argv.indexOf('--');
if (dd < 0) { console.error('usage: catalogue-latency.js [options] --catalogue FILE -- <server command...>'); process.exit(2); }
const server = argv.slice(dd + 1);
const options = argv.slice(0, dd);
const number = (name, fallback) => { const i = options.indexOf(name); return i >= 0 ? Number(options[i + 1]) : fallback; };
const calls = number('--calls', 500);
const warmUp = number('--warm-up', 50);
const catalogues = options.flatMap((o, i) => (o === '--catalogue' ? [path.resolve(options[i + 1])] : []));
if (catalogues.length === 0) { console.error('catalogue-latency.js: name at least one --catalogue file'); process.exit(2); }

// What the drafter has typed after "its resolution ": nothing, a number's start, a rare title word, a common one.
const typings = ['', '7', '78/2', 'migrants', 'rights'];

function draftTyping(typed) {
  return 'Resolution adopted by the General Assembly on 19 December 2024\n\n79/999. Protection of migrants\n\nThe General Assembly,\n\n'
    + '*Recalling* its resolution 78/218 of 19 December 2023,\n\n'
    + `*Recalling also* its resolution ${typed}\n`;
}

async function timed(request) {
  for (let i = 0; i < warmUp; i++) await request();
  const samples = [];
  for (let i = 0; i < calls; i++) {
    const t0 = now();
    await request();
    samples.push(now() - t0);
  }
  return summary(samples);
}

(async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'resolint-catalogue-'));
  fs.writeFileSync(path.join(folder, '.resolint.json'), JSON.stringify({ catalogue: catalogues }));
  const report = { server: server.join(' '), catalogues, calls, cases: [] };
  const c = connect(server);
  try {
    const opened = new Map();
    c.conn.onNotification(P.PublishDiagnosticsNotification.type, (p) => { const resolve = opened.get(p.uri); if (resolve) { opened.delete(p.uri); resolve(p); } });
    await initialize(c.conn, pathToFileURL(folder).href);
    c.conn.sendNotification(P.InitializedNotification.type, {});
    const floorUri = pathToFileURL(path.join(folder, 'floor.md')).href;
    const floorText = draftTyping('');
    const floorOpened = new Promise((resolve) => opened.set(floorUri, resolve));
    c.conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri: floorUri, languageId: 'markdown', version: 1, text: floorText } });
    await floorOpened;
    report.floor = {
      unserved: await timed(() => c.conn.sendRequest('resolint/noSuchMethod', {}).catch(() => {})),
      foldingRange: await timed(() => c.conn.sendRequest(P.FoldingRangeRequest.type, { textDocument: { uri: floorUri } })),
    };
    for (const typed of typings) {
      const text = draftTyping(typed);
      const uri = pathToFileURL(path.join(folder, `draft-${typings.indexOf(typed)}.md`)).href;
      fs.writeFileSync(new URL(uri), text);
      const published = new Promise((resolve) => opened.set(uri, resolve));
      c.conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await published;
      const lines = text.split('\n');
      const completeAt = { line: lines.length - 2, character: lines[lines.length - 2].length };
      const hoverLine = lines.findIndex((l) => l.includes('78/218'));
      const hoverAt = { line: hoverLine, character: lines[hoverLine].indexOf('78/218') + 2 };
      let offered = 0;
      const complete = await timed(async () => {
        const r = await c.conn.sendRequest(P.CompletionRequest.type, { textDocument: { uri }, position: completeAt });
        offered = (Array.isArray(r) ? r : (r && r.items) || []).length;
      });
      let shown = '';
      const hover = await timed(async () => {
        const h = await c.conn.sendRequest(P.HoverRequest.type, { textDocument: { uri }, position: hoverAt });
        shown = h && h.contents ? (h.contents.value || '') : '';
      });
      report.cases.push({ typed, offered, complete, hoverShowsTitle: /\*[^*]+\*/.test(shown), hover });
    }
  } finally {
    await stop(c);
    fs.rmSync(folder, { recursive: true, force: true });
  }
  console.log(JSON.stringify(report, null, 2));
})().catch((e) => { console.error(e); process.exit(2); });
