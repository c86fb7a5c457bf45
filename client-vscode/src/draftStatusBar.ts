// A status bar item for the active draft: its paragraphs and footnotes (from the server's document symbols)
// and its problems. Clicking it opens the Problems panel.
import * as vscode from 'vscode';
import { DocumentSymbol, DocumentSymbolRequest, SymbolInformation } from 'vscode-languageclient/node';
import { countDraft, describeCounts, SymbolNode } from './draftCounts';
import { resolintDiagnostics } from './resolintDiagnostics';
import { ServerConnection } from './serverConnection';

/** Symbols are asked for again this long after the last edit, not on every keystroke. */
const RefreshDelayMs = 400;

export class DraftStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('resolint.draftCounts', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Bumped on every refresh, so a late answer about an earlier text is dropped. */
  private generation = 0;

  constructor(private readonly connection: ServerConnection) {
    this.item.name = 'Resolint draft';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon(0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) {
          this.refreshSoon(RefreshDelayMs);
        }
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) {
          this.refreshSoon(RefreshDelayMs);
        }
      }),
      connection.onDidChangeClient(() => this.refreshSoon(0)),
    );
    this.refreshSoon(0);
  }

  private refreshSoon(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    const client = this.connection.runningClient;
    void vscode.commands.executeCommand('setContext', 'resolint.activeEditorIsDraft', !!editor && this.connection.isDraft(editor.document));
    if (!editor || !client || !this.connection.isDraft(editor.document)) {
      this.item.hide();
      return;
    }
    const document = editor.document;
    let symbols: Array<DocumentSymbol | SymbolInformation> | null;
    try {
      symbols = await client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } });
    } catch {
      symbols = null; // A server without document symbols still gets the problems count.
    }
    if (generation !== this.generation) {
      return;
    }
    const problems = resolintDiagnostics(document.uri).length;
    const counts = countDraft((symbols ?? []).filter((symbol): symbol is DocumentSymbol => 'range' in symbol) as SymbolNode[]);
    this.item.text = `$(law) ${describeCounts(counts, problems)}`;
    this.item.tooltip = 'Resolint: paragraphs and footnotes of this draft, and its problems. Click for the Problems panel.';
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
