// Where the Resolint server is and how to start it. No 'vscode' import: the order of the search is
// unit-tested with a pretend file system.
import * as path from 'path';

/** How to start the server: `<command> <args...>`, passed to the process unchanged. */
export interface ServerCommand {
  command: string;
  args: string[];
  /** Where it came from, for the output channel ("the server bundled with the extension (NativeAOT)"). */
  origin: string;
  /** Variables set in the server's environment besides the editor's own. */
  env: Record<string, string>;
}

/** Why no server could be started, said so a drafter can act on it. */
export interface ServerProblem {
  message: string;
  /** What helps: installing the .NET 10 runtime, or correcting the path setting. */
  remedy: 'install-dotnet' | 'fix-server-path';
}

export type ServerLookup = { found: true; server: ServerCommand } | { found: false; problem: ServerProblem };

/** The few facts about the machine the search needs; the extension passes the real ones. */
export interface Machine {
  platform: NodeJS.Platform;
  arch: string;
  env: Record<string, string | undefined>;
  homeDir: string;
  isFile(file: string): boolean;
  /** Modification time in ms, or undefined when the file does not exist. */
  modifiedAt(file: string): number | undefined;
  /** Entries of a folder; empty when it does not exist. */
  listFolder(folder: string): string[];
  /** The path with symbolic links resolved (dotnet on PATH is usually a link into its install folder). */
  realPath(file: string): string;
  /** The text of a file, or undefined when it cannot be read. */
  readText(file: string): string | undefined;
}

export interface ServerSearch {
  /** The `resolint.server.path` setting, as the user wrote it. */
  configuredPath: string | undefined;
  /** The extension's own folder (client-vscode/ in a source checkout). */
  extensionPath: string;
  /** First workspace folder: where a relative `resolint.server.path` is taken from. */
  workspaceFolder: string | undefined;
}

/** The .NET major version the server targets (server/*.csproj: net10.0). */
export const RequiredDotnetMajor = 10;

const DotnetDownload = 'https://dotnet.microsoft.com/download/dotnet/10.0';

/**
 * Finds the server, in this order:
 * 1. the `resolint.server.path` setting (an executable, or a .dll run with dotnet);
 * 2. the NativeAOT server bundled for this platform: <extension>/server/<rid>/resolint;
 * 3. the framework-dependent server compiled ahead of time for this platform (ReadyToRun), run with dotnet:
 *    <extension>/server/<rid>/resolint.dll, which a platform's own VSIX carries (scripts/bundle-server.sh TARGET);
 * 4. the framework-dependent server bundled for any platform: <extension>/server/any/resolint.dll;
 * 5. in a source checkout, the server built beside the extension: server/Resolint/bin/{Release,Debug}/net10.0/resolint.dll.
 */
export function locateServer(search: ServerSearch, machine: Machine): ServerLookup {
  const configured = search.configuredPath?.trim();
  if (configured) {
    return fromConfiguredPath(expandPath(configured, search.workspaceFolder, machine), machine);
  }

  const exe = machine.platform === 'win32' ? 'resolint.exe' : 'resolint';
  const rid = runtimeIdentifier(machine.platform, machine.arch, usesMusl(machine));
  if (rid) {
    const native = path.join(search.extensionPath, 'server', rid, exe);
    if (machine.isFile(native)) {
      return found(native, [], 'the server bundled with the extension (NativeAOT, ' + rid + ')');
    }
    const readyToRun = path.join(search.extensionPath, 'server', rid, 'resolint.dll');
    if (machine.isFile(readyToRun)) {
      return withDotnet(readyToRun, 'the server bundled with the extension (ReadyToRun, ' + rid + ')', machine);
    }
  }

  const bundledDll = path.join(search.extensionPath, 'server', 'any', 'resolint.dll');
  if (machine.isFile(bundledDll)) {
    return withDotnet(bundledDll, 'the server bundled with the extension (runs on .NET ' + RequiredDotnetMajor + ')', machine);
  }

  const built = newestSourceBuild(search.extensionPath, machine);
  if (built) {
    return withDotnet(built, 'the server built in this source checkout', machine);
  }

  return {
    found: false,
    problem: {
      message:
        'Resolint could not find its server: the extension carries no bundled server and resolint.server.path is not set. ' +
        'Set resolint.server.path to a resolint executable or resolint.dll, or reinstall the extension.',
      remedy: 'fix-server-path',
    },
  };
}

function fromConfiguredPath(file: string, machine: Machine): ServerLookup {
  if (!machine.isFile(file)) {
    return {
      found: false,
      problem: {
        message: `resolint.server.path points at ${file}, which does not exist. Correct the setting or clear it to use the bundled server.`,
        remedy: 'fix-server-path',
      },
    };
  }
  if (file.toLowerCase().endsWith('.dll')) {
    return withDotnet(file, 'the server named by resolint.server.path', machine);
  }
  return found(file, [], 'the server named by resolint.server.path');
}

/**
 * Generation 0's budget the NativeAOT server is compiled with (GCgen0size in server/Resolint/Resolint.csproj; hexadecimal,
 * 64 MB): a framework-dependent runtime reads it from the environment alone. Without it, one keystroke in 12 into a
 * 100 KB draft met a collection (docs/benchmarks.md).
 */
const Gen0Budget = { name: 'DOTNET_GCgen0size', value: '4000000' };

