// Runs Microsoft Recognizers-Text (npm @microsoft/recognizers-text-suite) Chinese number, percent, currency,
// dimension and datetime models over a file of sentences, one sentence per line, and prints a JSON summary.
// usage: NODE_PATH=bench/peers/node_modules node bench/compare_peers.js SENTENCES_FILE REFERENCE_DATE
'use strict';
const fs = require('fs');
const Suite = require('@microsoft/recognizers-text-suite');

const [file, refDate] = process.argv.slice(2);
const sentences = fs.readFileSync(file, 'utf8').split('\n').filter((s) => s.length > 0);
const culture = Suite.Culture.Chinese;
const reference = new Date(refDate + 'T00:00:00');
const models = [
  (s) => Suite.recognizeNumber(s, culture),
  (s) => Suite.recognizePercentage(s, culture),
  (s) => Suite.recognizeCurrency(s, culture),
  (s) => Suite.recognizeDimension(s, culture),
  (s) => Suite.recognizeDateTime(s, culture, undefined, reference),
];
// Warm up (the models compile their regular expressions lazily), then time one full pass.
for (const m of models) m(sentences[0] || '2024年');
let results = 0;
const t0 = process.hrtime.bigint();
for (const s of sentences) for (const m of models) results += m(s).length;
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const bytes = sentences.reduce((n, s) => n + Buffer.byteLength(s, 'utf8'), 0);
console.log(JSON.stringify({ peer: 'recognizers-text-suite', sentences: sentences.length, bytes, seconds, results }));
