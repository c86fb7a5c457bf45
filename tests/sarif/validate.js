// Validates `resolint check --format sarif` output against the official SARIF 2.1.0 JSON schema (as shipped in
// the npm package @microsoft/jest-sarif) with ajv, for the shapes the CLI writes: findings with fixes, silenced
// findings, a clean run. A broken log must fail, so the check itself is checked.
// usage: node validate.js path/to/resolint.dll      The last line is "N passed, N failed".
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Ajv = require('ajv');

const dll = process.argv[2];
if (!dll) { console.error('usage: node validate.js path/to/resolint.dll'); process.exit(2); }
const repo = path.resolve(__dirname, '..', '..');
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const ajv = new Ajv({ schemaId: 'id', allErrors: true, validateSchema: false, logger: false });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(schema);

function sarif(args, cwd) {
  try {
    return JSON.parse(execFileSync('dotnet', [dll, 'check', '--format', 'sarif', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch (e) {
    if (e.stdout) return JSON.parse(e.stdout); // exit 1 (findings) and 2 (unreadable file) still print the log
    throw e;
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'resolint-sarif-'));
fs.writeFileSync(path.join(work, 'silenced.md'),
  'The General Assembly,\n\nRecalling its resolutions,\n\n<!-- resolint-disable-next-line RES101 -->\n2. *Decides* to act.\n');
fs.writeFileSync(path.join(work, 'clean.md'), 'The General Assembly,\n\nRecalling its resolutions,\n\n1. *Decides* to act.\n');

const cases = [
  ['the seeds: findings with rules, locations and fixes', () => sarif(['seeds'], repo), log => log.runs[0].results.length > 0 && log.runs[0].results.some(r => r.fixes)],
  ['a silenced finding', () => sarif(['silenced.md'], work), log => log.runs[0].results.some(r => r.suppressions)],
  ['a clean draft', () => sarif(['clean.md'], work), log => log.runs[0].results.length === 0],
];

let passed = 0; let failed = 0;
for (const [name, run, shape] of cases) {
  const log = run();
  const valid = validate(log);
  const ok = valid && shape(log);
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}`);
  if (!valid) console.log(JSON.stringify(validate.errors.slice(0, 5), null, 2));
  ok ? passed++ : failed++;
}

// The validator must reject a broken log: no version, and a result level SARIF does not know.
const broken = sarif(['seeds'], repo);
delete broken.version;
broken.runs[0].results[0].level = 'fatal';
const rejected = !validate(broken);
console.log(`${rejected ? 'PASS' : 'FAIL'}  a broken log is rejected`);
rejected ? passed++ : failed++;

fs.rmSync(work, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
