// The live class: students join `stance serve` from their browsers and walk; the
// facilitator's dashboard follows the room through server-sent events, with no reload.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { launch, missing, open, questionId, scratch, serve, stance, stanceStatus, walk } from './support.mjs';

const skip = missing();
const shots = process.env.STANCE_SCREENSHOTS;

describe('the live class', { skip: skip ?? false }, () => {
  let browser;
  let server;
  let dir;
  before(async () => {
    browser = await launch();
    dir = scratch();
    server = await serve(dir);
  });
  after(async () => {
    if (server) await server.stop();
    if (browser) await browser.close();
  });

  async function joinAs(name) {
    const student = await open(browser, server.participants, { served: true });
    await student.page.fill('input[name="name"]', name);
    await student.page.click('[data-action="join"]');
    await student.page.waitForSelector('[data-question]');
    return student;
  }

  /** Waits until the dashboard's cell for `choice` of `question` says `count`. */
  async function dashboardCount(dashboard, question, choice, count) {
    await dashboard.waitForFunction(
      ([q, c, n]) => {
        const cell = document.querySelector(`[data-question="${q}"] tr[data-choice="${c}"] td`);
        return cell && cell.textContent === String(n);
      },
      [question, choice, count],
      { timeout: 5000 },
    );
  }

  test('three students join and walk while the dashboard follows, live', async () => {
    const paths = JSON.parse(stance('paths', '--format', 'json'));
    const facilitator = await open(browser, server.facilitator, { served: true });
    const dashboard = facilitator.page;
    assert.equal(new URL(dashboard.url()).pathname, '/facilitator', 'the token leaves the address bar');
    assert.equal(new URL(dashboard.url()).search, '');
    await dashboard.waitForFunction(() => document.getElementById('connection').textContent === 'Live.');
    assert.equal(await dashboard.textContent('#counts'), '0 joined · 0 finished');
    // The join address and code are shown large for the projector, with a QR code.
    assert.equal(await dashboard.textContent('#join-url'), server.participants);
    assert.ok(await dashboard.$('.qr svg'));

    const names = ['Ana', 'Ben <b>bold</b>', '김민준'];
    const students = [];
    for (const name of names) students.push(await joinAs(name));
    await dashboard.waitForFunction(() => document.getElementById('counts').textContent === '3 joined · 0 finished');
    assert.deepEqual(
      await dashboard.$$eval('#roster li', (items) => items.map((li) => li.firstChild.textContent)),
      names,
      'hostile names are shown as text',
    );
    assert.equal(await dashboard.$('#roster b'), null);

    // A prank name is removed from the dashboard, after a confirmation: the room forgets it.
    const prank = await joinAs('Mallory');
    await dashboard.waitForFunction(() => document.getElementById('counts').textContent === '4 joined · 0 finished');
    // (Every page's dialogs are accepted, as `open` sets up; this one's question is read.)
    const asked = new Promise((resolve) => dashboard.once('dialog', (dialog) => resolve(dialog.message())));
    await dashboard.click('[data-action="remove"][data-name="Mallory"]');
    assert.match(await asked, /^Remove Mallory from the session\?/);
    await dashboard.waitForFunction(() => document.getElementById('counts').textContent === '3 joined · 0 finished');
    assert.deepEqual(
      await dashboard.$$eval('#roster li', (items) => items.map((li) => li.firstChild.textContent)),
      names,
    );
    // The removed page is told so at its next step, and offers no way back in.
    await prank.page.locator('[data-choice]').first().click();
    await prank.page.waitForSelector('#live-removed');
    assert.match(await prank.page.textContent('#live-removed'), /^The facilitator removed this page/);
    assert.equal(await prank.page.$('[data-action="join"]'), null);
    await prank.page.close();

    // Each walks a different path; the dashboard counts each answer as it is given.
    const chosen = [paths[0], paths[paths.length - 1], paths[1]];
    for (const [i, student] of students.entries()) {
      const [first, ...rest] = chosen[i].answers;
      await walk(student.page, [first], assert);
      await student.page.waitForFunction(() => document.getElementById('live-status').textContent.startsWith('Saved'));
      if (i === 2) {
        await student.page.fill('#note', 'I <script>disagree</script> here.');
        await student.page.locator('#note').blur();
      }
      await walk(student.page, rest, assert);
      await student.page.waitForSelector('[data-stance]');
    }
    const peninsula = {};
    for (const path of chosen) {
      const answer = path.answers.find((a) => a.question === 'peninsula');
      peninsula[answer.choice] = (peninsula[answer.choice] || 0) + 1;
    }
    for (const [choice, n] of Object.entries(peninsula)) await dashboardCount(dashboard, 'peninsula', choice, n);
    await dashboard.waitForFunction(() => document.getElementById('counts').textContent === '3 joined · 3 finished');
    assert.equal(await dashboard.$$eval('#roster li.finished', (items) => items.length), 3);

    // The note reaches the dashboard under its question, as text.
    const noted = chosen[2].answers[1].question;
    await dashboard.waitForSelector(`details[data-notes="${noted}"]:not([hidden])`);
    await dashboard.click(`details[data-notes="${noted}"] summary`);
    assert.equal(
      await dashboard.textContent(`details[data-notes="${noted}"] li`),
      '김민준: I <script>disagree</script> here.',
    );

    // Recommendations reached, over finished walks.
    const reached = {};
    for (const path of chosen) for (const r of path.recommendations) reached[r] = (reached[r] || 0) + 1;
    for (const [id, n] of Object.entries(reached)) {
      assert.equal(await dashboard.textContent(`#recommendations tr[data-recommendation="${id}"] td`), String(n), id);
    }

    // Reveal the author's reasoning for the first question, on every dashboard.
    assert.equal(await dashboard.isHidden('[data-reasoning="peninsula"]'), true);
    await dashboard.click('[data-action="reveal"][data-question="peninsula"]');
    await dashboard.waitForSelector('[data-reasoning="peninsula"]:not([hidden])');
    const second = await open(browser, server.base + '/facilitator', { served: true, storageState: await facilitator.context.storageState() });
    await second.page.waitForSelector('[data-reasoning="peninsula"]:not([hidden])');
    assert.match(await dashboard.textContent('[data-reasoning="peninsula"]'), /¶\d+ “/);

    // Choose a path: the divergence table says who followed it and who left it.
    const path = chosen[0].answers;
    await dashboard.selectOption('#path-0', path[0].choice);
    await dashboard.waitForSelector('#path-1');
    await dashboard.waitForSelector('#divergence tr[data-question="peninsula"]');
    const row = await dashboard.$$eval('#divergence tr[data-question="peninsula"] td', (cells) => cells.map((c) => c.textContent));
    assert.equal(row[1], '3', 'all three reached the first question');
    assert.equal(row[2], String(peninsula[path[0].choice]));

    if (shots) {
      await dashboard.setViewportSize({ width: 1280, height: 900 });
      await dashboard.screenshot({ path: join(shots, 'dashboard.png'), fullPage: true });
      await students[0].page.screenshot({ path: join(shots, 'live-stance.png'), fullPage: true });
    }
    for (const page of [facilitator, second, ...students]) {
      assert.deepEqual(page.offsite, [], 'nothing but the class server is asked');
      assert.deepEqual(page.errors, []);
    }

    // After class: the session database reads as a class's records.
    const report = stanceStatus('report', server.db, '--format', 'json');
    assert.equal(report.code, 0, report.stderr);
    const summed = JSON.parse(report.stdout);
    assert.deepEqual(summed.participants.map((p) => p.name), names);
    assert.ok(summed.participants.every((p) => p.finished));
  });

  test('a reload, or a dropped connection, loses nothing and counts once', async () => {
    const student = await joinAs('Dana');
    const page = student.page;
    const first = await questionId(page);
    const choice = await page.getAttribute('[data-choice]', 'data-choice');
    await student.context.setOffline(true);
    await page.click(`[data-choice="${choice}"]`);
    await page.waitForFunction(() => document.getElementById('live-status').textContent.startsWith('Not connected'));
    const second = await questionId(page);
    assert.notEqual(second, first);
    await student.context.setOffline(false);
    await page.waitForFunction(() => document.getElementById('live-status').textContent.startsWith('Saved'), null, { timeout: 20000 });
    await page.reload();
    await page.waitForSelector('[data-question]');
    assert.equal(await questionId(page), second, 'the reloaded page is where the student was');
    const me = await page.evaluate(async () => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('stance-live:'));
      const token = JSON.parse(localStorage.getItem(key)).token;
      const response = await fetch('/api/me', { headers: { Authorization: 'Bearer ' + token } });
      return response.json();
    });
    assert.deepEqual(me.steps, [{ question: first, choice }], 'the answer counted once');
    assert.deepEqual(student.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
  });

  test('a name already taken gets a clear message', async () => {
    const student = await open(browser, server.participants, { served: true });
    await student.page.fill('input[name="name"]', 'ana');
    await student.page.click('[data-action="join"]');
    await student.page.waitForFunction(() => document.getElementById('join-error').textContent !== '');
    assert.match(await student.page.textContent('#join-error'), /the name `ana` is taken in this class/);
    assert.equal(await student.page.$('[data-question]'), null);
  });

  test('the dashboard shows nothing without the token', async () => {
    const none = await open(browser, server.base + '/facilitator', { served: true });
    assert.match(await none.page.textContent('h1'), /needs the facilitator's link/);
    assert.equal(await none.page.$('#dashboard'), null);
    const wrong = await open(browser, server.base + '/facilitator?token=not-the-token-at-all', { served: true });
    assert.match(await wrong.page.textContent('h1'), /not the facilitator's link/);
    assert.equal(await wrong.page.$('#dashboard'), null);
    const db = readFileSync(server.db);
    assert.ok(db.length > 0);
  });
});

describe('the live class in Korean', { skip: skip ?? false }, () => {
  let browser;
  let server;
  before(async () => {
    browser = await launch();
    server = await serve(scratch(), '--lang', 'ko');
  });
  after(async () => {
    if (server) await server.stop();
    if (browser) await browser.close();
  });

  // The English sentences of the pages' catalogue: none may be left on a Korean page.
  const english = readFileSync('crates/stance-core/locales/en/web.ftl', 'utf8')
    .split('\n')
    .map((line) => /^(?:player|dashboard|notice)-[a-z-]+ = (.*)$/.exec(line))
    .filter((m) => m && !m[1].includes('{') && m[1].includes(' '))
    .map((m) => m[1]);

  async function noEnglish(page, what) {
    const shown = await page.evaluate(() => document.body.innerText);
    assert.deepEqual(
      english.filter((sentence) => shown.includes(sentence)),
      [],
      `${what} has English left`,
    );
  }

  test('a student walks in Korean while the dashboard follows in Korean', async () => {
    const [path] = JSON.parse(stance('paths', '--format', 'json', '--lang', 'ko'));
    const facilitator = await open(browser, server.facilitator, { served: true });
    const dashboard = facilitator.page;
    assert.equal(await dashboard.getAttribute('html', 'lang'), 'ko');
    await dashboard.waitForFunction(() => document.getElementById('connection').textContent === '실시간 연결됨.');
    assert.equal(await dashboard.textContent('#counts'), '0명 참여 · 0명 마침');
    assert.equal(await dashboard.textContent('#class-heading'), '참여자');
    await noEnglish(dashboard, 'the empty dashboard');

    const student = await open(browser, server.participants, { served: true });
    assert.equal(await student.page.getAttribute('html', 'lang'), 'ko');
    assert.equal(await student.page.textContent('[data-action="join"]'), '참여하기');
    await noEnglish(student.page, 'the join screen');
    await student.page.fill('input[name="name"]', '김민준');
    await student.page.click('[data-action="join"]');
    await student.page.waitForSelector('[data-question]');
    await walk(student.page, path.answers, assert);
    await student.page.waitForSelector('[data-stance]');
    await student.page.waitForFunction(() => document.getElementById('live-status').textContent === '수업 서버에 저장했습니다.');
    assert.ok((await student.page.textContent('main')).includes('저자의 입장'));
    await noEnglish(student.page, 'the stance');

    await dashboard.waitForFunction(() => document.getElementById('counts').textContent === '1명 참여 · 1명 마침');
    assert.equal(await dashboard.textContent('#roster li .where'), '마침');
    assert.equal(await dashboard.textContent('#roster li [data-action="remove"]'), '내보내기');
    await dashboard.click('[data-action="reveal"][data-question="peninsula"]');
    await dashboard.waitForSelector('[data-reasoning="peninsula"]:not([hidden])');
    assert.equal(await dashboard.textContent('[data-action="reveal"][data-question="peninsula"]'), '저자의 논거 숨기기');
    assert.match(await dashboard.textContent('[data-reasoning="peninsula"]'), /이유: /);
    await dashboard.selectOption('#path-0', path.answers[0].choice);
    await dashboard.waitForSelector('#divergence tr[data-question="peninsula"]');
    assert.deepEqual(
      await dashboard.$$eval('#divergence th[scope="col"]', (cells) => cells.map((c) => c.textContent)),
      ['질문', '경로의 답', '도달', '경로를 따름', '벗어나 고른 답'],
    );
    await noEnglish(dashboard, 'the dashboard');
    if (shots) {
      await dashboard.setViewportSize({ width: 1280, height: 900 });
      await dashboard.screenshot({ path: join(shots, 'dashboard-ko.png'), fullPage: true });
      await student.page.screenshot({ path: join(shots, 'live-stance-ko.png'), fullPage: true });
    }
    for (const page of [facilitator, student]) {
      assert.deepEqual(page.offsite, [], 'nothing but the class server is asked');
      assert.deepEqual(page.errors, []);
    }

    // A name already taken is refused in Korean too.
    const again = await open(browser, server.participants, { served: true });
    await again.page.fill('input[name="name"]', '김민준');
    await again.page.click('[data-action="join"]');
    await again.page.waitForFunction(() => document.getElementById('join-error').textContent !== '');
    assert.equal(
      await again.page.textContent('#join-error'),
      '`김민준`(이)라는 이름은 이 수업에서 이미 쓰고 있습니다. 이니셜을 덧붙이거나 다른 이름을 고르십시오',
    );

    // The code form and the notices too.
    const home = await open(browser, server.base + '/', { served: true });
    assert.equal(await home.page.textContent('h1'), '수업에 참여하기');
    assert.equal(await home.page.textContent('[data-action="go"]'), '이동');
    await noEnglish(home.page, 'the code form');

    // The class's records say they were walked in Korean.
    const report = stanceStatus('report', server.db, '--format', 'json');
    assert.equal(report.code, 0, report.stderr);
    assert.deepEqual(JSON.parse(report.stdout).participants.map((p) => [p.name, p.language]), [['김민준', 'ko']]);
  });
});
