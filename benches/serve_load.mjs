// A lecture hall on one laptop: 500 students join `stance serve` and answer every question
// of their walk over about a minute, through the HTTP API as their pages use it, while a
// dashboard follows the room through server-sent events. Reports the response times (p50,
// p99, max), the server's memory (peak resident set), and checks afterwards that every
// answer acknowledged is in the session database (`stance report FILE.db`). Run after
// `cargo build --release`:
//
//   STANCE_BIN=target/release/stance node benches/serve_load.mjs [STUDENTS] [SECONDS]
//
// All requests come from 127.0.0.1, one address, where a room's devices each have their
// own: joins are paced evenly so that they stay under the per-address join limit (20 a
// second), which a room of separate devices never meets. Figures are in
// docs/performance.md. This is a measurement, not a test: it exits non-zero only when a
// request failed or an answer is missing.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

const STANCE = process.env.STANCE_BIN || resolve('target/release/stance');
const STUDENTS = Number(process.argv[2] || 500);
const SECONDS = Number(process.argv[3] || 60);
const TOKEN = 'load-test-facilitator-token';

const dir = mkdtempSync(join(tmpdir(), 'stance-load-'));
const db = join(dir, 'lecture.db');
const paths = JSON.parse(execFileSync(STANCE, ['paths', '--format', 'json'], { encoding: 'utf8' }));

const server = spawn(STANCE, ['serve', '--port', '0', '--db', db, '--facilitator-token', TOKEN], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const base = await new Promise((ready, failed) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const found = /^participants: (http:\/\/[^/]+)\/join\/(\w+)$/m.exec(out);
    if (found) ready({ origin: found[1], code: found[2] });
  });
  server.on('exit', (code) => failed(new Error('stance serve exited with ' + code)));
});

let peakRss = 0;
const memory = setInterval(() => {
  try {
    const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]);
    peakRss = Math.max(peakRss, rss);
  } catch {
    // The server has gone; the last reading stands.
  }
}, 250);

const latencies = [];
const failures = [];
async function call(path, body, bearer) {
  const headers = { 'Content-Type': 'application/json' };
  if (bearer) headers.Authorization = 'Bearer ' + bearer;
  const started = performance.now();
  let response;
  try {
    response = await fetch(base.origin + path, { method: 'POST', headers, body: JSON.stringify(body) });
    await response.arrayBuffer();
  } catch (error) {
    failures.push(path + ': ' + error.message);
    return null;
  }
  latencies.push(performance.now() - started);
  if (!response.ok) failures.push(path + ': ' + response.status);
  return response;
}

// The projector: one dashboard reading the stream all along.
let dashboards = 0;
const stream = await fetch(base.origin + '/api/dashboard/stream', { headers: { Authorization: 'Bearer ' + TOKEN } });
const reading = (async () => {
  const decoder = new TextDecoder();
  for await (const chunk of stream.body) dashboards += (decoder.decode(chunk).match(/^event: dashboard$/gm) || []).length;
})().catch(() => {});

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const expected = new Map();
const joinSpan = (SECONDS * 1000) / 2;
async function student(n) {
  await sleep((n * joinSpan) / STUDENTS);
  const token = randomBytes(16).toString('hex');
  const joined = await call('/api/join', { code: base.code, name: 'Student ' + n, token });
  if (!joined || !joined.ok) return;
  const path = paths[n % paths.length];
  // The rest of the minute, spread over the questions, with some jitter: people read.
  const think = (SECONDS * 1000 - (n * joinSpan) / STUDENTS) / (path.answers.length + 1);
  let seq = 0;
  for (const { question, choice } of path.answers) {
    await sleep(think * (0.5 + Math.random() * 0.5));
    const answered = await call('/api/requests', { seq: ++seq, command: { type: 'answer', question, choice } }, token);
    if (answered && answered.ok) {
      const key = question + '=' + choice;
      expected.set(key, (expected.get(key) || 0) + 1);
    }
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: STUDENTS }, (_, n) => student(n)));
const elapsed = (performance.now() - started) / 1000;
await sleep(500);
server.kill('SIGTERM');
await new Promise((done) => server.on('exit', done));
clearInterval(memory);
await reading;

const report = JSON.parse(execFileSync(STANCE, ['report', db, '--format', 'json'], { encoding: 'utf8' }));
let missing = 0;
for (const question of report.answers) {
  for (const choice of question.choices) {
    const want = expected.get(question.question + '=' + choice.choice) || 0;
    if (choice.count !== want) missing += Math.abs(want - choice.count);
  }
}
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
console.log(`students            ${STUDENTS} (${report.participants.length} in the database)`);
console.log(`requests            ${latencies.length} in ${elapsed.toFixed(1)} s, ${failures.length} failed`);
console.log(`response time       p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms, max ${latencies[latencies.length - 1].toFixed(1)} ms`);
console.log(`server memory       ${(peakRss / 1024).toFixed(1)} MiB at most (resident)`);
console.log(`dashboard updates   ${dashboards} pushed to the one dashboard`);
console.log(`answers missing     ${missing}`);
for (const failure of failures.slice(0, 10)) console.log('  failed: ' + failure);
rmSync(dir, { recursive: true, force: true });
process.exit(failures.length === 0 && missing === 0 ? 0 : 1);
