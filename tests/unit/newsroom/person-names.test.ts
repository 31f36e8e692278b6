import { describe, expect, it } from 'vitest';
import { isUnnamedSpeaker, nameWithoutHonorifics } from '../../../src/lib/newsroom/person-names.ts';

describe('nameWithoutHonorifics', () => {
  it('drops English titles, stacked or with a full stop', () => {
    expect(nameWithoutHonorifics('Rev. Anita Castellanos')).toBe('Anita Castellanos');
    expect(nameWithoutHonorifics('The Rev. Dr John Smith')).toBe('John Smith');
    expect(nameWithoutHonorifics('Dr Tamsin Achebe')).toBe('Tamsin Achebe');
    expect(nameWithoutHonorifics('Sir Alan Wood')).toBe('Alan Wood');
    expect(nameWithoutHonorifics('Pastor Ruth Owens')).toBe('Ruth Owens');
  });

  it('drops German titles', () => {
    expect(nameWithoutHonorifics('Prof. Dr. Jan Weber')).toBe('Jan Weber');
    expect(nameWithoutHonorifics('Pfarrerin Anna Schulz')).toBe('Anna Schulz');
    expect(nameWithoutHonorifics('Frau Leonie Brandt')).toBe('Leonie Brandt');
  });

  it('keeps names that are not titled, and a title that is all there is', () => {
    expect(nameWithoutHonorifics('Theodore Fisher')).toBe('Theodore Fisher');
    expect(nameWithoutHonorifics('The Economist')).toBe('The Economist');
    expect(nameWithoutHonorifics('Pastor')).toBe('Pastor');
    expect(nameWithoutHonorifics('A. Minister')).toBe('A. Minister');
  });
});

describe('isUnnamedSpeaker', () => {
  it('finds descriptions in English and German', () => {
    for (const speaker of ['An unnamed delegate', 'a spokesperson', 'officials', 'Officials', 'A Russian agriculture ministry official', 'the ministry’s spokesperson', 'One participant', 'Anonymous', 'ein Sprecher', 'Ein Regierungssprecher', 'Diplomaten', 'The spokesman']) {
      expect(isUnnamedSpeaker(speaker), speaker).toBe(true);
    }
  });

  it('keeps names, initials and titled names', () => {
    for (const speaker of ['Anneliese Korver', 'A. Minister', 'Rev. Anita Castellanos', 'Min Ha-rin', 'Dr Tamsin Achebe', 'Ri Chol-gyu', 'Joaquín Ferrer', 'Source Ray', 'متحدث رسمي', '李明']) {
      expect(isUnnamedSpeaker(speaker), speaker).toBe(false);
    }
  });
});
