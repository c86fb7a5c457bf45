// "Resolint: Export Draft to Word" and "… to Akoma Ntoso": the user picks where, the server writes the file
// (resolint.export) from the draft as it stands in the editor, unsaved changes included.
import * as path from 'path';
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { defaultExportPath, ExportForm } from '../exportTarget';
import { ServerConnection } from '../serverConnection';

/** The server's command (workspace/executeCommand), arguments [{ uri, to, target }]. */
export const ServerExportCommand = 'resolint.export';

const FormNames: Record<ExportForm, { title: string; filter: Record<string, string[]> }> = {
  docx: { title: 'Word', filter: { 'Word document': ['docx'] } },
  akn: { title: 'Akoma Ntoso', filter: { 'Akoma Ntoso XML': ['xml'] } },
};

export async function exportDraft(connection: ServerConnection, form: ExportForm): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !connection.isDraft(editor.document)) {
    void vscode.window.showInformationMessage(`Open a draft resolution to export it to ${FormNames[form].title}.`);
    return;
  }
  const draft = editor.document.uri;
  // An unsaved draft has no folder of its own: its export is offered in the workspace folder.
  const draftPath = draft.scheme === 'untitled'
    ? path.join(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '', 'draft')
    : draft.fsPath;
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.file(defaultExportPath(draftPath, form)),
    filters: FormNames[form].filter,
    saveLabel: 'Export',
    title: `Export the draft to ${FormNames[form].title}`,
  });
  if (!target) {
    return;
  }
  const client = await connection.readyClient();
  if (!client) {
    return;
  }
  let written: vscode.Uri;
  try {
    const result: { uri: string } = await client.sendRequest(ExecuteCommandRequest.type, {
      command: ServerExportCommand,
      arguments: [{ uri: client.code2ProtocolConverter.asUri(draft), to: form, target: client.code2ProtocolConverter.asUri(target) }],
    });
    written = client.protocol2CodeConverter.asUri(result.uri);
  } catch (error) {
    void vscode.window.showErrorMessage(`Export to ${FormNames[form].title} failed: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const choice = await vscode.window.showInformationMessage(`Exported the draft to ${vscode.workspace.asRelativePath(written)}.`, 'Open');
  if (choice === 'Open') {
    // Word opens a .docx; the XML is text, shown here.
    await (form === 'docx' ? vscode.env.openExternal(written) : vscode.window.showTextDocument(written));
  }
}
