/** duplicate-scripture: the same passage twice is a copy-paste slip, and would be listed twice on the page. */
import { shortenValue } from '../problems.ts';
import type { FileRule, Finding } from '../rule.ts';

export const duplicateScripture: FileRule = {
  id: 'duplicate-scripture',
  description: 'A passage is listed once in scripture (Luke 21:7-8 and Luke 21:7–8 are the same).',
  example: 'repeats scripture[0] (Luke 21:7–8)',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  check(file) {
    const items = file.articleField('scripture') ?? [];
    const seen = new Map<string, number>();
    const findings: Finding[] = [];
    items.forEach((item, index) => {
      const first = seen.get(item.display);
      if (first === undefined) {
        seen.set(item.display, index);
        return;
      }
      findings.push({
        line: file.lineOf(['scripture', index]),
        field: `scripture[${index}]`,
        value: shortenValue(item.reference),
        message: `repeats scripture[${first}] (${item.display})`,
        fix: 'remove the repeated entry',
      });
    });
    return findings;
  },
};
