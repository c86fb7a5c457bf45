#!/usr/bin/env node
// Scripted LSP client (vscode-languageserver-protocol over stdio) that checks resolint end to end.
//
// usage: node resolint-e2e.js [options] -- <server command...>
//   --file PATH              document to open (required)
//   --language-id ID         languageId for didOpen (default: markdown)
//   --expect-diag REGEX      at least one diagnostic whose message matches REGEX (repeatable)
//   --expect-diag-count N    exact number of diagnostics expected
//   --expect-code CODE       every diagnostic carries this code, source "resolint" and a codeDescription
//   --hover L:C=REGEX        hover at 0-based line:char must match REGEX (repeatable)
//   --complete L:C=LABEL     completion at line:char must offer LABEL (repeatable)
//   --definition L:C=LINE    definition at line:char must lead to 0-based LINE of the same file (repeatable)
//   --symbol NAME            a document symbol (at any depth) must be named NAME (repeatable)
//   --code-action L:C=TEXT   a quick fix at line:char must replace something with TEXT (repeatable)
//   --export FORM=PATH       resolint.export writes the document to PATH as FORM (md, txt, akn, docx): the reply
//                            names PATH, the file is there, and an akn export is Akoma Ntoso (repeatable)
//   --export-refused FORM    resolint.export to FORM is refused as invalid params (-32602), and the server goes on
//   --timeout MS             overall timeout (default 20000)
// Prints one JSON report on stdout; exits 0 on success, 1 on a failed assertion, 2 on error or timeout.
'use strict';
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const P = require('vscode-languageserver-protocol/node');

