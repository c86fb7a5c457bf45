import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toServerSettings } from '../src/settings';

describe('toServerSettings', () => {
  it('passes rule levels, corpus folders and the italics policy, and nothing client-only', () => {
    const mapped = toServerSettings(
      { rules: { RES101: 'error', res305: 'Off' }, corpus: ['seeds', '/abs/adopted'], italics: 'always', server: { path: '/x' }, attachTo: ['*.md'] },
      '/ws',
      '/home/d',
    );
    assert.deepEqual(mapped.settings, { rules: { RES101: 'error', RES305: 'off' }, corpus: ['/ws/seeds', '/abs/adopted'], catalogue: [], italics: 'always' });
    assert.deepEqual(mapped.problems, []);
  });

  it('makes catalogue files and patterns absolute, as corpus folders', () => {
    const mapped = toServerSettings({ catalogue: ['catalogue/*.json', '~/un/GA-78.json', 3] }, '/ws', '/home/d');
    assert.deepEqual(mapped.settings.catalogue, ['/ws/catalogue/*.json', '/home/d/un/GA-78.json']);
    assert.deepEqual(mapped.problems, ['resolint.catalogue: 3 is not a file or pattern; ignored.']);
  });

  it('gives defaults for an empty section', () => {
    assert.deepEqual(toServerSettings(undefined, undefined, '/home/d').settings, { rules: {}, corpus: [], catalogue: [], italics: 'corpus' });
  });

  it('drops what the server could not act on, and says why', () => {
    const mapped = toServerSettings(
      { rules: { RES101: 'fatal', 'numbering rule': 'error', RES102: 3 }, corpus: ['', 7, '~/c', '~/c'], italics: 'sometimes' },
      '/ws',
      '/home/d',
    );
    assert.deepEqual(mapped.settings, { rules: {}, corpus: ['/home/d/c'], catalogue: [], italics: 'corpus' });
    assert.equal(mapped.problems.length, 6);
    assert.match(mapped.problems[0], /RES101 is set to "fatal"; use one of off, info, warning, error/);
    assert.match(mapped.problems[1], /"numbering rule" is not a rule id/);
    assert.match(mapped.problems.at(-1)!, /resolint\.italics is "sometimes"/);
  });

  it('rejects a rules value that is not an object and a corpus that is not a list', () => {
    const mapped = toServerSettings({ rules: ['RES101'], corpus: 'seeds' }, '/ws', '/home/d');
    assert.deepEqual(mapped.settings, { rules: {}, corpus: [], catalogue: [], italics: 'corpus' });
    assert.deepEqual(mapped.problems, [
      'resolint.rules must be an object of rule id → level; ignored.',
      'resolint.corpus must be a list of folders; ignored.',
    ]);
  });
});
