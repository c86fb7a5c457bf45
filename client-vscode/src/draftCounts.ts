// The draft's counts for the status bar, read from the server's document symbols. No 'vscode' import.

/** The part of an LSP DocumentSymbol the counts need. */
export interface SymbolNode {
  name: string;
  children?: SymbolNode[];
}

export interface DraftCounts {
  preambular: number;
  operative: number;
  footnotes: number;
}

/**
 * The server's outline puts each part of the draft in a container named after it: "Preamble",
 * "Operative part" and "Footnotes", each paragraph or footnote a direct child (sub-paragraphs are
 * the operative paragraph's children, so they are not counted). Details are paragraph excerpts and
 * are not read: a paragraph that mentions "footnotes" is still a paragraph.
 */
const Containers: ReadonlyArray<[keyof DraftCounts, string]> = [
  ['preambular', 'Preamble'],
  ['operative', 'Operative part'],
  ['footnotes', 'Footnotes'],
];

export function countDraft(symbols: readonly SymbolNode[]): DraftCounts {
  const counts: DraftCounts = { preambular: 0, operative: 0, footnotes: 0 };
  for (const symbol of symbols) {
    const part = Containers.find(([, name]) => name === symbol.name)?.[0];
    if (part) {
      counts[part] += symbol.children?.length ?? 0;
    }
  }
  return counts;
}

/** "12 preambular · 20 operative · 5 footnotes · 2 problems", for the status bar. */
export function describeCounts(counts: DraftCounts, problems: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${counts.preambular} preambular · ${counts.operative} operative · ${plural(counts.footnotes, 'footnote')} · ${plural(problems, 'problem')}`;
}