function withDotnet(dll: string, origin: string, machine: Machine): ServerLookup {
  const dotnet = locateDotnet(machine);
  if (dotnet.found) {
    // A budget the drafter set in the environment is theirs to keep.
    const env: Record<string, string> = machine.env[Gen0Budget.name] === undefined ? { [Gen0Budget.name]: Gen0Budget.value } : {};
    return found(dotnet.path, [dll], `${origin}, with ${dotnet.path}`, env);
  }
  return { found: false, problem: { message: dotnet.message, remedy: 'install-dotnet' } };
}

function found(command: string, leadingArgs: string[], origin: string, env: Record<string, string> = {}): ServerLookup {
  return { found: true, server: { command, args: [...leadingArgs, 'lsp'], origin, env } };
}

/** The newer of the Release and Debug builds, so a stale Release build never hides a fresh Debug one. */
function newestSourceBuild(extensionPath: string, machine: Machine): string | undefined {
  const checkout = path.dirname(extensionPath);
  let newest: { file: string; time: number } | undefined;
  for (const configuration of ['Release', 'Debug']) {
    const file = path.join(checkout, 'server', 'Resolint', 'bin', configuration, 'net10.0', 'resolint.dll');
    const time = machine.modifiedAt(file);
    if (time !== undefined && (newest === undefined || time > newest.time)) {
      newest = { file, time };
    }
  }
  return newest?.file;
}

type DotnetLookup = { found: true; path: string } | { found: false; message: string };

/**
 * Finds a `dotnet` host that has the .NET 10 runtime: DOTNET_ROOT first (as the dotnet host itself does),
 * then PATH, then the usual install folders. A host without the 10.x runtime is passed over, and named
 * in the message if nothing better turns up.
 */
export function locateDotnet(machine: Machine): DotnetLookup {
  const exe = machine.platform === 'win32' ? 'dotnet.exe' : 'dotnet';
  const candidates: string[] = [];
  const root = machine.env.DOTNET_ROOT;
  if (root) {
    candidates.push(path.join(root, exe));
  }
  const pathVar = machine.env.PATH ?? machine.env.Path ?? '';
  for (const folder of pathVar.split(machine.platform === 'win32' ? ';' : ':')) {
    if (folder) {
      candidates.push(path.join(folder, exe));
    }
  }
  candidates.push(...usualDotnetFolders(machine).map((folder) => path.join(folder, exe)));

  const withoutRuntime: string[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (!machine.isFile(candidate)) {
      continue;
    }
    const real = machine.realPath(candidate);
    if (seen.has(real)) {
      continue;
    }
    seen.add(real);
    const runtimes = machine.listFolder(path.join(path.dirname(real), 'shared', 'Microsoft.NETCore.App'));
    if (runtimes.some((version) => version.split('.')[0] === String(RequiredDotnetMajor))) {
      return { found: true, path: candidate };
    }
    withoutRuntime.push(`${candidate} (${runtimes.length > 0 ? 'has ' + runtimes.join(', ') : 'no runtimes'})`);
  }

  const looked = withoutRuntime.length > 0 ? ` Found dotnet without it: ${withoutRuntime.join('; ')}.` : ' No dotnet was found on PATH or in DOTNET_ROOT.';
  return {
    found: false,
    message:
      `Resolint's server needs the .NET ${RequiredDotnetMajor} runtime.${looked} ` +
      `Install the .NET ${RequiredDotnetMajor} runtime (${DotnetDownload}) or set resolint.server.path to a self-contained resolint executable.`,
  };
}

function usualDotnetFolders(machine: Machine): string[] {
  switch (machine.platform) {
    case 'win32':
      return [path.join(machine.env.ProgramFiles ?? 'C:\\Program Files', 'dotnet')];
    case 'darwin':
      return ['/usr/local/share/dotnet', '/opt/homebrew/share/dotnet', path.join(machine.homeDir, '.dotnet')];
    default:
      return ['/usr/share/dotnet', '/usr/lib/dotnet', '/usr/local/share/dotnet', path.join(machine.homeDir, '.dotnet')];
  }
}

/**
 * The .NET runtime identifier the platform's servers are published for, e.g. linux-x64, or linux-musl-x64 on
 * Alpine: a server built for glibc does not start there.
 */
export function runtimeIdentifier(platform: NodeJS.Platform, arch: string, musl = false): string | undefined {
  const os =
    platform === 'win32' ? 'win' : platform === 'darwin' ? 'osx' : platform === 'linux' ? (musl ? 'linux-musl' : 'linux') : undefined;
  const cpu = arch === 'x64' || arch === 'arm64' ? arch : undefined;
  return os && cpu ? `${os}-${cpu}` : undefined;
}

/**
 * Whether Linux's C library is musl (Alpine) rather than glibc. ldd is the C library's own script, and reading it
 * is instant; Node's process.report can take seconds where network lookups are slow.
 */
export function usesMusl(machine: Pick<Machine, 'platform' | 'readText'>): boolean {
  return machine.platform === 'linux' && (machine.readText('/usr/bin/ldd')?.includes('musl') ?? false);
}

/** `~` is the home folder; a relative path is taken from the workspace folder. */
export function expandPath(value: string, workspaceFolder: string | undefined, machine: Pick<Machine, 'homeDir'>): string {
  let expanded = value.replace(/\$\{workspaceFolder\}/g, workspaceFolder ?? '');
  if (expanded === '~' || expanded.startsWith('~/') || expanded.startsWith('~\\')) {
    expanded = path.join(machine.homeDir, expanded.slice(1));
  }
  if (!path.isAbsolute(expanded) && workspaceFolder) {
    expanded = path.join(workspaceFolder, expanded);
  }
  return path.normalize(expanded);
}
