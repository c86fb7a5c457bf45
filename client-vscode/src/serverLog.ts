// Where the server's stderr lines belong in the Resolint log channel. No 'vscode' import.

export type LogLevelName = 'trace' | 'info' | 'warn' | 'error';

/** Microsoft.Extensions.Logging's single-line console format: "20:32:48.383 info: resolint.lsp[0] message". */
const FormattedLine = /^(?:\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\s+)?(trce|dbug|info|warn|fail|crit):\s/;

/**
 * The server forwards its log to the editor (window/logMessage) once connected and writes the same lines to
 * stderr, so routine stderr lines go to the trace level: hidden at the default level, not shown twice, there
 * when someone raises the level. Failures may come before the connection exists and stay errors, as does
 * anything that is not a log line at all (the .NET host's "You must install .NET", a crash).
 */
export function stderrLevel(line: string): LogLevelName {
  switch (FormattedLine.exec(line)?.[1]) {
    case 'trce':
    case 'dbug':
    case 'info':
      return 'trace';
    case 'warn':
      return 'warn';
    default:
      return 'error';
  }
}
