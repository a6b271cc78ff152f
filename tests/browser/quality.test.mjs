// What every screen must be: accessible to axe-core's WCAG 2.2 AA rules, narrow enough for a
// 360 px phone, in light and dark schemes, and silent on the network. With
// `STANCE_SCREENSHOTS=DIR` it leaves a screenshot of each screen in DIR, to look at.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { launch, missing, open, scratch, serve, stance, walk, writePage } from './support.mjs';

const skip = missing();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = process.env.STANCE_SCREENSHOTS || null;

/** axe-core's violations of WCAG 2.0–2.2 A and AA that are serious or critical. */
async function seriousViolations(page) {
  // Evaluated through the DevTools protocol, which the page's policy does not govern.
  await page.evaluate(AXE);
  const results = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Whether the page scrolls sideways. */
async function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

describe('every screen', { skip: skip ?? false }, () => {
  let browser;
  let dir;
  before(async () => {
    browser = await launch();
    dir = scratch();
  });
  after(async () => browser && browser.close());

  const [path] = JSON.parse(skip ? '[null]' : stance('paths', '--format', 'json'));
  for (const role of ['participant', 'facilitator']) {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [360, 1280]) {
        test(`${role}, ${colorScheme}, ${width} px: axe finds nothing serious, nothing scrolls sideways, nothing is fetched`, async () => {
          const { page, offsite, errors } = await open(browser, writePage(dir, 'korea-us-alliance', role), {
            viewport: { width, height: 800 },
            colorScheme,
          });
          const screens = [
            ['question', async () => {}],
            ['background', async () => page.click('summary')],
            ['stance', async () => walk(page, path.answers, assert)],
          ];
          for (const [name, reach] of screens) {
            await reach();
            assert.deepEqual(await seriousViolations(page), [], `${name} screen`);
            assert.equal(await scrollsSideways(page), false, `${name} screen scrolls sideways`);
            if (SHOTS) await page.screenshot({ path: join(SHOTS, `${role}-${colorScheme}-${width}-${name}.png`), fullPage: true });
          }
          assert.deepEqual(offsite, []);
          assert.deepEqual(errors, []);
        });
      }
    }
  }

  test('the print stylesheet leaves the stance and drops the controls', async () => {
    const { page } = await open(browser, writePage(dir, 'korea-us-alliance'));
    await walk(page, path.answers, assert);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('[data-recommendation]'), true);
    assert.equal(await page.isVisible('[data-action="download-record"]'), false);
    assert.equal(await page.isVisible('[data-action="back"]'), false);
    if (SHOTS) await page.pdf({ path: join(SHOTS, 'stance.pdf') }).catch(() => {});
  });
});

describe('every screen of the live class', { skip: skip ?? false }, () => {
  let browser;
  let server;
  before(async () => {
    browser = await launch();
    server = await serve(scratch());
  });
  after(async () => {
    if (server) await server.stop();
    if (browser) await browser.close();
  });

  const [path] = JSON.parse(skip ? '[null]' : stance('paths', '--format', 'json'));
  let joined = 0;
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      test(`${colorScheme}, ${width} px: the code form, the join screen, a question, the dashboard`, async () => {
        const options = { viewport: { width, height: 800 }, colorScheme, served: true };
        const home = await open(browser, server.base + '/', options);
        const student = await open(browser, server.participants, options);
        const screens = [
          [home.page, 'code-form', async () => {}],
          [student.page, 'join', async () => {}],
          [
            student.page,
            'live-question',
            async () => {
              joined += 1;
              await student.page.fill('input[name="name"]', 'Student ' + joined);
              await student.page.click('[data-action="join"]');
              await student.page.waitForSelector('[data-question]');
            },
          ],
          [
            student.page,
            'live-stance',
            async () => {
              await walk(student.page, path.answers, assert);
              await student.page.waitForFunction(() => document.getElementById('live-status').textContent.startsWith('Saved'));
            },
          ],
        ];
        const facilitator = await open(browser, server.facilitator, options);
        screens.push([
          facilitator.page,
          'dashboard',
          async () => {
            await facilitator.page.waitForFunction(() => document.getElementById('connection').textContent === 'Live.');
            // The class is shared by these four tests and the button toggles, so wait until the
            // dashboard shows this test's student (the state has arrived), then hide before revealing.
            const name = 'Student ' + joined;
            await facilitator.page.waitForFunction((n) => document.getElementById('roster').textContent.includes(n), name);
            const reveal = '[data-action="reveal"][data-question="peninsula"]';
            if ((await facilitator.page.getAttribute(reveal, 'aria-pressed')) === 'true') {
              await facilitator.page.click(reveal);
              await facilitator.page.waitForSelector('[data-reasoning="peninsula"][hidden]', { state: 'attached' });
            }
            await facilitator.page.click(reveal);
            await facilitator.page.waitForSelector('[data-reasoning="peninsula"]:not([hidden])');
          },
        ]);
        for (const [page, name, reach] of screens) {
          await reach();
          assert.deepEqual(await seriousViolations(page), [], `${name} screen`);
          assert.equal(await scrollsSideways(page), false, `${name} screen scrolls sideways`);
          if (SHOTS) await page.screenshot({ path: join(SHOTS, `live-${colorScheme}-${width}-${name}.png`), fullPage: true });
        }
        for (const opened of [home, student, facilitator]) {
          assert.deepEqual(opened.offsite, []);
          assert.deepEqual(opened.errors, []);
        }
      });
    }
  }
});
