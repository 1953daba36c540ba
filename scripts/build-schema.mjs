#!/usr/bin/env node
// Regenerates the JSON Schemas in schema/ from the TypeScript result types, so the shipped schema
// can never drift from what the code emits (tests validate real outputs against these files).
// Usage: npm run schema — then review `git diff schema`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = fileURLToPath(new URL('..', import.meta.url));
const targets = [
  {
    file: 'schema/result.schema.json',
    path: 'src/pipeline/analyze.ts',
    type: 'TifaResult',
    id: 'https://tifa.invalid/schema/result.schema.json',
    title: 'tifa analysis result',
  },
  {
    file: 'schema/comparison.schema.json',
    path: 'src/compare/compare.ts',
    type: 'ComparisonResult',
    id: 'https://tifa.invalid/schema/comparison.schema.json',
    title: 'tifa comparison result',
  },
];
for (const t of targets) {
  const schema = createGenerator({
    path: root + t.path,
    tsconfig: `${root}tsconfig.json`,
    type: t.type,
    expose: 'export',
    topRef: false,
    skipTypeCheck: true,
    additionalProperties: false,
    jsDoc: 'extended',
  }).createSchema(t.type);
  const out = { $schema: 'http://json-schema.org/draft-07/schema#', $id: t.id, title: t.title, ...schema };
  delete out.$ref;
  writeFileSync(root + t.file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`schema: wrote ${t.file}`);
}
