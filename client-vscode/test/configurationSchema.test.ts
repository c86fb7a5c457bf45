// The schema VS Code uses to check .resolint.json as it is typed must say what docs/configuration.md says.
import Ajv from 'ajv';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const extension = path.join(__dirname, '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(extension, 'schemas', 'resolint.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const docs = fs.readFileSync(path.join(extension, '..', 'docs', 'configuration.md'), 'utf8');

/** The documentation's code blocks of a language, with // comments removed (the file allows them). */
function examples(language: string): unknown[] {
  return [...docs.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => JSON.parse(m[1].replace(/^\s*\/\/.*$/gm, '')));
}

describe('.resolint.json schema', () => {
  it('accepts the documented example', () => {
    const [example] = examples('jsonc');
    assert.ok(validate(example), JSON.stringify(validate.errors));
  });

  it('rejects the documented mistakes: a misspelt level and an unknown setting', () => {
    const [mistake] = examples('json');
    assert.equal(validate(mistake), false);
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
    assert.ok(problems.some((p) => p.startsWith('/rules/RES101 must be equal to one of the allowed values')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('"additionalProperty":"italic"')), problems.join('\n'));
  });

  it('names every setting the documentation lists', () => {
    const documented = [...docs.matchAll(/^\| `([a-z]+)` \|/gm)].map((m) => m[1]).sort();
    assert.deepEqual(documented, Object.keys(schema.properties).filter((k) => k !== '$schema').sort());
  });
});
