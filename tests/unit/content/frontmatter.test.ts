import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('reads fields and body, keeping dates as strings', () => {
    const result = splitFrontmatter('---\ntitle: Hello\ndate: 2024-13-45\n---\nBody text\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toEqual({ title: 'Hello', date: '2024-13-45' });
    expect(result.body).toBe('Body text\n');
    expect(result.lineOf(['date'])).toBe(3);
  });

  it('accepts a byte-order mark and CRLF line endings', () => {
    const result = splitFrontmatter('\uFEFF---\r\ntitle: Hello\r\n---\r\nBody\r\n');
    expect(result).toMatchObject({ ok: true, data: { title: 'Hello' }, body: 'Body\n' });
  });

  it.each([
    ['', 'the file is empty', undefined],
    ['  \n\n', 'the file is empty', undefined],
    ['title: Hello\n---\n', 'the file does not start with a --- line', 1],
    ['---\ntitle: Hello\nBody\n', 'the frontmatter has no closing --- line', 1],
  ])('rejects %j', (input, message, line) => {
    const result = splitFrontmatter(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ message, ...(line ? { line } : {}) });
  });

  it('rejects duplicate keys with the line', () => {
    const result = splitFrontmatter('---\ntitle: A\nauthor: x\ntitle: B\n---\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.message).toMatch(/a key appears twice/);
    expect(result.issues[0]?.line).toBe(4);
    expect(result.issues[0]?.fix).toBe('keep one of the duplicate keys');
  });

  it('rejects tabs used as indentation', () => {
    const result = splitFrontmatter('---\nsource:\n\tname: X\n---\n');
    expect(result.ok).toBe(false);
  });

  it('stops an alias bomb instead of expanding it', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]', '---', ''].join('\n');
    const result = splitFrontmatter(bomb);
    expect(result.ok).toBe(false);
  });

  it('returns non-mapping frontmatter as data for the schema to reject', () => {
    expect(splitFrontmatter('---\n- a\n- b\n---\n')).toMatchObject({ ok: true, data: ['a', 'b'] });
  });
});
