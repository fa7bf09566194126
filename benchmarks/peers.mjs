// Run write-good and alex over many texts in ONE node process.
//
//     node benchmarks/peers.mjs --modules benchmarks/.peers/node_modules \
//         [--time] [--repeat N] [--warmup N] < texts.json
//
// stdin: a JSON array of strings. stdout: one JSON object
//   {"node": version, "tools": {"write-good": ToolRun, "alex": ToolRun}}
// where ToolRun = {version, load_ms, first_ms, hits, latencies_us}
//   load_ms      time to import the library (ms)
//   first_ms     time of the first call, on the first text (ms)
//   hits         per text, a list of [rule, start, end]; offsets are UTF-16
//                code units, as JavaScript strings count them
//   latencies_us with --time: one wall-clock time per call (µs), measured here
//                with process.hrtime after --warmup calls, --repeat passes
// write-good does not say which check produced a suggestion, only a reason
// ending in the check's explanation; the check names are recovered from it.
// alex is called as alex.text() (plain text, not Markdown).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

function parseArgs(argv) {
  const args = { modules: null, time: false, repeat: 1, warmup: 200 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--modules') args.modules = argv[(i += 1)];
    else if (arg === '--time') args.time = true;
    else if (arg === '--repeat') args.repeat = Number(argv[(i += 1)]);
    else if (arg === '--warmup') args.warmup = Number(argv[(i += 1)]);
    else throw new Error(`peers.mjs: unknown argument ${arg}`);
  }
  if (!args.modules) throw new Error('peers.mjs: --modules DIR is required');
  if (!(args.repeat >= 1) || !(args.warmup >= 0)) {
    throw new Error('peers.mjs: --repeat must be >= 1 and --warmup >= 0');
  }
  args.modules = resolve(args.modules);
  return args;
}

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

// write-good's checks and the explanation each appends to its reason.
const WRITE_GOOD_CHECKS = {
  weasel: 'is a weasel word',
  illusion: 'is repeated',
  so: 'adds no meaning',
  thereIs: 'is unnecessary verbiage',
  passive: 'may be passive voice',
  adverb: 'can weaken meaning',
  tooWordy: 'is wordy or unneeded',
  cliches: 'is a cliche',
};

function writeGoodHits(suggestions) {
  const hits = [];
  for (const s of suggestions) {
    for (const [check, explanation] of Object.entries(WRITE_GOOD_CHECKS)) {
      if (s.reason.includes(explanation)) hits.push([check, s.index, s.index + s.offset]);
    }
  }
  return hits;
}

function alexHits(file) {
  const hits = [];
  for (const m of file.messages) {
    const place = m.place || m.position;
    const start = place && place.start ? place.start.offset : place && place.offset;
    const end = place && place.end ? place.end.offset : start;
    hits.push([m.ruleId || m.source || 'alex', start ?? 0, end ?? start ?? 0]);
  }
  return hits;
}

function run(name, lint, toHits, texts, args, loadMs, version) {
  let start = nowMs();
  const first = lint(texts.length ? texts[0] : '');
  const firstMs = nowMs() - start;
  const hits = texts.map((t, i) => toHits(i === 0 ? first : lint(t)));
  const latencies = [];
  if (args.time) {
    for (let i = 0; i < Math.min(args.warmup, texts.length); i += 1) lint(texts[i]);
    for (let r = 0; r < args.repeat; r += 1) {
      for (const text of texts) {
        start = nowMs();
        lint(text);
        latencies.push((nowMs() - start) * 1000);
      }
    }
  }
  return { version, load_ms: loadMs, first_ms: firstMs, hits, latencies_us: latencies };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const texts = JSON.parse(readFileSync(0, 'utf8'));
  if (!Array.isArray(texts) || !texts.every((t) => typeof t === 'string')) {
    throw new Error('peers.mjs: stdin must be a JSON array of strings');
  }
  const require = createRequire(join(args.modules, 'noop.js'));
  const version = (name) => require(`${name}/package.json`).version;
  const tools = {};

  let start = nowMs();
  const writeGood = require('write-good');
  tools['write-good'] = run(
    'write-good', (t) => writeGood(t), writeGoodHits, texts, args, nowMs() - start,
    version('write-good'),
  );

  start = nowMs();
  const alex = await import(pathToFileURL(join(args.modules, 'alex', 'index.js')).href);
  tools.alex = run(
    'alex', (t) => alex.text(t), alexHits, texts, args, nowMs() - start, version('alex'),
  );

  process.stdout.write(JSON.stringify({ node: process.version, tools }));
}

main().catch((err) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(2);
});
