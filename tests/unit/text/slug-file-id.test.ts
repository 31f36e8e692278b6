import { describe, expect, it } from 'vitest';
import { fileIdFrom, MAX_GENERATED_ID_LENGTH } from '../../../src/lib/text/slug.ts';
import { ID_PATTERN } from '../../../src/lib/content/layout.ts';

describe('fileIdFrom', () => {
  it.each([
    ['A Treaty Signed in Haste', 'a-treaty-signed-in-haste'],
    ['Café Société', 'cafe-societe'],
    ['Россия и Украина', 'rossiya-i-ukraina'],
    ['Ελλάδα', 'ellada'],
    ['北京 talks', 'beijing-talks'],
    ['Kim Jong Un’s “new” plan', 'kim-jong-uns-new-plan'],
    ['!!!', ''],
  ])('%s → %s', (title, id) => {
    expect(fileIdFrom(title)).toBe(id);
  });

  it('always gives an id the id rule accepts, at most the maximum length, cut at a word', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const id = fileIdFrom(long);
    expect(id.length).toBeLessThanOrEqual(MAX_GENERATED_ID_LENGTH);
    expect(id).toMatch(ID_PATTERN);
    expect(id.endsWith('-')).toBe(false);
    expect(long.replace(/ /g, '-').startsWith(id)).toBe(true);
    for (const title of ['Ünïcödé', 'مرحبا بالعالم', 'a'.repeat(300), '東京 2026']) {
      const made = fileIdFrom(title);
      if (made) expect(made).toMatch(ID_PATTERN);
      expect(made.length).toBeLessThanOrEqual(MAX_GENERATED_ID_LENGTH);
    }
  });
});
