import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandPath, locateServer, Machine, runtimeIdentifier, usesMusl } from '../src/serverLocation';

/**
 * A pretend machine: files with modification times, symbolic links, the .NET runtimes under each dotnet root, and
 * the text of the files read.
 */
function machine(options: {
  files?: Record<string, number>;
  links?: Record<string, string>;
  runtimes?: Record<string, string[]>;
  texts?: Record<string, string>;
  env?: Record<string, string>;
  platform?: NodeJS.Platform;
  arch?: string;
}): Machine {
  const files = options.files ?? {};
  return {
    platform: options.platform ?? 'linux',
    arch: options.arch ?? 'x64',
    env: options.env ?? { PATH: '/usr/bin:/bin' },
    homeDir: '/home/drafter',
    isFile: (file) => file in files,
    modifiedAt: (file) => files[file],
    listFolder: (folder) => options.runtimes?.[folder] ?? [],
    realPath: (file) => options.links?.[file] ?? file,
    readText: (file) => options.texts?.[file],
  };
}

const ext = '/checkout/client-vscode';
const search = { configuredPath: '', extensionPath: ext, workspaceFolder: '/work/drafts' };
const dotnet10 = {
  files: { '/usr/bin/dotnet': 1 },
  links: { '/usr/bin/dotnet': '/usr/share/dotnet/dotnet' },
  runtimes: { '/usr/share/dotnet/shared/Microsoft.NETCore.App': ['8.0.20', '10.0.12'] },
};
/** A machine with dotnet 10 and these servers in the extension's server/ folder. */
function bundled(servers: string[], options: Parameters<typeof machine>[0] = {}): Machine {
  const files = Object.fromEntries(servers.map((server) => [`${ext}/server/${server}`, 1]));
  return machine({ ...dotnet10, ...options, files: { ...dotnet10.files, ...files } });
}
/** Alpine's ldd is musl's loader; glibc's is a script of its own. */
const alpine = { texts: { '/usr/bin/ldd': '#!/bin/sh\nexec /lib/ld-musl-x86_64.so.1 --list "$@"\n' } };

