// The record a student downloads is the one `stance play --record` writes: `stance compare`
// and `stance report` read it unchanged, and the page continues it, or any such record.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { launch, missing, open, questionId, scratch, stance, stanceIds, stanceStatus, walk, writePage } from './support.mjs';

const skip = missing();

describe('the record', { skip: skip ?? false }, () => {
  let browser;
  let dir;
  let url;
  before(async () => {
    browser = await launch();
    dir = scratch();
    url = writePage(dir, 'korea-us-alliance');
  });
  after(async () => browser && browser.close());

  async function download(page) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-record"]')]);
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    return { path, name: file.suggestedFilename() };
  }

  test('the downloaded record is read by `stance compare` and `stance report`', async () => {
    const paths = JSON.parse(stance('paths', '--format', 'json'));
    const path = paths[3];
    const { page } = await open(browser, url);
    await page.fill('#name', 'Ana Kim');
    await walk(page, path.answers.slice(0, 1), assert);
    await page.fill('#note', 'A note before answering.');
    await walk(page, path.answers.slice(1), assert);
    const saved = await download(page);
    assert.equal(saved.name, 'korea-us-alliance-ana-kim.json');
    const record = JSON.parse(readFileSync(saved.path, 'utf8'));
    assert.equal(record.format, 'stance-record/1');
    assert.equal(record.kind, 'play');
    assert.equal(record.name, 'Ana Kim');
    assert.equal(record.finished, true);
    assert.match(record.started, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.deepEqual(
      record.steps.map((s) => ({ question: s.question, choice: s.choice })),
      path.answers,
    );
    assert.equal(record.steps[1].note, 'A note before answering.');
    // The same hash `stance play --record` writes for the built-in scenario.
    const played = join(dir, 'played.json');
    stance('play', ...path.answers.flatMap((a) => ['--answer', `${a.question}=${a.choice}`]), '--record', played);
    assert.equal(record.scenario.hash, JSON.parse(readFileSync(played, 'utf8')).scenario.hash);

    const compared = stanceStatus('compare', saved.path, '--format', 'json');
    assert.equal(compared.code, 0, compared.stderr);
    assert.deepEqual(JSON.parse(compared.stdout).entries.flatMap((e) => e.author.map((r) => r.id)), path.recommendations);
    assert.equal(JSON.parse(compared.stdout).name, 'Ana Kim');
    const report = stanceStatus('report', saved.path, played);
    assert.equal(report.code, 0, report.stderr);
    assert.match(report.stdout, /Ana Kim/);
    assert.match(report.stdout, /A note before answering\./);
  });

  test('a record loads and the walk continues from it', async () => {
    const paths = JSON.parse(stance('paths', '--format', 'json'));
    const path = paths[0];
    const first = await open(browser, url);
    await first.page.fill('#name', 'Min');
    await walk(first.page, path.answers.slice(0, 2), assert);
    const saved = await download(first.page);
    assert.equal(JSON.parse(readFileSync(saved.path, 'utf8')).finished, false);

    // A fresh browser, as another machine would be.
    const second = await open(browser, url);
    await second.page.setInputFiles('#record-file', saved.path);
    await second.page.waitForSelector(`[data-question="${path.answers[2].question}"]`);
    assert.equal(await second.page.inputValue('#name'), 'Min');
    assert.match(await second.page.textContent('#announce'), /continues at question 3/);
    await walk(second.page, path.answers.slice(2), assert);
    assert.deepEqual(await stanceIds(second.page), path.recommendations);
  });

  test('a record `stance play --record` wrote loads too', async () => {
    const [path] = JSON.parse(stance('paths', '--format', 'json'));
    const played = join(dir, 'from-terminal.json');
    stance('play', ...path.answers.flatMap((a) => ['--answer', `${a.question}=${a.choice}`]), '--name', 'Jun', '--record', played);
    const { page } = await open(browser, url);
    await page.setInputFiles('#record-file', played);
    await page.waitForSelector('[data-stance]');
    assert.deepEqual(await stanceIds(page), path.recommendations);
    assert.equal(await page.textContent('#record-note'), '');
  });

  test('a record that does not fit is refused with the reason, and the walk is kept', async () => {
    const [path] = JSON.parse(stance('paths', '--format', 'json'));
    const good = {
      format: 'stance-record/1',
      kind: 'play',
      scenario: { id: 'korea-us-alliance', title: 't', hash: 'sha256:' + '0'.repeat(64) },
      name: null,
      started: '2026-12-01T09:00:00Z',
      updated: '2026-12-01T09:00:00Z',
      finished: false,
      steps: path.answers.slice(0, 1),
    };
    const cases = [
      ['not-json.json', '{"format": ', /is not JSON/],
      ['other-format.json', JSON.stringify({ ...good, format: 'stance-record/9' }), /has no `format: "stance-record\/1"`/],
      ['quiz.json', JSON.stringify({ ...good, kind: 'quiz' }), /records a quiz/],
      ['other.json', JSON.stringify({ ...good, scenario: { ...good.scenario, id: 'tutorial' } }), /a record of `tutorial`, not of `korea-us-alliance`/],
      ['unfit.json', JSON.stringify({ ...good, steps: [{ question: 'peninsula', choice: 'nowhere' }] }), /step 1 \(`peninsula` = `nowhere`\) is not an answer offered/],
      ['bad-step.json', JSON.stringify({ ...good, steps: [{ question: 7 }] }), /step 1 is not a question and choice by id/],
      ['proto.json', JSON.stringify({ ...good, steps: [{ question: '__proto__', choice: 'constructor' }] }), /step 1 .* is not an answer offered/],
    ];
    const { page } = await open(browser, url);
    await walk(page, path.answers.slice(0, 1), assert);
    for (const [name, text, expected] of cases) {
      const file = join(dir, name);
      writeFileSync(file, text);
      await page.setInputFiles('#record-file', file);
      await page.waitForFunction(() => document.getElementById('record-note').textContent !== '');
      assert.match(await page.textContent('#record-note'), expected, name);
      assert.match(await page.textContent('#record-note'), new RegExp(name.replace('.', '\\.')));
      assert.equal(await questionId(page), path.answers[1].question, `${name} changed nothing`);
      await page.evaluate(() => {
        document.getElementById('record-note').textContent = '';
      });
    }
    // Hostile text in a record that fits stays text.
    const file = join(dir, 'hostile.json');
    writeFileSync(file, JSON.stringify({ ...good, name: '<img src=x onerror="document.title=1">', steps: [{ ...path.answers[0], note: '<script>document.title=2</script>' }] }));
    await page.setInputFiles('#record-file', file);
    await page.waitForFunction(() => document.getElementById('record-note').textContent !== '');
    assert.match(await page.textContent('#record-note'), /another version of the scenario file/);
    assert.equal(await page.inputValue('#name'), '<img src=x onerror="document.title=1">');
    await page.click('[data-action="back"]');
    assert.equal(await page.inputValue('#note'), '<script>document.title=2</script>');
    assert.equal(await page.locator('img, #screen script').count(), 0);
    assert.notEqual(await page.title(), '1');
  });
});