function parseArgs(argv) {
  const o = { languageId: 'markdown', expectDiag: [], hover: [], complete: [], definition: [], codeAction: [], symbol: [], exports: [], refused: [], timeout: 20000, server: [] };
  const dd = argv.indexOf('--');
  if (dd < 0) throw new Error('missing "-- <server command>"');
  o.server = argv.slice(dd + 1);
  const a = argv.slice(0, dd);
  for (let i = 0; i < a.length; i++) {
    const k = a[i], v = a[i + 1];
    switch (k) {
      case '--file': o.file = v; i++; break;
      case '--language-id': o.languageId = v; i++; break;
      case '--expect-diag': o.expectDiag.push(new RegExp(v)); i++; break;
      case '--expect-diag-count': o.expectDiagCount = Number(v); i++; break;
      case '--expect-code': o.expectCode = v; i++; break;
      case '--hover': o.hover.push(v); i++; break;
      case '--complete': o.complete.push(v); i++; break;
      case '--definition': o.definition.push(v); i++; break;
      case '--symbol': o.symbol.push(v); i++; break;
      case '--code-action': o.codeAction.push(v); i++; break;
      case '--export': o.exports.push(v); i++; break;
      case '--export-refused': o.refused.push(v); i++; break;
      case '--timeout': o.timeout = Number(v); i++; break;
      default: throw new Error('unknown option ' + k);
    }
  }
  if (!o.file || o.server.length === 0) throw new Error('--file and server command are required');
  return o;
}
function pos(spec) {
  const [lc, ...rest] = spec.split('=');
  const [line, character] = lc.split(':').map(Number);
  return { position: { line, character }, expect: rest.join('=') };
}
function hoverText(h) {
  if (!h || !h.contents) return '';
  const c = h.contents;
  const one = (x) => (typeof x === 'string' ? x : x.value || '');
  return Array.isArray(c) ? c.map(one).join('\n') : one(c);
}
function symbolNames(symbols) {
  const names = [];
  const walk = (list) => (list || []).forEach((s) => { names.push(s.name); walk(s.children); });
  walk(symbols);
  return names;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const file = path.resolve(o.file);
  const uri = pathToFileURL(file).href;
  const text = fs.readFileSync(file, 'utf8');
  const report = { client: 'node vscode-languageserver-protocol', server: o.server.join(' '), uri, steps: {}, failures: [] };
  const proc = cp.spawn(o.server[0], o.server.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  const conn = P.createProtocolConnection(new P.StreamMessageReader(proc.stdout), new P.StreamMessageWriter(proc.stdin));
  const diagsP = new Promise((resolve) => {
    conn.onNotification(P.PublishDiagnosticsNotification.type, (p) => {
      if (p.uri === uri) resolve(p);
    });
  });
  conn.onRequest(P.ConfigurationRequest.type, (p) => p.items.map(() => ({})));
  conn.onRequest(P.RegistrationRequest.type, () => null);
  conn.onNotification(P.LogMessageNotification.type, (m) => { (report.log = report.log || []).push(m.message); });
  conn.listen();

  const timer = setTimeout(() => {
    report.failures.push(`timeout after ${o.timeout} ms`);
    report.stderr = stderr.slice(-2000);
    console.log(JSON.stringify(report, null, 2));
    proc.kill('SIGKILL');
    process.exit(2);
  }, o.timeout);

  const init = await conn.sendRequest(P.InitializeRequest.type, {
    processId: process.pid,
    clientInfo: { name: 'resolint-e2e', version: '0.0.1' },
    rootUri: pathToFileURL(path.dirname(file)).href,
    workspaceFolders: [{ uri: pathToFileURL(path.dirname(file)).href, name: 'ws' }],
    capabilities: {
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] } },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
      workspace: { configuration: true, workspaceFolders: true },
    },
  });
  report.steps.initialize = { ms: Date.now() - t0, serverInfo: init.serverInfo, positionEncoding: init.capabilities.positionEncoding };
  if (init.capabilities.positionEncoding !== 'utf-16') report.failures.push('positionEncoding is not utf-16');
  conn.sendNotification(P.InitializedNotification.type, {});
  conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: o.languageId, version: 1, text } });

  const published = await diagsP;
  const diags = published.diagnostics;
  report.steps.diagnostics = { ms: Date.now() - t0, version: published.version, items: diags.map((d) => ({ line: d.range.start.line, character: d.range.start.character, severity: d.severity, code: d.code, message: d.message })) };
  if (published.version !== 1) report.failures.push(`diagnostics carry version ${published.version}, not 1`);
  for (const re of o.expectDiag) if (!diags.some((d) => re.test(d.message))) report.failures.push(`no diagnostic matching ${re}`);
  if (o.expectDiagCount !== undefined && diags.length !== o.expectDiagCount) report.failures.push(`expected ${o.expectDiagCount} diagnostics, got ${diags.length}`);
  if (o.expectCode) {
    for (const d of diags) {
      if (d.code !== o.expectCode || d.source !== 'resolint' || !d.codeDescription || !d.codeDescription.href.endsWith(`${o.expectCode}.md`)) {
        report.failures.push(`diagnostic lacks code/source/codeDescription: ${JSON.stringify(d)}`);
      }
    }
  }

  for (const spec of o.hover) {
    const { position, expect } = pos(spec);
    const t = hoverText(await conn.sendRequest(P.HoverRequest.type, { textDocument: { uri }, position }));
    (report.steps.hover = report.steps.hover || []).push({ position, text: t });
    if (!t) report.failures.push(`empty hover at ${spec}`);
    else if (expect && !new RegExp(expect).test(t)) report.failures.push(`hover at ${spec} does not match ${expect}: ${t}`);
  }
  for (const spec of o.complete) {
    const { position, expect } = pos(spec);
    const r = await conn.sendRequest(P.CompletionRequest.type, { textDocument: { uri }, position });
    const items = Array.isArray(r) ? r : (r && r.items) || [];
    const labels = items.map((i) => i.label);
    (report.steps.completion = report.steps.completion || []).push({ position, labels });
    if (!labels.includes(expect)) report.failures.push(`completion at ${spec} lacks ${expect}`);
  }
  for (const spec of o.definition) {
    const { position, expect } = pos(spec);
    const r = await conn.sendRequest(P.DefinitionRequest.type, { textDocument: { uri }, position });
    const locations = Array.isArray(r) ? r : r ? [r] : [];
    (report.steps.definition = report.steps.definition || []).push({ position, locations });
    if (!locations.some((l) => l.uri === uri && l.range.start.line === Number(expect))) report.failures.push(`definition at ${spec} does not lead to line ${expect}`);
  }
  for (const spec of o.codeAction) {
    const { position, expect } = pos(spec);
    const r = await conn.sendRequest(P.CodeActionRequest.type, { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [], only: ['quickfix'] } });
    const texts = (r || []).flatMap((a) => ((a.edit && a.edit.changes && a.edit.changes[uri]) || []).map((e) => e.newText));
    (report.steps.codeAction = report.steps.codeAction || []).push({ position, titles: (r || []).map((a) => a.title), texts });
    if (!texts.includes(expect)) report.failures.push(`no quick fix at ${spec} that writes ${expect}`);
  }
  if (o.symbol.length) {
    const names = symbolNames(await conn.sendRequest(P.DocumentSymbolRequest.type, { textDocument: { uri } }));
    report.steps.symbols = names;
    for (const name of o.symbol) if (!names.includes(name)) report.failures.push(`no document symbol named ${name}`);
  }

  for (const spec of o.exports) {
    const [form, ...rest] = spec.split('=');
    const target = path.resolve(rest.join('='));
    fs.rmSync(target, { force: true });
    const reply = await conn.sendRequest(P.ExecuteCommandRequest.type, { command: 'resolint.export', arguments: [{ uri, to: form, target }] });
    const written = fs.existsSync(target) ? fs.readFileSync(target) : undefined;
    (report.steps.export = report.steps.export || []).push({ form, reply, bytes: written ? written.length : 0 });
    if (!reply || reply.path !== target) report.failures.push(`export to ${form} answered ${JSON.stringify(reply)}, not the path ${target}`);
    if (!written || written.length === 0) report.failures.push(`export to ${form} wrote nothing at ${target}`);
    else if (form === 'akn' && !written.toString('utf8').includes('<akomaNtoso')) report.failures.push(`export to akn is no Akoma Ntoso: ${written.toString('utf8').slice(0, 120)}`);
  }
  for (const form of o.refused) {
    const target = path.join(path.dirname(file), `refused.${form}`);
    const error = await conn.sendRequest(P.ExecuteCommandRequest.type, { command: 'resolint.export', arguments: [{ uri, to: form, target }] }).then(() => undefined, (e) => e);
    (report.steps.exportRefused = report.steps.exportRefused || []).push({ form, code: error && error.code, message: error && error.message });
    if (!error || error.code !== P.ErrorCodes.InvalidParams || !/docx/.test(error.message)) report.failures.push(`export to ${form} was not refused with a message naming the forms: ${JSON.stringify(error)}`);
    if (fs.existsSync(target)) report.failures.push(`a refused export wrote ${target}`);
  }

  await conn.sendRequest(P.ShutdownRequest.type);
  conn.sendNotification(P.ExitNotification.type);
  const code = await new Promise((resolve) => {
    const k = setTimeout(() => { proc.kill('SIGKILL'); resolve('killed'); }, 3000);
    proc.on('exit', (c) => { clearTimeout(k); resolve(c); });
  });
  report.steps.exit = { ms: Date.now() - t0, code };
  if (code !== 0) report.failures.push(`server exit code ${code} after shutdown/exit`);
  clearTimeout(timer);
  report.ok = report.failures.length === 0;
  report.totalMs = Date.now() - t0;
  console.log(JSON.stringify(report, null, 2));
  conn.dispose();
  process.exit(report.ok ? 0 : 1);
}
main().catch((e) => { console.error('resolint-e2e error:', (e && e.stack) || e); process.exit(2); });
