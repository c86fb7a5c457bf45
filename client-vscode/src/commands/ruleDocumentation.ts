// "Resolint: Show Rule Documentation": pick a rule, read its page (docs/rules/<ID>.md) rendered as Markdown.
import * as vscode from 'vscode';
import { findRulePages, mergeRuleSources, RulePage } from '../ruleDocs';
import { resolintDiagnostics } from '../resolintDiagnostics';

/** Rules named by the problems showing, with the link the server gave for each. */
function rulesInDiagnostics(): Array<{ id: string; uri?: string }> {
  const rules: Array<{ id: string; uri?: string }> = [];
  for (const { code } of resolintDiagnostics()) {
    if (typeof code === 'object') {
      rules.push({ id: String(code.value), uri: code.target.toString() });
    } else if (code !== undefined) {
      rules.push({ id: String(code) });
    }
  }
  return rules;
}

/** Shows the page of `ruleId`, or asks which rule first. */
export async function showRuleDocumentation(extensionPath: string, ruleId?: string): Promise<void> {
  const rules = mergeRuleSources(findRulePages(extensionPath), rulesInDiagnostics());
  let rule: RulePage | undefined = ruleId ? rules.find((r) => r.id === ruleId.toUpperCase()) : undefined;
  if (!rule) {
    if (rules.length === 0) {
      void vscode.window.showInformationMessage('No rule documentation is installed, and no Resolint problem is showing to look up.');
      return;
    }
    const picked = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.id, description: r.title === r.id ? undefined : r.title, rule: r })),
      { placeHolder: 'Which rule?', matchOnDescription: true },
    );
    rule = picked?.rule;
  }
  if (!rule) {
    return;
  }
  if (rule.file) {
    const uri = vscode.Uri.file(rule.file);
    // The built-in Markdown preview renders the page; without it the Markdown source still reads well.
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      await vscode.window.showTextDocument(uri, { preview: true });
    }
  } else {
    await vscode.env.openExternal(vscode.Uri.parse(rule.uri));
  }
}
