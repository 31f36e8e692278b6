import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pictureDigests } from '../../../src/data/entry-pictures.ts';

describe('pictureDigests', () => {
  const root = mkdtempSync(join(tmpdir(), 'entry-pictures-'));
  mkdirSync(join(root, 'content/articles/2025'), { recursive: true });
  const picture = join(root, 'content/articles/2025/scales.jpg');
  const entry = { filePath: 'content/articles/2025/a.md', rendered: { metadata: { imagePaths: ['./scales.jpg', 'https://example.org/x.jpg', '/public.png', './gone.jpg'] } } };

  it('changes when the bytes of a body picture change, and names a missing one', () => {
    writeFileSync(picture, 'first');
    const before = pictureDigests(entry, root);
    expect(Object.keys(before)).toEqual(['./scales.jpg', './gone.jpg']);
    expect(before['./gone.jpg']).toBe('missing');
    expect(pictureDigests(entry, root)).toEqual(before);
    writeFileSync(picture, 'second');
    expect(pictureDigests(entry, root)['./scales.jpg']).not.toBe(before['./scales.jpg']);
  });

  it('is empty for an entry without local pictures or without a file', () => {
    expect(pictureDigests({ filePath: 'content/articles/2025/a.md' }, root)).toEqual({});
    expect(pictureDigests({ rendered: { metadata: { imagePaths: ['./scales.jpg'] } } }, root)).toEqual({});
  });
});
