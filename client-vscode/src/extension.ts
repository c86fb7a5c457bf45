// Resolint for VS Code: a thin client. The language server does the checking; this starts it, maps the
// settings, and adds what only an editor can: commands, a status bar item, snippets and highlighting, and the
// read-only view of a Word or Akoma Ntoso draft, whose rendering the server gives.
import * as vscode from 'vscode';
import { WorkspaceCheck } from './commands/checkWorkspace';
import { exportDraft } from './commands/exportDraft';
import { newDraftResolution } from './commands/newDraft';
import { renumberOperativeParagraphs } from './commands/renumber';
import { showRuleDocumentation } from './commands/ruleDocumentation';
import { DocumentViews } from './documentView';
import { DraftStatusBar } from './draftStatusBar';
import { ServerConnection } from './serverConnection';

let connection: ServerConnection | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Resolint', { log: true });
  connection = new ServerConnection(context.extensionPath, output);
  const server = connection;
  const workspaceCheck = new WorkspaceCheck(server);
  const documentViews = new DocumentViews(server);
  context.subscriptions.push(
    workspaceCheck,
    documentViews,
    output,
    server,
    new DraftStatusBar(server),
    vscode.commands.registerCommand('resolint.restartServer', () => server.restart()),
    vscode.commands.registerCommand('resolint.renumberOperativeParagraphs', () => renumberOperativeParagraphs(server)),
    vscode.commands.registerCommand('resolint.checkWorkspace', () => workspaceCheck.run()),
    vscode.commands.registerCommand('resolint.showRuleDocumentation', (ruleId?: unknown) =>
      showRuleDocumentation(context.extensionPath, typeof ruleId === 'string' ? ruleId : undefined),
    ),
    vscode.commands.registerCommand('resolint.newDraft', () => newDraftResolution()),
    vscode.commands.registerCommand('resolint.openDocument', (file?: unknown) =>
      documentViews.open(file instanceof vscode.Uri ? file : undefined),
    ),
    vscode.commands.registerCommand('resolint.exportToWord', () => exportDraft(server, 'docx')),
    vscode.commands.registerCommand('resolint.exportToAkn', () => exportDraft(server, 'akn')),
  );
  server.startIfDraftsOpen();
}

export async function deactivate(): Promise<void> {
  await connection?.stop();
}
