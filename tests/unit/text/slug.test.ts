import { expect, it } from 'vitest';
import { slugify } from '../../../src/lib/text/slug.ts';

it.each([
  ['North Korea', 'north-korea'],
  ['north-korea', 'north-korea'],
  ['  Middle   East ', 'middle-east'],
  ['Café Société', 'cafe-societe'],
  ['Israel & Gaza', 'israel-and-gaza'],
  ["Int'l Affairs", 'intl-affairs'],
  ['1 John', '1-john'],
  ['🔥', ''],
])('slugify(%j) = %j', (input, expected) => {
  expect(slugify(input)).toBe(expected);
});
