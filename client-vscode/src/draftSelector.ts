// Which documents are drafts: the un-resolution language, plus Markdown and plain-text files that match
// the `resolint.attachTo` globs. No 'vscode' import: the result is a plain DocumentFilter list.

export const DraftLanguage = 'un-resolution';

/** The same shape as vscode.DocumentFilter, so the result can be handed to VS Code as it is. */
export interface DraftFilter {
  language: string;
  scheme: string;
  pattern?: string;
}

/** The scheme of the read-only view of a Word or Akoma Ntoso draft: its rendering, which the server gives and checks. */
export const DocumentViewScheme = 'resolint-document';

/** The file names that are drafts whatever the settings say (package.json contributes them to the language). */
export const DraftFileGlob = '**/*.{res.md,res.txt,resolution}';

/**
 * Files on disk, unsaved drafts and the views of Word and Akoma Ntoso drafts in the un-resolution language, then
 * Markdown and plain text matching each glob in `resolint.attachTo`. Other schemes (git: diffs, output panes) are left alone, so a draft's old
 * version in a diff view is not checked as if it were being edited.
 */
export function draftSelector(attachTo: readonly unknown[]): DraftFilter[] {
  const selector: DraftFilter[] = [
    { language: DraftLanguage, scheme: 'file' },
    { language: DraftLanguage, scheme: 'untitled' },
    { language: DraftLanguage, scheme: DocumentViewScheme },
  ];
  for (const pattern of attachGlobs(attachTo)) {
    selector.push({ language: 'markdown', scheme: 'file', pattern }, { language: 'plaintext', scheme: 'file', pattern });
  }
  return selector;
}

/**
 * The attachTo globs as VS Code matches them. A document filter's pattern is matched against the whole
 * path, so a bare name like `*.draft.md` or a relative `drafts/*.md` is prefixed with the any-folder
 * wildcard (two stars and a slash): that is what someone typing it into the settings means.
 */
export function attachGlobs(attachTo: readonly unknown[]): string[] {
  const globs: string[] = [];
  for (const entry of attachTo) {
    if (typeof entry !== 'string') {
      continue;
    }
    let glob = entry.trim().replace(/\\/g, '/');
    if (glob === '') {
      continue;
    }
    if (glob.startsWith('./')) {
      glob = glob.slice(2);
    }
    if (!glob.startsWith('/') && !glob.startsWith('**/') && !/^[A-Za-z]:\//.test(glob)) {
      glob = '**/' + glob;
    }
    if (!globs.includes(glob)) {
      globs.push(glob);
    }
  }
  return globs;
}
