import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attachGlobs, draftSelector } from '../src/draftSelector';

describe('draftSelector', () => {
  it('always covers the un-resolution language, on disk and unsaved', () => {
    assert.deepEqual(draftSelector([]), [
      { language: 'un-resolution', scheme: 'file' },
      { language: 'un-resolution', scheme: 'untitled' },
    ]);
  });

  it('adds Markdown and plain text for each attachTo glob', () => {
    assert.deepEqual(draftSelector(['drafts/**/*.md']).slice(2), [
      { language: 'markdown', scheme: 'file', pattern: '**/drafts/**/*.md' },
      { language: 'plaintext', scheme: 'file', pattern: '**/drafts/**/*.md' },
    ]);
  });
});

describe('attachGlobs', () => {
  it('matches bare and relative globs in any folder, keeps anchored ones, and drops blanks and repeats', () => {
    assert.deepEqual(attachGlobs(['*.draft.md', './drafts/*.txt', '**/L.*.md', '/srv/drafts/*.md', 'C:\\drafts\\*.md', ' ', '*.draft.md', 42]), [
      '**/*.draft.md',
      '**/drafts/*.txt',
      '**/L.*.md',
      '/srv/drafts/*.md',
      'C:/drafts/*.md',
    ]);
  });
});
