import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stderrLevel } from '../src/serverLog';

describe('stderrLevel', () => {
  it('keeps routine log lines (also forwarded as window/logMessage) at trace', () => {
    assert.equal(stderrLevel('20:32:48.383 info: resolint.lsp[0] Conventions learned from 5 corpus files.'), 'trace');
    assert.equal(stderrLevel('dbug: resolint.lsp[0] didOpen file:///draft.res.txt'), 'trace');
  });

  it('shows warnings and failures', () => {
    assert.equal(stderrLevel('20:49:17.563 warn: resolint.lsp[0] The client closed the connection without exit.'), 'warn');
    assert.equal(stderrLevel('20:49:17.563 fail: resolint.lsp[0] Handler threw'), 'error');
    assert.equal(stderrLevel('crit: resolint.lsp[0] Cannot start'), 'error');
  });

  it('shows anything that is not a log line as an error', () => {
    assert.equal(stderrLevel('You must install or update .NET to run this application.'), 'error');
    assert.equal(stderrLevel('Unhandled exception. System.IO.IOException: Broken pipe'), 'error');
    assert.equal(stderrLevel('   at Resolint.Lsp.ServerHost.Start()'), 'error');
  });
});
