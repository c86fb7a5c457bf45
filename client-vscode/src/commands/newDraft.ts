// "Resolint: New Draft Resolution": an untitled draft with the skeleton of the chosen organ, its fields as tab stops.
import * as vscode from 'vscode';
import { DraftLanguage } from '../draftSelector';
import { organChoices, skeletonSnippet } from '../draftSkeleton';

export async function newDraftResolution(): Promise<void> {
  const choice = await vscode.window.showQuickPick(
    organChoices().map((choice) => ({ label: choice.label, detail: choice.detail, organ: choice.organ })),
    { placeHolder: 'A draft resolution of which organ?' },
  );
  if (!choice) {
    return;
  }
  const document = await vscode.workspace.openTextDocument({ language: DraftLanguage, content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(skeletonSnippet(choice.organ)));
}
