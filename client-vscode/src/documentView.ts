// "Resolint: Open Word or Akoma Ntoso Draft". VS Code cannot show a .docx as text, so the server reads the file
// (resolint.renderDocument) and this shows its Markdown rendering, read-only, under the resolint-document: scheme
// in the UN Resolution language. The server checks the view as it checks any open draft, under the file's
// .resolint.json, so its findings show in the Problems panel; when the file changes on disk the view follows.
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { DocumentViewScheme, DraftLanguage } from './draftSelector';
import { ServerConnection } from './serverConnection';

/** The server's command (workspace/executeCommand), arguments [file URI]. */
export const ServerRenderCommand = 'resolint.renderDocument';

/** What the server answers (its findings too, which the extension takes from the open view instead). */
interface RenderedDocument {
  text: string;
  notes: string[];
}

export class DocumentViews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** What the reader noticed in each file (tracked changes read as accepted …), said once when it is opened. */
  private readonly notes = new Map<string, string[]>();
  private readonly subscriptions: vscode.Disposable[];

  readonly onDidChange = this.changed.event;

  constructor(private readonly connection: ServerConnection) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{docx,xml}', true, false, true);
    this.subscriptions = [
      this.changed,
      watcher,
      watcher.onDidChange((file) => this.refresh(file)),
      vscode.workspace.registerTextDocumentContentProvider(DocumentViewScheme, this),
    ];
  }

  async provideTextDocumentContent(view: vscode.Uri): Promise<string> {
    const client = await this.connection.readyClient();
    if (!client) {
      throw new Error('the server is not running');
    }
    const file = view.with({ scheme: 'file' });
    const rendered: RenderedDocument = await client.sendRequest(ExecuteCommandRequest.type, {
      command: ServerRenderCommand,
      arguments: [client.code2ProtocolConverter.asUri(file)],
    });
    this.notes.set(file.toString(), rendered.notes);
    return rendered.text;
  }

  /** Opens the view of a file: the one given (from the explorer), else one the user picks. */
  async open(file: vscode.Uri | undefined): Promise<void> {
    file ??= (
      await vscode.window.showOpenDialog({
        canSelectMany: false,
        filters: { 'Word or Akoma Ntoso drafts': ['docx', 'xml'] },
        title: 'Open a Word or Akoma Ntoso draft',
      })
    )?.[0];
    if (!file) {
      return;
    }
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(file.with({ scheme: DocumentViewScheme }));
      if (document.languageId !== DraftLanguage) {
        document = await vscode.languages.setTextDocumentLanguage(document, DraftLanguage);
      }
    } catch (error) {
      void vscode.window.showErrorMessage(`Resolint could not open ${vscode.workspace.asRelativePath(file)}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    await vscode.window.showTextDocument(document, { preview: false });
    for (const note of this.notes.get(file.toString()) ?? []) {
      void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(file)}: ${note}`);
    }
  }

  /** A file changed on disk: its view, if open, is read again. */
  private refresh(file: vscode.Uri): void {
    const view = file.with({ scheme: DocumentViewScheme });
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === view.toString())) {
      this.changed.fire(view);
    }
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
