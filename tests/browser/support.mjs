// What the browser tests share: the stance binary, Debian's Chromium started headless, a
// page written by `stance html`, and a watch on every request the page makes.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { chromium } from 'playwright-core';

/** The stance binary under test: `STANCE_BIN` (cargo's test sets it), else the debug build. */
export const STANCE = process.env.STANCE_BIN || resolve('target/debug/stance');
/** Debian's Chromium, or `STANCE_CHROMIUM`. */
export const CHROMIUM = process.env.STANCE_CHROMIUM || '/usr/bin/chromium';
/** The scenarios that ship with stance. */
export const SHIPPED = ['korea-us-alliance', 'tutorial'];

/** Why the browser tests cannot run here, or null. */
export function missing() {
  if (!existsSync(CHROMIUM)) return `Chromium is not at ${CHROMIUM} (apt-get install chromium, or set STANCE_CHROMIUM)`;
  if (!existsSync(STANCE)) return `the stance binary is not at ${STANCE} (cargo build, or set STANCE_BIN)`;
  return null;
}

/** Runs stance; returns its stdout, or throws with its stderr. */
export function stance(...args) {
  return execFileSync(STANCE, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs stance and returns exit code, stdout and stderr, whatever the exit code. */
export function stanceStatus(...args) {
  const run = spawnSync(STANCE, args, { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A folder removed when the process ends. */
export function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'stance-browser-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Writes the page for `scenario` (an id or a path) as `role`, in language `lang`, into `dir`;
 * returns its file URL.
 */
export function writePage(dir, scenario, role = 'participant', lang = 'en') {
  const file = join(dir, `${basename(scenario)}-${role}-${lang}.html`);
  stance('html', scenario, '--role', role, '--lang', lang, '--output', file);
  return pathToFileURL(file).href;
}

/** Chromium, headless, with the flags that keep it off the network, in a fresh profile. */
export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A new browser context (its own storage, as a fresh profile has) and page; every request
 * other than the page file itself and a download's `blob:` lands in `offsite`, and every
 * script error in `errors`.
 */
export async function open(browser, url, options = {}) {
  const { served, ...contextOptions } = options;
  const context = await browser.newContext({ acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  const offsite = [];
  const errors = [];
  // A page the classroom server serves may talk to that server, and to nothing else.
  const origin = new URL(url).origin;
  page.on('request', (request) => {
    const address = request.url();
    const home = served ? address.startsWith(origin + '/') : address === url;
    if (!home && !address.startsWith('blob:')) offsite.push(address);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // "Start over" and "load a record" ask before clearing a walk; the tests say yes.
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(url);
  return { context, page, offsite, errors };
}

/** The question the page asks now, by id, or null at the stance. */
export async function questionId(page) {
  const node = await page.$('[data-question]');
  return node ? node.getAttribute('data-question') : null;
}

/** The recommendations of the stance shown, by id, in order. */
export async function stanceIds(page) {
  return page.$$eval('[data-recommendation]', (nodes) => nodes.map((n) => n.getAttribute('data-recommendation')));
}

/** Takes each answer in turn, checking that the page asks that question. */
export async function walk(page, answers, assert) {
  for (const { question, choice } of answers) {
    assert.equal(await questionId(page), question, `the page asks ${question}`);
    await page.click(`[data-choice="${choice}"]`);
  }
}

/**
 * `stance serve` on 127.0.0.1 and a free port, with its database in `dir`; resolves once it
 * has printed its two addresses. `stop()` ends it with SIGTERM, `kill()` with SIGKILL.
 */
export function serve(dir, ...args) {
  const child = spawn(
    STANCE,
    ['serve', '--port', '0', '--db', join(dir, 'class.db'), '--facilitator-token', 'browser-test-token-0123456789', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolveExit) => child.on('exit', (code, signal) => resolveExit({ code, signal, stderr })));
  return new Promise((resolveStart, rejectStart) => {
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const participants = /^participants: (\S+)$/m.exec(stdout);
      const facilitator = /^facilitator: (\S+)$/m.exec(stdout);
      if (participants && facilitator) {
        resolveStart({
          participants: participants[1],
          facilitator: facilitator[1],
          base: new URL(participants[1]).origin,
          db: join(dir, 'class.db'),
          token: 'browser-test-token-0123456789',
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
          kill: () => {
            child.kill('SIGKILL');
            return exited;
          },
        });
      }
    });
    exited.then(({ code }) => rejectStart(new Error(`stance serve exited with ${code} before it was ready: ${stderr}`)));
  });
}
