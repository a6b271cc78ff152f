// The player walks every path of every shipped scenario as `stance paths` lists it, goes
// back, resumes after a reload, works by keyboard alone, and says when it cannot save.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { SHIPPED, launch, missing, open, questionId, scratch, stance, stanceIds, walk, writePage } from './support.mjs';

const skip = missing();
if (skip) console.log(`# browser tests skipped: ${skip}`);

describe('the player', { skip: skip ?? false }, () => {
  let browser;
  let dir;
  before(async () => {
    browser = await launch();
    dir = scratch();
  });
  after(async () => browser && browser.close());

  // The same walks in each language: ids are the same, the words the language's.
  const WORDS = {
    en: { restart: 'Start over', back: 'Back', stance: "The author's stance" },
    ko: { restart: '처음부터', back: '뒤로', stance: '저자의 입장' },
  };
  for (const [lang, words] of Object.entries(WORDS))
  for (const scenario of SHIPPED) {
    test(`every path of ${scenario} in ${lang} reaches the stance \`stance paths\` lists`, async () => {
      const paths = JSON.parse(stance('paths', scenario, '--format', 'json', '--lang', lang));
      assert.ok(paths.length > 1);
      const { page, offsite, errors } = await open(browser, writePage(dir, scenario, 'participant', lang));
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      const first = paths[0].answers[0];
      await page.click(`[data-choice="${first.choice}"]`);
      assert.equal((await page.textContent('[data-action="back"]')).trim(), words.back);
      await page.click('[data-action="back"]');
      for (const path of paths) {
        await walk(page, path.answers, assert);
        assert.equal(await questionId(page), null, `path ${path.path} ends`);
        assert.equal(await page.getAttribute('[data-stance]', 'data-stance'), path.ending);
        assert.deepEqual(await stanceIds(page), path.recommendations, `path ${path.path}`);
        const headline = await page.$('.headline');
        assert.equal(headline ? await headline.textContent() : null, path.headline);
        assert.ok((await page.textContent('main')).includes(words.stance), `the stance is headed in ${lang}`);
        assert.equal((await page.textContent('[data-action="restart"]')).trim(), words.restart);
        await page.click('[data-action="restart"]');
        assert.equal(await questionId(page), path.answers[0].question);
      }
      assert.deepEqual(offsite, [], 'no request leaves the page');
      assert.deepEqual(errors, []);
    });
  }

  test('the headline follows the walk, and the essay grounds the question and the choice', async () => {
    const grounded = resolve('tests/fixtures/valid/grounded.yaml');
    const paths = JSON.parse(stance('paths', grounded, '--format', 'json'));
    assert.deepEqual(
      paths.map((p) => p.headline),
      ['A, then C.', 'A first.', 'Not A.', 'Not A.'],
    );
    const { page, offsite, errors } = await open(browser, writePage(dir, grounded));
    const texts = (selector) => page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent));
    for (const path of paths) {
      assert.deepEqual(await texts('ul.question-cites li'), ['\u00b61 \u201cThis is the first paragraph.\u201d']);
      await walk(page, path.answers, assert);
      assert.deepEqual(await texts('.headline'), [path.headline], `path ${path.path}`);
      // Only the choice that cites the essay shows a citation in the path.
      const cited = path.answers[0].choice === 'a' ? ['\u00b62 \u201cthe second one\u201d'] : [];
      assert.deepEqual(await texts('ol.path ul.choice-cites li'), cited, `path ${path.path}`);
      await page.click('[data-action="restart"]');
    }
    assert.deepEqual(offsite, []);
    assert.deepEqual(errors, []);
  });

  test('back undoes an answer and what it added', async () => {
    const paths = JSON.parse(stance('paths', '--format', 'json'));
    // Two paths that differ only in their last answer.
    const [a, b] = pairDifferingLast(paths);
    const { page } = await open(browser, writePage(dir, 'korea-us-alliance'));
    await walk(page, a.answers, assert);
    assert.deepEqual(await stanceIds(page), a.recommendations);
    await page.click('[data-action="back"]');
    const last = a.answers[a.answers.length - 1];
    assert.equal(await questionId(page), last.question);
    assert.match(await page.textContent('#announce'), /^Answer undone: /);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'question-heading');
    await page.click(`[data-choice="${b.answers[b.answers.length - 1].choice}"]`);
    assert.deepEqual(await stanceIds(page), b.recommendations);
    // Back to the first question, where back has nothing to undo.
    for (let i = 0; i < b.answers.length; i++) await page.click('[data-action="back"]');
    assert.equal(await questionId(page), b.answers[0].question);
    assert.ok(await page.isDisabled('[data-action="back"]'));
  });

  test('a reload mid-walk comes back where the student was, notes and name included', async () => {
    const [path] = JSON.parse(stance('paths', '--format', 'json'));
    const { page } = await open(browser, writePage(dir, 'korea-us-alliance'));
    await page.fill('#name', 'Ana');
    await walk(page, path.answers.slice(0, 2), assert);
    await page.fill('#note', 'I would wait and see.');
    await page.reload();
    assert.equal(await questionId(page), path.answers[2].question);
    assert.equal(await page.inputValue('#note'), 'I would wait and see.');
    assert.equal(await page.inputValue('#name'), 'Ana');
    assert.match(await page.textContent('#announce'), /continues at question 3/);
    await walk(page, path.answers.slice(2), assert);
    await page.reload();
    assert.deepEqual(await stanceIds(page), path.recommendations, 'a finished walk reloads finished');
    assert.match(await page.textContent('.path'), /I would wait and see\./);
    assert.equal(await page.textContent('.walker'), 'Walked by Ana.');
  });

  test('keyboard alone walks: Tab to the choices, arrows between them, Enter to answer', async () => {
    const { page } = await open(browser, writePage(dir, 'korea-us-alliance'));
    const first = await page.$$eval('[data-choice]', (nodes) => nodes.map((n) => n.dataset.choice));
    await page.focus('[data-choice]');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.choice), first[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.choice), first[first.length - 1]);
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    assert.equal(await questionId(page), 'nk_provocation');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'question-heading');
    assert.match(await page.textContent('#announce'), /^Answered: .*Question 2\.$/);
    // From the heading, Tab reaches the background, then the first choice.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.choice), 'no');
  });

  test('a browser that cannot save says so', async () => {
    const url = writePage(dir, 'korea-us-alliance');
    const { page } = await open(browser, 'about:blank');
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(url);
    assert.match(await page.textContent('#save-note'), /not saving your progress/);
    await page.click('[data-choice="status_quo"]');
    assert.equal(await questionId(page), 'nk_provocation', 'the walk goes on unsaved');
  });

  test('the facilitator page shows notes, discussion and what each choice adds; the participant page has none', async () => {
    const facilitator = await open(browser, writePage(dir, 'korea-us-alliance', 'facilitator'));
    await facilitator.page.click('[data-choice="status_quo"]');
    assert.match(await facilitator.page.textContent('.facilitator'), /Facilitator notes/);
    assert.match(await facilitator.page.textContent('.facilitator'), /For discussion/);
    assert.equal(await facilitator.page.locator('.adds').count(), 2);
    const participant = await open(browser, writePage(dir, 'korea-us-alliance', 'participant'));
    await participant.page.click('[data-choice="status_quo"]');
    assert.equal(await participant.page.locator('.facilitator, .adds').count(), 0);
    // Absent, not hidden: no note or discussion prompt is anywhere in the page's data.
    const shown = JSON.parse(stance('show', '--role', 'facilitator', '--format', 'json'));
    const secret = shown.questions.flatMap((q) => [q.facilitator_notes, ...q.discussion]).filter(Boolean);
    assert.ok(secret.length > 0);
    const data = async (page) => page.$eval('#stance-table', (node) => node.textContent);
    const held = (json) => JSON.parse(json).questions.flatMap((q) => [q.facilitator_notes, ...(q.discussion || [])]);
    assert.deepEqual(held(await data(participant.page)).filter(Boolean), []);
    assert.deepEqual(held(await data(facilitator.page)).filter(Boolean).sort(), [...secret].sort());
    for (const text of secret) {
      assert.ok(!(await data(participant.page)).includes(JSON.stringify(text).slice(1, 41)), text);
    }
  });
});

/** Two paths that share every answer but the last. */
function pairDifferingLast(paths) {
  for (const a of paths) {
    for (const b of paths) {
      const same = a.answers.length === b.answers.length &&
        a.answers.slice(0, -1).every((s, i) => s.choice === b.answers[i].choice) &&
        a.answers[a.answers.length - 1].choice !== b.answers[b.answers.length - 1].choice &&
        JSON.stringify(a.recommendations) !== JSON.stringify(b.recommendations);
      if (same) return [a, b];
    }
  }
  throw new Error('no two paths differ only in their last answer');
}
