import { slugOf } from './slug';

describe('slugOf', () => {
  it.each([
    [
      'Anonymous therapy for people who fear they might offend',
      'anonymous-therapy-for-people-who-fear-they-might-offend',
    ],
    ['Stop It Now! Helpline (UK & Ireland)', 'stop-it-now-helpline-uk-ireland'],
    ['Kein Täter werden', 'kein-tater-werden'],
    ['Förebyggande arbete i skolan', 'forebyggande-arbete-i-skolan'],
    ['  ---  ', 'practice'],
  ])('%s -> %s', (title, slug) => {
    expect(slugOf(title)).toBe(slug);
  });

  it('keeps addresses short without a trailing hyphen', () => {
    const slug = slugOf(`${'word '.repeat(40)}`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});
