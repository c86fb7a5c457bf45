import * as vscode from 'vscode';

/** The server marks its diagnostics with this source; the client keeps them in collections of its own making. */
export const DiagnosticSource = 'resolint';

/** Resolint's problems in one document, or in all documents when no URI is given. */
export function resolintDiagnostics(uri?: vscode.Uri): vscode.Diagnostic[] {
  const all = uri ? vscode.languages.getDiagnostics(uri) : vscode.languages.getDiagnostics().flatMap(([, diagnostics]) => diagnostics);
  return all.filter((diagnostic) => diagnostic.source === DiagnosticSource);
}
