// "Resolint: Check All Drafts in the Workspace". The language client pulls diagnostics only for drafts
// showing in an editor, so this asks the server itself (textDocument/diagnostic) for every other draft and
// keeps the answers in a collection of its own: a snapshot, taken again each time the command runs. When a
// draft comes into view the client's live diagnostics take over and its snapshot is dropped, so no problem
// shows twice. Same server, settings and rules as the editors; no second output format to parse.
import * as vscode from 'vscode';
import { DidOpenTextDocumentNotification, DocumentDiagnosticReportKind, DocumentDiagnosticRequest, LanguageClient } from 'vscode-languageclient/node';
import { attachGlobs, DraftFileGlob } from '../draftSelector';
import { ServerConnection } from '../serverConnection';

const Excluded = '**/{node_modules,.git,bin,obj}/**';
/** How long to wait for the client to tell the server about a document it has just opened. */
const OpenTimeoutMs = 10_000;

export class WorkspaceCheck implements vscode.Disposable {
  private readonly snapshot = vscode.languages.createDiagnosticCollection('resolint-workspace');
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly connection: ServerConnection) {
    this.subscriptions.push(
      this.snapshot,
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.snapshot.delete(editor.document.uri))),
    );
  }

  async run(): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('Open a folder first: Resolint checks the drafts in the workspace folders.');
      return;
    }
    const files = await this.findDrafts();
    if (files.length === 0) {
      void vscode.window.showInformationMessage(
        'No drafts found: Resolint checks *.res.md, *.res.txt and *.resolution files, and files matching resolint.attachTo.',
      );
      return;
    }
    const client = await this.connection.readyClient();
    if (!client) {
      return;
    }

    this.snapshot.clear();
    const visible = new Set(vscode.window.visibleTextEditors.map((editor) => editor.document.uri.toString()));
    const failures: string[] = [];
    let checked = 0;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Resolint: checking drafts', cancellable: true },
      async (progress, token) => {
        for (const uri of files) {
          if (token.isCancellationRequested) {
            break;
          }
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
          checked++;
          if (visible.has(uri.toString())) {
            continue; // Showing in an editor: the client's live diagnostics cover it.
          }
          try {
            const diagnostics = await this.check(client, uri);
            if (diagnostics) {
              this.snapshot.set(uri, diagnostics);
            }
          } catch (error) {
            failures.push(`${vscode.workspace.asRelativePath(uri)}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      },
    );
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    if (failures.length > 0) {
      void vscode.window.showWarningMessage(`Resolint could not check ${failures.length} of ${checked} drafts: ${failures.join('; ')}`);
    } else {
      vscode.window.setStatusBarMessage(`Resolint: checked ${checked} draft${checked === 1 ? '' : 's'}`, 5000);
    }
  }

  /** The drafts by name, plus the Markdown and text files that resolint.attachTo names, each once. */
  private async findDrafts(): Promise<vscode.Uri[]> {
    const globs = [DraftFileGlob, ...attachGlobs(vscode.workspace.getConfiguration('resolint').get<unknown[]>('attachTo') ?? [])];
    const files = new Map<string, vscode.Uri>();
    for (const glob of globs) {
      for (const uri of await vscode.workspace.findFiles(glob, Excluded)) {
        files.set(uri.toString(), uri);
      }
    }
    return [...files.values()].sort((a, b) => a.fsPath.localeCompare(b.fsPath));
  }

  /** Opens the draft (the client sends didOpen), then asks the server for its diagnostics. */
  private async check(client: LanguageClient, uri: vscode.Uri): Promise<vscode.Diagnostic[] | undefined> {
    const opening = this.opened(client, uri);
    const document = await vscode.workspace.openTextDocument(uri);
    if (!this.connection.isDraft(document)) {
      opening.cancel();
      return undefined; // A .md or .txt file found by a glob but in another language mode.
    }
    await opening.done;
    const report = await client.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri: client.code2ProtocolConverter.asUri(uri) },
    });
    return report.kind === DocumentDiagnosticReportKind.Full ? client.protocol2CodeConverter.asDiagnostics(report.items) : undefined;
  }

  /** Resolves once the client has sent didOpen for `uri` (at once if the server already has the document). */
  private opened(client: LanguageClient, uri: vscode.Uri): { done: Promise<void>; cancel(): void } {
    const feature = client.getFeature(DidOpenTextDocumentNotification.method);
    const key = uri.toString();
    if ([...feature.openDocuments].some((document) => document.uri.toString() === key)) {
      return { done: Promise.resolve(), cancel: () => undefined };
    }
    let subscription: vscode.Disposable | undefined;
    let timer: NodeJS.Timeout | undefined;
    const done = new Promise<void>((resolve, reject) => {
      subscription = feature.onNotificationSent((event) => {
        if (event.textDocument.uri.toString() === key) {
          resolve();
        }
      });
      timer = setTimeout(() => reject(new Error('the server was not told about the file in time')), OpenTimeoutMs);
    }).finally(() => {
      subscription?.dispose();
      clearTimeout(timer);
    });
    return {
      done,
      cancel: () => {
        subscription?.dispose();
        clearTimeout(timer);
        done.catch(() => undefined);
      },
    };
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
