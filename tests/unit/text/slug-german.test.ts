import { expect, it } from 'vitest';
import { fileIdFrom, slugify } from '../../../src/lib/text/slug.ts';

it.each([
  ['Gespräche über', 'gespraeche-ueber', 'gesprache-uber'],
  ['Größe & Maß', 'groesse-und-mass', 'große-and-maß'], // English slugs keep ß, as they always have
  ['ÖL UND ÜBERMUT', 'oel-und-uebermut', 'ol-und-ubermut'],
  ['1. Könige', '1-koenige', '1-konige'],
  ['Café Société', 'cafe-societe', 'cafe-societe'],
])('slugify(%j) is %j in German and %j in English', (input, german, english) => {
  expect(slugify(input, 'de')).toBe(german);
  expect(slugify(input)).toBe(english);
});

it('transliterates a decomposed umlaut the same as a composed one', () => {
  expect(slugify('Gespra\u0308che', 'de')).toBe('gespraeche');
});

it('derives German file ids the German way, English ones unchanged', () => {
  expect(fileIdFrom('Gespräche über den Nahen Osten', 'de')).toBe('gespraeche-ueber-den-nahen-osten');
  expect(fileIdFrom('Gespräche über den Nahen Osten')).toBe('gesprache-uber-den-nahen-osten');
  expect(fileIdFrom('Россия и Украина', 'de')).toBe('rossiya-i-ukraina');
});
