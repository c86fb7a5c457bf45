// "Resolint: Renumber Operative Paragraphs": the server computes the edits and applies them through
// workspace/applyEdit, so the renumbering is one undoable step in the editor.
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { ServerConnection } from '../serverConnection';

/** The server's command (workspace/executeCommand), arguments [document URI]. */
export const ServerRenumberCommand = 'resolint.renumber';

export async function renumberOperativeParagraphs(connection: ServerConnection): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !connection.isDraft(editor.document)) {
    void vscode.window.showInformationMessage('Open a draft resolution to renumber its operative paragraphs.');
    return;
  }
  const client = await connection.readyClient();
  if (!client) {
    return;
  }
  try {
    await client.sendRequest(ExecuteCommandRequest.type, {
      command: ServerRenumberCommand,
      arguments: [client.code2ProtocolConverter.asUri(editor.document.uri)],
    });
  } catch (error) {
    void vscode.window.showErrorMessage(`Renumbering failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
