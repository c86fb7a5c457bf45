// The language client's life: find the server, start it when the first draft opens, restart it on demand
// or when the settings that shape it change, and say plainly what is wrong when it cannot start.
import * as fs from 'fs';
import * as os from 'os';
import * as readline from 'readline';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ResponseError,
  RevealOutputChannelOn,
  ServerOptions,
} from 'vscode-languageclient/node';
import { DraftFilter, draftSelector } from './draftSelector';
import { stderrLevel } from './serverLog';
import { locateServer, Machine, ServerProblem } from './serverLocation';
import { ServerSettings, toServerSettings } from './settings';

/** Settings that change which server runs or which documents it sees: a change needs a restart. */
const RestartSettings = ['resolint.server.path', 'resolint.attachTo'];

export class ServerConnection implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  /** Set when the last start failed, so opening more drafts does not repeat the same error. */
  private failed = false;
  private readonly reportedSettingProblems = new Set<string>();
  private readonly changed = new vscode.EventEmitter<LanguageClient | undefined>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** Fires with the running client after a start, and with undefined when it stops. */
  readonly onDidChangeClient = this.changed.event;

  constructor(
    private readonly extensionPath: string,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.startFor(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (RestartSettings.some((setting) => event.affectsConfiguration(setting)) && (this.client || this.failed)) {
          this.output.info('Resolint settings changed; restarting the server.');
          void this.restart();
        }
      }),
    );
  }

  /** The running client, or undefined while none runs. */
  get runningClient(): LanguageClient | undefined {
    return this.client?.isRunning() ? this.client : undefined;
  }

  /** The running client, started if need be; undefined when the server cannot run, which the user is told. */
  async readyClient(): Promise<LanguageClient | undefined> {
    await this.start();
    const client = this.runningClient;
    if (!client) {
      void vscode.window.showErrorMessage('Resolint\'s server is not running; see the Resolint output for why.');
    }
    return client;
  }

  /** The documents the server checks, as the settings say now. */
  get selector(): DraftFilter[] {
    return draftSelector(vscode.workspace.getConfiguration('resolint').get<unknown[]>('attachTo') ?? []);
  }

  isDraft(document: vscode.TextDocument): boolean {
    return vscode.languages.match(this.selector, document) > 0;
  }

  /** Starts the server if a draft is already open; otherwise it starts when the first one opens. */
  startIfDraftsOpen(): void {
    const draft = vscode.workspace.textDocuments.find((document) => this.isDraft(document));
    if (draft) {
      this.startFor(draft);
    }
  }

  private startFor(document: vscode.TextDocument): void {
    if (!this.client && !this.starting && !this.failed && this.isDraft(document)) {
      void this.start();
    }
  }

  /** Starts the server unless it runs or is starting; resolves once it runs or has failed to start. */
  start(): Promise<void> {
    if (!this.starting && !this.client) {
      this.starting = this.launch().finally(() => (this.starting = undefined));
    }
    return this.starting ?? Promise.resolve();
  }

  async restart(): Promise<void> {
    await this.starting;
    await this.stop();
    this.failed = false;
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) {
      this.changed.fire(undefined);
      try {
        await client.dispose(5000);
      } catch (error) {
        this.output.warn(`The server did not stop cleanly: ${String(error)}`);
      }
    }
  }

  private async launch(): Promise<void> {
    const lookup = locateServer(
      {
        configuredPath: vscode.workspace.getConfiguration('resolint').get<string>('server.path'),
        extensionPath: this.extensionPath,
        workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
      },
      thisMachine(),
    );
    if (!lookup.found) {
      this.failed = true;
      this.output.error(lookup.problem.message);
      void showServerProblem(lookup.problem);
      return;
    }
    const server = lookup.server;
    makeExecutable(server.command);
    const variables = Object.entries(server.env).map(([name, value]) => `${name}=${value}`);
    this.output.info(`Starting ${server.origin}: ${[...variables, server.command, ...server.args].join(' ')}`);

    // No `transport`: with TransportKind.stdio the client would append --stdio to the arguments.
    const serverOptions: ServerOptions = { command: server.command, args: server.args, options: { env: { ...process.env, ...server.env } } };
    const clientOptions: LanguageClientOptions = {
      documentSelector: this.selector,
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      stdioOptions: {
        stdout: (input, channel) => readLines(input, (line) => channel.info(line)),
        stderr: (input, channel) => readLines(input, (line) => channel[stderrLevel(line)](line)),
      },
      synchronize: { configurationSection: 'resolint' },
      middleware: {
        workspace: {
          // The server asks for the section "resolint"; it gets the checked settings, not the raw ones.
          configuration: async (params, token, next) => {
            const values = await next(params, token);
            if (values instanceof ResponseError) {
              return values;
            }
            return params.items.map((item, index) =>
              item.section === 'resolint' ? this.serverSettings(item.scopeUri) : values[index],
            );
          },
          // The same checked settings are pushed on a change, for a server that reads the notification.
          didChangeConfiguration: async () => {
            try {
              await client.sendNotification(DidChangeConfigurationNotification.type, {
                settings: { resolint: this.serverSettings(undefined) },
              });
            } catch (error) {
              // A client stopping for a restart cannot be told; the next one reads the settings when it starts.
              if (client.isRunning()) {
                throw error;
              }
            }
          },
        },
      },
    };
    const client = new LanguageClient('resolint', 'Resolint', serverOptions, clientOptions);
    this.client = client;
    try {
      await client.start();
    } catch (error) {
      this.client = undefined;
      this.failed = true;
      const message = `Resolint's server did not start (${server.command}): ${error instanceof Error ? error.message : String(error)}`;
      this.output.error(message);
      void vscode.window.showErrorMessage(message, 'Show Log', 'Open Setting').then((choice) => {
        if (choice === 'Show Log') {
          this.output.show(true);
        } else if (choice === 'Open Setting') {
          void vscode.commands.executeCommand('workbench.action.openSettings', 'resolint.server.path');
        }
      });
      await client.dispose(2000).catch(() => undefined);
      return;
    }
    this.changed.fire(client);
  }

  private serverSettings(scopeUri: string | undefined): ServerSettings {
    const scope = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
    const folder = (scope && vscode.workspace.getWorkspaceFolder(scope)) ?? vscode.workspace.workspaceFolders?.[0];
    const configuration = vscode.workspace.getConfiguration('resolint', scope ?? folder?.uri);
    const mapped = toServerSettings(
      { rules: configuration.get('rules'), corpus: configuration.get('corpus'), catalogue: configuration.get('catalogue'), italics: configuration.get('italics') },
      folder?.uri.fsPath,
      os.homedir(),
    );
    for (const problem of mapped.problems) {
      if (!this.reportedSettingProblems.has(problem)) {
        this.reportedSettingProblems.add(problem);
        this.output.warn(problem);
      }
    }
    return mapped.settings;
  }

  dispose(): void {
    void this.stop();
    this.changed.dispose();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

async function showServerProblem(problem: ServerProblem): Promise<void> {
  const openSetting = 'Open Setting';
  const getDotnet = 'Get .NET 10';
  const actions = problem.remedy === 'install-dotnet' ? [getDotnet, openSetting] : [openSetting];
  const choice = await vscode.window.showErrorMessage(problem.message, ...actions);
  if (choice === openSetting) {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'resolint.server.path');
  } else if (choice === getDotnet) {
    await vscode.env.openExternal(vscode.Uri.parse('https://dotnet.microsoft.com/download/dotnet/10.0'));
  }
}

function readLines(input: NodeJS.ReadableStream, line: (text: string) => void): void {
  readline.createInterface({ input, crlfDelay: Infinity, terminal: false }).on('line', line);
}

/** A VSIX is a zip file; where an unpacker dropped the executable bit, put it back rather than fail. */
function makeExecutable(file: string): void {
  if (process.platform === 'win32' || file.toLowerCase().endsWith('.dll')) {
    return;
  }
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch {
    try {
      fs.chmodSync(file, 0o755);
    } catch {
      // Left as it is: the start fails with the operating system's own message, shown in the log.
    }
  }
}

function thisMachine(): Machine {
  return {
    platform: process.platform,
    arch: process.arch,
    env: process.env,
    homeDir: os.homedir(),
    isFile: (file) => {
      try {
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    },
    modifiedAt: (file) => {
      try {
        return fs.statSync(file).mtimeMs;
      } catch {
        return undefined;
      }
    },
    listFolder: (folder) => {
      try {
        return fs.readdirSync(folder);
      } catch {
        return [];
      }
    },
    realPath: (file) => {
      try {
        return fs.realpathSync(file);
      } catch {
        return file;
      }
    },
    readText: (file) => {
      try {
        return fs.readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}
