/** `npm run schema`: writes src/schema/json/{article,author,person}.schema.json from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { articleJsonSchema, authorJsonSchema, personJsonSchema, toJsonText } from '../src/schema/json-schema.ts';
import { parseToolOptions } from '../src/lib/cli/options.ts';

// No options: a mistyped one is an error rather than ignored.
parseToolOptions({ name: 'npm run schema', usage: 'Usage: npm run schema (no options)' }, { strict: true, options: {} });

const outDir = new URL('../src/schema/json/', import.meta.url);
writeFileSync(new URL('article.schema.json', outDir), toJsonText(articleJsonSchema()));
writeFileSync(new URL('author.schema.json', outDir), toJsonText(authorJsonSchema()));
writeFileSync(new URL('person.schema.json', outDir), toJsonText(personJsonSchema()));
console.log('wrote src/schema/json/article.schema.json, author.schema.json and person.schema.json');