describe('ids that are also names in JavaScript', { skip: skip ?? false }, () => {
  test('a question called `constructor` has no note until one is written, and its record reads back', async () => {
    const dir = scratch();
    const yaml = join(dir, 'names.yaml');
    writeFileSync(
      yaml,
      [
        'format: 1',
        'id: names',
        'title: Names',
        'source: {author: A, title: B}',
        'start: constructor',
        'questions:',
        '  - id: constructor',
        '    prompt: First?',
        '    choices:',
        '      - {id: to_string, label: One, next: has_own_property, recommends: [value_of]}',
        '      - {id: b, label: Two, next: has_own_property}',
        '  - id: has_own_property',
        '    prompt: Second?',
        '    choices:',
        '      - {id: a, label: A, next: end}',
        '      - {id: b, label: B, next: end}',
        'recommendations:',
        '  - {id: value_of, text: Do., rationale: Why., basis: inferred}',
        'endings:',
        '  - {id: end}',
        '',
      ].join('\n'),
    );
    const browser = await launch();
    try {
      const { page, errors } = await open(browser, writePage(dir, yaml));
      assert.equal(await page.inputValue('#note'), '');
      let saved = await downloadIn(page, dir);
      let record = JSON.parse(readFileSync(saved, 'utf8'));
      assert.equal(record.notes, undefined);
      await page.fill('#note', '   ');
      await page.click('[data-choice="to_string"]');
      await page.fill('#note', '  kept, trimmed  ');
      await page.click('[data-choice="a"]');
      assert.deepEqual(await stanceIds(page), ['value_of']);
      saved = await downloadIn(page, dir);
      record = JSON.parse(readFileSync(saved, 'utf8'));
      assert.deepEqual(record.steps, [
        { question: 'constructor', choice: 'to_string' },
        { question: 'has_own_property', choice: 'a', note: 'kept, trimmed' },
      ]);
      const compared = stanceStatus('compare', saved, '--scenario', yaml);
      assert.equal(compared.code, 0, compared.stderr);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});

async function downloadIn(page, dir) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-record"]')]);
  const path = join(dir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}
