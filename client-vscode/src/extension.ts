// Resolint for VS Code: a thin client. The language server does the checking; this starts it, maps the
// settings, and adds what only an editor can: commands, a status bar item, snippets and highlighting.
import * as vscode from 'vscode';
import { WorkspaceCheck } from './commands/checkWorkspace';
import { newDraftResolution } from './commands/newDraft';
import { renumberOperativeParagraphs } from './commands/renumber';
import { showRuleDocumentation } from './commands/ruleDocumentation';
import { DraftStatusBar } from './draftStatusBar';
import { ServerConnection } from './serverConnection';

let connection: ServerConnection | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Resolint', { log: true });
  connection = new ServerConnection(context.extensionPath, output);
  const server = connection;
  const workspaceCheck = new WorkspaceCheck(server);
  context.subscriptions.push(
    workspaceCheck,
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
  );
  server.startIfDraftsOpen();
}

export async function deactivate(): Promise<void> {
  await connection?.stop();
}
