/** `npm run docs:rules`: writes the list of validation rules into README.md between its markers. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withRulesTable } from '../src/lib/validation/rules-doc.ts';
import { parseToolOptions } from '../src/lib/cli/options.ts';

// No options: a mistyped one is an error rather than ignored.
parseToolOptions({ name: 'npm run docs:rules', usage: 'Usage: npm run docs:rules (no options)' }, { strict: true, options: {} });

const readme = join(import.meta.dirname, '..', 'README.md');
const before = readFileSync(readme, 'utf8');
const after = withRulesTable(before);
if (after !== before) writeFileSync(readme, after);
process.stdout.write(after === before ? 'README.md rule list is up to date.\n' : 'README.md rule list updated.\n');
