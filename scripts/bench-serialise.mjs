#!/usr/bin/env node
// npm run bench:serialise [-- --rows 400 --rounds 2000]
//
// Serialising an answer by schema (fast-json-stringify) against JSON.stringify, on the rows of the
// heaviest read: one project's measurements tab (400 rows, about 140 kB), shaped as the API answers them.
// A measurement, not a test: it prints milliseconds per answer and never fails on them.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import fastJson from 'fast-json-stringify';

const { values: args } = parseArgs({ options: { rows: { type: 'string', default: '400' }, rounds: { type: 'string', default: '2000' } } });
const instant = '2026-12-03T06:54:31.123Z';
const rows = Array.from({ length: Number(args.rows) }, (_, i) => ({
  id: i + 1, indicatorId: 123, period: `20${16 + (i % 10)}-Q${1 + (i % 4)}`, value: 12.5 + i, note: `Meting van het kwartaal ${i}`, status: 'approved',
  recordedAt: instant, submittedAt: null, reviewedAt: instant, peopleMeasured: 40, source: null, version: 3, createdAt: instant, updatedAt: instant, projectId: 18,
}));
const nullable = (type) => ({ type: [type, 'null'] });
const serialise = fastJson({
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: true,
    properties: {
      id: { type: 'integer' }, indicatorId: { type: 'integer' }, period: { type: 'string' }, value: { type: 'number' }, note: nullable('string'),
      status: { type: 'string' }, recordedAt: { type: 'string' }, submittedAt: nullable('string'), reviewedAt: nullable('string'),
      peopleMeasured: nullable('integer'), source: nullable('string'), version: { type: 'integer' }, createdAt: { type: 'string' }, updatedAt: { type: 'string' },
    },
  },
});
if (serialise(rows) !== JSON.stringify(rows)) throw new Error('the two serialisations differ');

const rounds = Number(args.rounds);
const time = (fn) => {
  const t = performance.now();
  for (let i = 0; i < rounds; i++) fn(rows);
  return (performance.now() - t) / rounds;
};
console.log(`${rows.length} rows, ${Math.round(JSON.stringify(rows).length / 1024)} kB, ${rounds} rounds each, interleaved (${process.version})`);
const figures = { 'JSON.stringify': [], 'fast-json-stringify': [] };
for (let run = 0; run < 3; run++) {
  figures['JSON.stringify'].push(time(JSON.stringify));
  figures['fast-json-stringify'].push(time(serialise));
}
for (const [name, ms] of Object.entries(figures)) console.log(`  ${name.padEnd(20)} ${ms.map((m) => m.toFixed(3)).join(' / ')} ms per answer`);
