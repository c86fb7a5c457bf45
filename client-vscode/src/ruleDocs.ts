// The rule pages (docs/rules/<ID>.md) the extension can show. No 'vscode' import.
import * as fs from 'fs';
import * as path from 'path';

/** Where the rule pages are published; the same base as RuleDescriptor.DocsBaseUri in the server. */
export const RuleDocsBaseUri = 'https://github.com/resolint/resolint/blob/main/docs/rules/';

export interface RulePage {
  id: string;
  title: string;
  /** The local Markdown file, when the page ships with the extension or sits in the source checkout. */
  file?: string;
  /** The published page. */
  uri: string;
}

/**
 * The rule pages on disk: those bundled into the extension at build time (<extension>/docs/rules), else,
 * in a source checkout, the repository's docs/rules beside the extension folder.
 */
export function findRulePages(extensionPath: string): RulePage[] {
  for (const folder of [path.join(extensionPath, 'docs', 'rules'), path.join(path.dirname(extensionPath), 'docs', 'rules')]) {
    const pages = readRulePages(folder);
    if (pages.length > 0) {
      return pages;
    }
  }
  return [];
}

export function readRulePages(folder: string): RulePage[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => /^[A-Za-z]+[0-9]+\.md$/.test(name))
    .map((name) => {
      const file = path.join(folder, name);
      const id = name.slice(0, -3).toUpperCase();
      return { id, title: pageTitle(fs.readFileSync(file, 'utf8'), id), file, uri: RuleDocsBaseUri + id + '.md' };
    })
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** The page's first heading without the rule id in front ("# RES101: Operative paragraphs …" → "Operative paragraphs …"). */
export function pageTitle(markdown: string, id: string): string {
  const heading = /^#\s+(.+)$/m.exec(markdown)?.[1].trim();
  if (!heading) {
    return id;
  }
  const withoutId = heading.replace(new RegExp('^' + id + '\\s*[:—–-]?\\s*', 'i'), '').trim();
  return withoutId || heading;
}

/**
 * The rules a drafter may ask about: the pages on disk, plus rules seen in diagnostics that have no page
 * on disk (their page is the published one, or the code's own link when the server gave one).
 */
export function mergeRuleSources(pages: RulePage[], seen: ReadonlyArray<{ id: string; uri?: string }>): RulePage[] {
  const byId = new Map(pages.map((page) => [page.id, page]));
  for (const rule of seen) {
    const id = rule.id.toUpperCase();
    if (!byId.has(id)) {
      byId.set(id, { id, title: id, uri: rule.uri ?? RuleDocsBaseUri + id + '.md' });
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}
