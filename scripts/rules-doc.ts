/** `npm run docs:rules`: writes the list of validation rules into docs/validation-rules.md between its markers. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_DOC, withRulesTable } from '../src/lib/validation/rules-doc.ts';
import { parseToolOptions } from '../src/lib/cli/options.ts';

// No options: a mistyped one is an error rather than ignored.
parseToolOptions({ name: 'npm run docs:rules', usage: 'Usage: npm run docs:rules (no options)' }, { strict: true, options: {} });

const doc = join(import.meta.dirname, '..', RULES_DOC);
const before = readFileSync(doc, 'utf8');
const after = withRulesTable(before);
if (after !== before) writeFileSync(doc, after);
process.stdout.write(after === before ? `${RULES_DOC} rule list is up to date.\n` : `${RULES_DOC} rule list updated.\n`);
