// The JSON Schema that editors use (`docs/scenario.schema.json`, which the Rust suite keeps
// equal to `stance schema`) accepts every scenario stance ships and the starter `stance new`
// writes, and rejects what the format rejects. Ajv is a validator made for the job; the YAML
// is read by the `yaml` package, as an editor's language server would.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import Ajv from 'ajv';
import { parse } from 'yaml';

const schema = JSON.parse(readFileSync('docs/scenario.schema.json', 'utf8'));
// Draft-07, as the schema says; `uint32` and the like are schemars' own formats.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(schema);

// A translation (`NAME.ko.yaml`) is not a scenario: `stance check` checks it against its own.
const shipped = [
  ...readdirSync('scenarios')
    .filter((name) => /\.ya?ml$/.test(name) && !/\.[a-z]{2,3}(-[A-Za-z0-9]+)*\.ya?ml$/.test(name))
    .map((name) => join('scenarios', name)),
  'src/command/templates/starter.yaml',
];

describe('the schema', () => {
  test('is a valid draft-07 schema', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  });

  for (const file of shipped) {
    test(`accepts ${file}`, () => {
      const ok = validate(parse(readFileSync(file, 'utf8')));
      assert.ok(ok, `${file}: ${ajv.errorsText(validate.errors)}`);
    });
  }

  test('rejects an unknown key and a value of the wrong type', () => {
    assert.equal(validate({ format: 1, nope: true }), false);
    const tutorial = parse(readFileSync('scenarios/tutorial.yaml', 'utf8'));
    assert.equal(validate({ ...tutorial, title: 5 }), false);
    assert.equal(validate({ ...tutorial, surprise: true }), false);
  });
});
