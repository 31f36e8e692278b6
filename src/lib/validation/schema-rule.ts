/** Rules whose check is made inside the zod schema (src/schema/): their findings, picked by rule id. */
import type { FileKind, FileRule } from './rule.ts';

/** A rule reporting the schema findings tagged with its id (src/lib/validation/zod-problems.ts tags them). */
export function schemaRule(info: { id: string; description: string; example: string; appliesTo: readonly FileKind[] }): FileRule {
  return {
    ...info,
    scope: 'file',
    severity: 'error',
    check: (file) => file.schemaFindings.filter((finding) => finding.rule === info.id).map(({ rule: _rule, ...finding }) => finding),
  };
}
