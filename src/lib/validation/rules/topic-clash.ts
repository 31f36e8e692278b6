/** topic-clash: two topics that make the same address would share one topic page. */
import { shortenValue } from '../problems.ts';
import { slugify } from '../../text/slug.ts';
import type { FileRule, Finding } from '../rule.ts';

export const topicClash: FileRule = {
  id: 'topic-clash',
  description: 'Two topics of an article may not make the same address (North Korea, north-korea).',
  example: 'clashes with topics[0] "North Korea": both become /topics/north-korea/',
  severity: 'error',
  scope: 'file',
  appliesTo: ['article'],
  check(file) {
    const topics = file.articleField('topics') ?? [];
    const seen = new Map<string, number>();
    const findings: Finding[] = [];
    topics.forEach((topic, index) => {
      const slug = slugify(topic);
      const first = seen.get(slug);
      if (!slug) return;
      if (first === undefined) {
        seen.set(slug, index);
        return;
      }
      findings.push({
        line: file.lineOf(['topics', index]),
        field: `topics[${index}]`,
        value: shortenValue(topic),
        message: `clashes with topics[${first}] "${topics[first]}": both become /topics/${slug}/`,
        fix: 'remove one of them or write both the same way',
      });
    });
    return findings;
  },
};
