#!/usr/bin/env node
// Measures what a drafter feels of resolint's language server, over stdio as an editor drives it:
//   cold start   spawn -> initialize response, over --starts runs;
//   keystroke    one typed character (didChange) -> the publishDiagnostics for that version, on a
//                100 KB draft grown from the seed A/RES/74/156, over --keystrokes edits typed one at a time.
//                With --draft, the keystrokes go into that file instead (a real resolution), in the middle of its middle
//                numbered paragraph. With --pause, the drafter reads the draft that long (ms) after its first diagnostics
//                before typing (what a framework-dependent server's idle-time warm-up of the JIT needs); by default typing
//                starts at once. With --gap, each keystroke follows the last one's diagnostics after that long (ms), as a
//                drafter's do (100-200 ms at typing speed); by default at once, the worst case.
// usage: node latency.js [--starts 10] [--keystrokes 200] [--size 102400] [--draft FILE] [--pause 0] [--gap 0] -- <server command...>
// Prints one JSON report (milliseconds: p50, p99, max) on stdout.
'use strict';
const fs = require('fs');
const path = require('path');
const { P, summary, now, connect: connectTo, stop, initialize } = require('./lsp');

const argv = process.argv.slice(2);
const dd = argv.indexOf('--');
if (dd < 0) { console.error('usage: latency.js [options] -- <server command...>'); process.exit(2); }
const server = argv.slice(dd + 1);
const opt = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 && i < dd ? Number(argv[i + 1]) : fallback; };
const starts = opt('--starts', 10);
const keystrokes = opt('--keystrokes', 200);
const size = opt('--size', 100 * 1024);
const pause = opt('--pause', 0);
const gap = opt('--gap', 0);
const draftAt = argv.indexOf('--draft');
const draftFile = draftAt >= 0 && draftAt < dd ? argv[draftAt + 1] : null;
const connect = () => connectTo(server);

/** The seed's text with its operative paragraphs repeated (numbered on) until the draft reaches `size` characters. */
function grownDraft() {
  const seed = fs.readFileSync(path.join(__dirname, '../../../seeds/A-RES-74-156.txt'), 'utf8');
  const lines = seed.split('\n');
  const operative = lines.map((l, i) => [l, i]).filter(([l]) => /^\d+\. \*/.test(l));
  const last = operative[operative.length - 1][1];
  const extra = [];
  let number = operative.length;
  let length = seed.length;
  for (let k = 0; length < size; k++) {
    const [line] = operative[k % operative.length];
    const paragraph = line.replace(/^\d+\./, `${++number}.`).replace(/\.$/, ';');
    extra.push('', paragraph);
    length += paragraph.length + 2;
  }
  lines.splice(last + 1, 0, ...extra);
  return lines.join('\n');
}

async function coldStarts() {
  const samples = [];
  for (let i = 0; i < starts; i++) {
    const t0 = now();
    const c = connect();
    await initialize(c.conn);
    samples.push(now() - t0);
    c.conn.sendNotification(P.InitializedNotification.type, {});
    await stop(c);
  }
  return summary(samples);
}

/** Where the keystrokes go, as [line, character]: in the grown draft, after " the " in paragraph 14; in a given draft,
 * the middle of its middle numbered paragraph (else of its middle line). */
function typingPlace(lines) {
  if (!draftFile) {
    const line = lines.findIndex((l) => l.startsWith('14. *'));
    return [line, lines[line].indexOf(' the ') + 5];
  }
  const numbered = lines.map((l, i) => [l, i]).filter(([l]) => /^\s*\d+\.\s/.test(l));
  const [text, line] = numbered.length > 0 ? numbered[numbered.length >> 1] : [lines[lines.length >> 1], lines.length >> 1];
  return [line, text.length >> 1];
}

async function keystrokeLatency() {
  const text = draftFile ? fs.readFileSync(draftFile, 'utf8') : grownDraft();
  const uri = draftFile && !draftFile.endsWith('.md') ? 'file:///bench/draft.txt' : 'file:///bench/draft.md';
  const c = connect();
  const waiting = new Map();
  c.conn.onNotification(P.PublishDiagnosticsNotification.type, (p) => {
    const resolve = waiting.get(p.version);
    if (resolve) { waiting.delete(p.version); resolve(p); }
  });
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  await initialize(c.conn);
  c.conn.sendNotification(P.InitializedNotification.type, {});
  const opened = published(1);
  let t0 = now();
  c.conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: uri.endsWith('.md') ? 'markdown' : 'plaintext', version: 1, text } });
  const first = await opened;
  const openMs = now() - t0;
  await new Promise((resolve) => setTimeout(resolve, pause));

  // Type into the middle of an operative paragraph, one character at a time, as a drafter would.
  let [line, character] = typingPlace(text.split('\n'));
  const samples = [];
  for (let k = 0; k < keystrokes; k++) {
    const version = k + 2;
    const next = published(version);
    t0 = now();
    c.conn.sendNotification(P.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
    });
    await next;
    samples.push(now() - t0);
    character++;
    if (gap > 0) await new Promise((resolve) => setTimeout(resolve, gap));
  }
  await stop(c);
  // The slowest keystrokes and when they came (0 = the first): early ones are the JIT at work, evenly spaced
  // ones are garbage collections.
  const slowest = samples.map((ms, at) => ({ ms: Math.round(ms * 10) / 10, at })).sort((a, b) => b.ms - a.ms).slice(0, 5);
  return { draft: draftFile ?? `grown to ${size}`, draftChars: text.length, pauseMs: pause, gapMs: gap, diagnosticsOnOpen: first.diagnostics.length, openMs: Math.round(openMs), keystroke: summary(samples), slowest };
}

(async () => {
  const report = { server: server.join(' '), coldStart: await coldStarts() };
  Object.assign(report, await keystrokeLatency());
  console.log(JSON.stringify(report, null, 2));
})().catch((e) => { console.error(e); process.exit(2); });