describe('locateServer', () => {
  it('prefers the NativeAOT server bundled for this platform', () => {
    const m = machine({ ...dotnet10, files: { ...dotnet10.files, [`${ext}/server/linux-x64/resolint`]: 1, [`${ext}/server/any/resolint.dll`]: 1 } });
    const lookup = locateServer(search, m);
    assert.ok(lookup.found);
    assert.equal(lookup.server.command, `${ext}/server/linux-x64/resolint`);
    assert.deepEqual(lookup.server.args, ['lsp']);
  });

  it('runs the bundled framework-dependent server with dotnet when there is no native one', () => {
    const m = machine({ ...dotnet10, files: { ...dotnet10.files, [`${ext}/server/any/resolint.dll`]: 1 } });
    const lookup = locateServer(search, m);
    assert.ok(lookup.found);
    assert.equal(lookup.server.command, '/usr/bin/dotnet');
    assert.deepEqual(lookup.server.args, [`${ext}/server/any/resolint.dll`, 'lsp']);
  });

  it("gives a framework-dependent server the NativeAOT build's generation 0 budget, which its runtime reads from the environment alone", () => {
    const dll = locateServer(search, bundled(['any/resolint.dll']));
    assert.ok(dll.found);
    assert.deepEqual(dll.server.env, { DOTNET_GCgen0size: '4000000' });
    const native = locateServer(search, bundled(['linux-x64/resolint']));
    assert.ok(native.found);
    assert.deepEqual(native.server.env, {});
  });

  it('keeps a generation 0 budget the drafter set in the environment', () => {
    const lookup = locateServer(search, bundled(['any/resolint.dll'], { env: { PATH: '/usr/bin:/bin', DOTNET_GCgen0size: '1000000' } }));
    assert.ok(lookup.found);
    assert.deepEqual(lookup.server.env, {});
  });

  it('runs the ReadyToRun server bundled for this platform with dotnet, before the one for any platform', () => {
    const lookup = locateServer(search, bundled(['linux-x64/resolint.dll', 'any/resolint.dll']));
    assert.ok(lookup.found);
    assert.equal(lookup.server.command, '/usr/bin/dotnet');
    assert.deepEqual(lookup.server.args, [`${ext}/server/linux-x64/resolint.dll`, 'lsp']);
    assert.equal(lookup.server.origin, 'the server bundled with the extension (ReadyToRun, linux-x64), with /usr/bin/dotnet');
  });

  it('prefers the NativeAOT server to the ReadyToRun one for the same platform', () => {
    const lookup = locateServer(search, bundled(['linux-x64/resolint', 'linux-x64/resolint.dll']));
    assert.ok(lookup.found);
    assert.equal(lookup.server.command, `${ext}/server/linux-x64/resolint`);
  });

  it('passes over the ReadyToRun server of another platform', () => {
    const lookup = locateServer(search, bundled(['osx-arm64/resolint.dll', 'any/resolint.dll']));
    assert.ok(lookup.found);
    assert.deepEqual(lookup.server.args, [`${ext}/server/any/resolint.dll`, 'lsp']);
  });

  it('finds the ReadyToRun server of an Apple silicon Mac', () => {
    const m = machine({
      platform: 'darwin',
      arch: 'arm64',
      env: { PATH: '/usr/bin' },
      files: { '/usr/local/share/dotnet/dotnet': 1, [`${ext}/server/osx-arm64/resolint.dll`]: 1, [`${ext}/server/any/resolint.dll`]: 1 },
      runtimes: { '/usr/local/share/dotnet/shared/Microsoft.NETCore.App': ['10.0.1'] },
    });
    const lookup = locateServer(search, m);
    assert.ok(lookup.found);
    assert.equal(lookup.server.command, '/usr/local/share/dotnet/dotnet');
    assert.deepEqual(lookup.server.args, [`${ext}/server/osx-arm64/resolint.dll`, 'lsp']);
  });

  it('on Alpine takes the musl server and never the glibc NativeAOT one', () => {
    const musl = locateServer(search, bundled(['linux-x64/resolint', 'linux-musl-x64/resolint.dll', 'any/resolint.dll'], alpine));
    assert.ok(musl.found);
    assert.deepEqual(musl.server.args, [`${ext}/server/linux-musl-x64/resolint.dll`, 'lsp']);
    assert.match(musl.server.origin, /ReadyToRun, linux-musl-x64/);

    const universal = locateServer(search, bundled(['linux-x64/resolint', 'any/resolint.dll'], alpine));
    assert.ok(universal.found);
    assert.deepEqual(universal.server.args, [`${ext}/server/any/resolint.dll`, 'lsp']);
  });

  it('in a source checkout takes the newer of the Release and Debug builds', () => {
    const release = '/checkout/server/Resolint/bin/Release/net10.0/resolint.dll';
    const debug = '/checkout/server/Resolint/bin/Debug/net10.0/resolint.dll';
    const newerDebug = locateServer(search, machine({ ...dotnet10, files: { ...dotnet10.files, [release]: 100, [debug]: 200 } }));
    assert.ok(newerDebug.found);
    assert.deepEqual(newerDebug.server.args, [debug, 'lsp']);
    const newerRelease = locateServer(search, machine({ ...dotnet10, files: { ...dotnet10.files, [release]: 300, [debug]: 200 } }));
    assert.ok(newerRelease.found);
    assert.deepEqual(newerRelease.server.args, [release, 'lsp']);
  });

  it('lets resolint.server.path override the bundled server, relative to the workspace folder', () => {
    const m = machine({ files: { '/work/drafts/tools/resolint': 1, [`${ext}/server/linux-x64/resolint`]: 1 } });
    const lookup = locateServer({ ...search, configuredPath: 'tools/resolint' }, m);
    assert.ok(lookup.found);
    assert.equal(lookup.server.command, '/work/drafts/tools/resolint');
    assert.deepEqual(lookup.server.args, ['lsp']);
  });

  it('runs a configured .dll with dotnet', () => {
    const m = machine({ ...dotnet10, files: { ...dotnet10.files, '/home/drafter/resolint/resolint.dll': 1 } });
    const lookup = locateServer({ ...search, configuredPath: '~/resolint/resolint.dll' }, m);
    assert.ok(lookup.found);
    assert.equal(lookup.server.command, '/usr/bin/dotnet');
    assert.deepEqual(lookup.server.args, ['/home/drafter/resolint/resolint.dll', 'lsp']);
  });

  it('says which configured path is missing instead of falling back silently', () => {
    const m = machine({ files: { [`${ext}/server/linux-x64/resolint`]: 1 } });
    const lookup = locateServer({ ...search, configuredPath: '/opt/resolint/resolint' }, m);
    assert.ok(!lookup.found);
    assert.equal(lookup.problem.remedy, 'fix-server-path');
    assert.match(lookup.problem.message, /\/opt\/resolint\/resolint, which does not exist/);
  });

  it('asks for the .NET 10 runtime when dotnet has only older runtimes', () => {
    const m = machine({
      files: { '/usr/bin/dotnet': 1, [`${ext}/server/any/resolint.dll`]: 1 },
      runtimes: { '/usr/bin/shared/Microsoft.NETCore.App': ['8.0.20'] },
    });
    const lookup = locateServer(search, m);
    assert.ok(!lookup.found);
    assert.equal(lookup.problem.remedy, 'install-dotnet');
    assert.match(lookup.problem.message, /needs the \.NET 10 runtime/);
    assert.match(lookup.problem.message, /\/usr\/bin\/dotnet \(has 8\.0\.20\)/);
    assert.match(lookup.problem.message, /resolint\.server\.path/);
  });

  it('says no dotnet was found when there is none at all', () => {
    const m = machine({ files: { [`${ext}/server/any/resolint.dll`]: 1 } });
    const lookup = locateServer(search, m);
    assert.ok(!lookup.found);
    assert.match(lookup.problem.message, /No dotnet was found/);
  });

  it('finds dotnet through DOTNET_ROOT before PATH', () => {
    const m = machine({
      env: { DOTNET_ROOT: '/opt/dotnet', PATH: '/usr/bin' },
      files: { '/opt/dotnet/dotnet': 1, '/usr/bin/dotnet': 1, [`${ext}/server/any/resolint.dll`]: 1 },
      runtimes: { '/opt/dotnet/shared/Microsoft.NETCore.App': ['10.0.1'], '/usr/bin/shared/Microsoft.NETCore.App': ['10.0.12'] },
    });
    const lookup = locateServer(search, m);
    assert.ok(lookup.found);
    assert.equal(lookup.server.command, '/opt/dotnet/dotnet');
  });

  it('falls back to the usual install folders when dotnet is not on PATH', () => {
    const m = machine({
      env: { PATH: '/bin' },
      files: { '/home/drafter/.dotnet/dotnet': 1, [`${ext}/server/any/resolint.dll`]: 1 },
      runtimes: { '/home/drafter/.dotnet/shared/Microsoft.NETCore.App': ['10.0.0'] },
    });
    const lookup = locateServer(search, m);
    assert.ok(lookup.found);
    assert.equal(lookup.server.command, '/home/drafter/.dotnet/dotnet');
  });

  it('says so when there is no server anywhere', () => {
    const lookup = locateServer(search, machine(dotnet10));
    assert.ok(!lookup.found);
    assert.equal(lookup.problem.remedy, 'fix-server-path');
    assert.match(lookup.problem.message, /could not find its server/);
  });
});

