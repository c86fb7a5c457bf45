import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { findRulePages, mergeRuleSources, pageTitle, RuleDocsBaseUri } from '../src/ruleDocs';

const roots: string[] = [];
after(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

function checkout(pages: Record<string, string>, where: 'bundled' | 'repository'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'resolint-docs-'));
  roots.push(root);
  const extension = path.join(root, 'client-vscode');
  const folder = where === 'bundled' ? path.join(extension, 'docs', 'rules') : path.join(root, 'docs', 'rules');
  fs.mkdirSync(folder, { recursive: true });
  fs.mkdirSync(extension, { recursive: true });
  for (const [name, text] of Object.entries(pages)) {
    fs.writeFileSync(path.join(folder, name), text);
  }
  return extension;
}

describe('rule pages', () => {
  it('lists the bundled pages by id in numeric order, with the heading as title', () => {
    const extension = checkout(
      { 'RES110.md': '# RES110: Footnote texts end with a full stop\n', 'RES101.md': '# RES101 — Operative paragraphs are numbered 1, 2, 3\n', 'README.md': '# Rules' },
      'bundled',
    );
    const pages = findRulePages(extension);
    assert.deepEqual(pages.map((p) => [p.id, p.title]), [
      ['RES101', 'Operative paragraphs are numbered 1, 2, 3'],
      ['RES110', 'Footnote texts end with a full stop'],
    ]);
    assert.equal(pages[0].file, path.join(extension, 'docs', 'rules', 'RES101.md'));
  });

  it('reads the repository\'s docs/rules in a source checkout', () => {
    const extension = checkout({ 'RES201.md': 'intro\n\n# RES201: Operative verbs are italic\n' }, 'repository');
    assert.deepEqual(findRulePages(extension).map((p) => p.title), ['Operative verbs are italic']);
  });

  it('falls back to the id when a page has no heading', () => {
    assert.equal(pageTitle('no heading here', 'RES9'), 'RES9');
  });

  it('adds rules seen in diagnostics that have no page, linking to the published page', () => {
    const merged = mergeRuleSources(
      [{ id: 'RES101', title: 'Numbering', file: '/x/RES101.md', uri: RuleDocsBaseUri + 'RES101.md' }],
      [{ id: 'res101' }, { id: 'RES302', uri: 'https://example.org/RES302' }, { id: 'RES12' }],
    );
    assert.deepEqual(merged.map((r) => [r.id, r.file ?? r.uri]), [
      ['RES12', RuleDocsBaseUri + 'RES12.md'],
      ['RES101', '/x/RES101.md'],
      ['RES302', 'https://example.org/RES302'],
    ]);
  });
});
