// The draft's counts for the status bar, read from the server's document symbols. No 'vscode' import.

/** The part of an LSP DocumentSymbol the counts need. */
export interface SymbolNode {
  name: string;
  detail?: string;
  children?: SymbolNode[];
}

export interface DraftCounts {
  preambular: number;
  operative: number;
  footnotes: number;
}

type Part = keyof DraftCounts;

/** Words that name a part of a draft, in a symbol's name (a container) or detail (a paragraph). */
const PartNames: ReadonlyArray<[Part, RegExp]> = [
  ['preambular', /\bpreamb/i],
  ['operative', /\boperative\b/i],
  ['footnotes', /\bfootnote/i],
];

function partNamed(text: string | undefined): Part | undefined {
  return text === undefined ? undefined : PartNames.find(([, pattern]) => pattern.test(text))?.[0];
}

/**
 * Counts paragraphs and footnotes. A symbol counts as a part when its detail names the part
 * ("operative paragraph"), or when it sits directly in a container named after the part ("Preamble",
 * "Operative part", "Footnotes"). Sub-paragraphs sit one level deeper and are not counted.
 */
export function countDraft(symbols: readonly SymbolNode[]): DraftCounts {
  const counts: DraftCounts = { preambular: 0, operative: 0, footnotes: 0 };
  const visit = (nodes: readonly SymbolNode[], container: Part | undefined): void => {
    for (const node of nodes) {
      const ownPart = partNamed(node.detail);
      const containerPart = node.children?.length ? partNamed(node.name) : undefined;
      if (ownPart) {
        counts[ownPart]++;
      } else if (container && !containerPart) {
        counts[container]++;
      }
      if (node.children?.length) {
        visit(node.children, ownPart ? undefined : containerPart);
      }
    }
  };
  visit(symbols, undefined);
  return counts;
}

/** "12 preambular · 20 operative · 5 footnotes · 2 problems", for the status bar. */
export function describeCounts(counts: DraftCounts, problems: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${counts.preambular} preambular · ${counts.operative} operative · ${plural(counts.footnotes, 'footnote')} · ${plural(problems, 'problem')}`;
}
