import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attachGlobs, draftSelector } from '../src/draftSelector';

describe('draftSelector', () => {
  it('always covers the un-resolution language, on disk, unsaved and in the view of a Word or AKN draft', () => {
    assert.deepEqual(draftSelector([]), [
      { language: 'un-resolution', scheme: 'file' },
      { language: 'un-resolution', scheme: 'untitled' },
      { language: 'un-resolution', scheme: 'resolint-document' },
    ]);
  });

  it('adds Markdown and plain text for each attachTo glob', () => {
    assert.deepEqual(draftSelector(['drafts/**/*.md']).slice(3), [
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