describe('runtimeIdentifier', () => {
  it('names the .NET runtime identifiers NativeAOT publishes for', () => {
    assert.equal(runtimeIdentifier('linux', 'x64'), 'linux-x64');
    assert.equal(runtimeIdentifier('darwin', 'arm64'), 'osx-arm64');
    assert.equal(runtimeIdentifier('win32', 'x64'), 'win-x64');
    assert.equal(runtimeIdentifier('linux', 'x64', true), 'linux-musl-x64');
    assert.equal(runtimeIdentifier('linux', 'ia32'), undefined);
    assert.equal(runtimeIdentifier('aix', 'x64'), undefined);
  });
});

describe('usesMusl', () => {
  it("tells musl from glibc by the C library's ldd, and glibc where there is none", () => {
    assert.equal(usesMusl(machine(alpine)), true);
    assert.equal(usesMusl(machine({ texts: { '/usr/bin/ldd': '#!/bin/bash\n# This file is part of the GNU C Library.\n' } })), false);
    assert.equal(usesMusl(machine({})), false);
    assert.equal(usesMusl(machine({ ...alpine, platform: 'darwin' })), false);
  });
});

describe('expandPath', () => {
  it('expands ~ and ${workspaceFolder} and keeps absolute paths', () => {
    const home = { homeDir: '/home/drafter' };
    assert.equal(expandPath('~/corpus', '/ws', home), '/home/drafter/corpus');
    assert.equal(expandPath('${workspaceFolder}/seeds', '/ws', home), '/ws/seeds');
    assert.equal(expandPath('seeds/../corpus', '/ws', home), '/ws/corpus');
    assert.equal(expandPath('/abs/corpus', '/ws', home), '/abs/corpus');
  });
});
