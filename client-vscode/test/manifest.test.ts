// The extension's manifest (package.json) and its code must agree: a command contributed but never registered
// shows in the palette and fails; a setting read but never contributed cannot be set in the Settings editor.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const extension = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8'));

function sources(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    return entry.isDirectory() ? sources(file) : entry.name.endsWith('.ts') ? [fs.readFileSync(file, 'utf8')] : [];
  });
}
const code = sources(path.join(extension, 'src')).join('\n');

describe('package.json', () => {
  it('contributes exactly the commands the extension registers', () => {
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    const registered = [...code.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(contributed, registered);
  });

  it('contributes every resolint setting the code reads, and reads every one it contributes', () => {
    const contributed = Object.keys(manifest.contributes.configuration.properties).sort();
    const read = new Set<string>();
    for (const m of code.matchAll(/getConfiguration\('resolint'[^)]*\)\s*\.get(?:<[^>]+>)?\('([^']+)'/g)) {
      read.add('resolint.' + m[1]);
    }
    for (const m of code.matchAll(/configuration\.get\('([^']+)'\)/g)) {
      read.add('resolint.' + m[1]);
    }
    // The language client reads <id>.trace.server itself for the client id 'resolint'.
    assert.match(code, /new LanguageClient\('resolint'/);
    read.add('resolint.trace.server');
    assert.deepEqual([...read].sort(), contributed);
  });

  it('activates for every scheme whose documents it provides, so VS Code can restore their tabs after a restart', () => {
    // VS Code restores an editor before any extension runs; it fires onFileSystem:<scheme> to find the provider.
    const schemes = [...code.matchAll(/export const (\w+Scheme) = '([^']+)'/g)].map((m) => m[2]);
    assert.ok(code.includes('registerTextDocumentContentProvider(DocumentViewScheme'));
    assert.ok(schemes.length > 0);
    for (const scheme of schemes) {
      assert.ok(manifest.activationEvents.includes(`onFileSystem:${scheme}`), scheme);
    }
  });

  it('points at files that exist', () => {
    const files = [
      ...manifest.contributes.languages.filter((l: { configuration?: string }) => l.configuration).map((l: { configuration: string }) => l.configuration),
      ...manifest.contributes.jsonValidation.map((v: { url: string }) => v.url),
      ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
      ...manifest.contributes.snippets.map((s: { path: string }) => s.path),
    ];
    for (const file of files) {
      assert.ok(fs.existsSync(path.join(extension, file)), file);
    }
  });
});

describe('snippets', () => {
  const snippets: Record<string, { prefix: string[] | string; body: string[] | string; description: string }> = JSON.parse(
    fs.readFileSync(path.join(extension, 'snippets', 'un-resolution.json'), 'utf8'),
  );

  it('covers each paragraph kind, footnotes and citations, each with a prefix and a description', () => {
    const prefixes = Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
    for (const prefix of ['preambular', 'operative', 'subparagraph', 'footnote', 'resolution']) {
      assert.ok(prefixes.includes(prefix), prefix);
    }
    assert.equal(new Set(prefixes).size, prefixes.length, 'no prefix is used twice');
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(snippet.description.length > 20, name);
    }
  });

  it('ends paragraphs as the conventions say: preambular with a comma, operative with a semicolon', () => {
    const body = (name: string) => ([] as string[]).concat(snippets[name].body).join('\n');
    assert.match(body('Preambular paragraph'), /,\n/);
    assert.match(body('Operative paragraph'), /\};\n/);
    assert.match(body('Operative paragraph with sub-paragraphs'), /:\n[\s\S]*\(a\)[\s\S]*; and\n/);
  });
});
