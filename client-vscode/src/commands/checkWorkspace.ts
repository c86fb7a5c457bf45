// "Resolint: Check All Drafts in the Workspace": opens every draft in the workspace as a document (not in an
// editor), so the language server checks it on didOpen and its problems land in the Problems panel. This uses
// the same server, settings and quick fixes as the open editors, with no second output format to parse.
import * as vscode from 'vscode';
import { attachGlobs, DraftFileGlob } from '../draftSelector';
import { ServerConnection } from '../serverConnection';

const Excluded = '**/{node_modules,.git,bin,obj}/**';

export async function checkAllDrafts(connection: ServerConnection): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Open a folder first: Resolint checks the drafts in the workspace folders.');
    return;
  }
  const globs = [DraftFileGlob, ...attachGlobs(vscode.workspace.getConfiguration('resolint').get<unknown[]>('attachTo') ?? [])];
  const files = new Map<string, vscode.Uri>();
  for (const glob of globs) {
    for (const uri of await vscode.workspace.findFiles(glob, Excluded)) {
      files.set(uri.toString(), uri);
    }
  }
  if (files.size === 0) {
    void vscode.window.showInformationMessage(
      'No drafts found: Resolint checks *.res.md, *.res.txt and *.resolution files, and files matching resolint.attachTo.',
    );
    return;
  }

  await connection.start();
  if (!connection.runningClient) {
    void vscode.window.showErrorMessage('Resolint\'s server is not running; see the Resolint output for why.');
    return;
  }
  let opened = 0;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Resolint: checking drafts', cancellable: true },
    async (progress, token) => {
      for (const uri of files.values()) {
        if (token.isCancellationRequested) {
          break;
        }
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.size });
        const document = await vscode.workspace.openTextDocument(uri);
        // A Markdown or text file opened here matches the selector only through attachTo; anything else is skipped.
        if (connection.isDraft(document)) {
          opened++;
        }
      }
    },
  );
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.setStatusBarMessage(`Resolint: checked ${opened} draft${opened === 1 ? '' : 's'}`, 5000);
}
