// How fast the browser player opens and answers on a 1,000-question scenario, in headless
// Chromium: the time from loading the page to its first question, and the work each click
// costs before the browser can paint: the player's handler (the table lookup, the save to
// local storage, the new question's elements) and the style and layout it causes. Within a
// frame means under 16.7 ms (60 Hz). Run after `cargo build --release`:
//
//   cargo run --release --example gen_scenario -- --questions 1000 > /tmp/big.yaml
//   STANCE_BIN=target/release/stance node benches/player_clicks.mjs /tmp/big.yaml
//
// Figures are in docs/performance.md. This is a measurement, not a test: it asserts nothing.
import { statSync } from 'node:fs';
import { join } from 'node:path';

import { launch, open, scratch, stance } from '../tests/browser/support.mjs';

const scenario = process.argv[2];
if (!scenario) {
  console.error('usage: node benches/player_clicks.mjs SCENARIO.yaml');
  process.exit(2);
}
const file = join(scratch(), 'page.html');
stance('html', scenario, '--output', file);
const browser = await launch();
const opened = [];
const clicks = [];
for (let run = 0; run < 5; run++) {
  const started = Date.now();
  const { page, context } = await open(browser, 'file://' + file);
  await page.waitForSelector('[data-question]');
  opened.push(Date.now() - started);
  // Each click is timed inside the page, up to the layout of what it shows; reading
  // `offsetHeight` makes the browser do that layout now rather than at the next frame.
  const times = await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
    const out = [];
    for (;;) {
      const button = document.querySelector('[data-choice]');
      if (!button) break;
      const start = performance.now();
      button.click();
      void document.body.offsetHeight;
      out.push(performance.now() - start);
      await frame();
    }
    return out;
  });
  clicks.push(...times);
  await context.close();
}
await browser.close();
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const at = (xs, q) => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
console.log(`page: ${(statSync(file).size / 1024).toFixed(0)} KiB`);
console.log(`open to first question (5 runs): median ${at(opened, 0.5)} ms, max ${Math.max(...opened)} ms`);
console.log(
  `work per click, to layout (${clicks.length} clicks): median ${at(clicks, 0.5).toFixed(1)} ms, ` +
    `p99 ${at(clicks, 0.99).toFixed(1)} ms, max ${Math.max(...clicks).toFixed(1)} ms`,
);
