import { describe, expect, it } from 'vitest';
import { MAX_TAG_LENGTH, MAX_TAGS, normalizeTags, parseTags } from '../../src/core/tags';

describe('parseTags', () => {
  it('reads #tags in any case, stored lower case without the #', () => {
    expect(parseTags('#AI-policy matters, see #Energy.')).toEqual(['ai-policy', 'energy']);
  });

  it('keeps each tag once, in order of first use', () => {
    expect(parseTags('#chips then #CHIPS and #Chips, #tsmc')).toEqual(['chips', 'tsmc']);
  });

  it('does not read C#, F# or a URL fragment as a tag', () => {
    expect(parseTags('written in C# and F#')).toEqual([]);
    expect(parseTags('see https://example.com/story#comments and example.com/#/home')).toEqual([]);
  });

  it('does not read a bare number as a tag ("ranked #1", "#2024"), but a name with digits is one', () => {
    expect(parseTags('ranked #1 in #2024')).toEqual([]);
    expect(parseTags('#2024-election and #Q3')).toEqual(['2024-election', 'q3']);
  });

  it('reads tags in other scripts and accents, one form for one word', () => {
    expect(parseTags('#énergie #Москва #東京 #cafe\u0301')).toEqual(['énergie', 'москва', '東京', 'café']);
  });

  it('starts a tag after a space, a bracket or a quote, and drops joiners at its end', () => {
    expect(parseTags('(#one) "#two" #three- #four_')).toEqual(['one', 'two', 'three', 'four']);
  });

  it('ignores a lone #, a heading and an empty note', () => {
    expect(parseTags('# Heading ## two #')).toEqual([]);
    expect(parseTags('')).toEqual([]);
  });

  it('is bounded: at most MAX_TAGS tags, each at most MAX_TAG_LENGTH characters', () => {
    const many = Array.from({ length: MAX_TAGS + 5 }, (_, i) => `#tag${i}`).join(' ');
    expect(parseTags(many)).toHaveLength(MAX_TAGS);
    const [long] = parseTags(`#${'a'.repeat(500)}`);
    expect(long).toHaveLength(MAX_TAG_LENGTH);
  });
});

describe('normalizeTags', () => {
  it('accepts words with or without #, and refuses words without a letter', () => {
    expect(normalizeTags(['#Policy', 'policy', '42', 'Chips'])).toEqual(['policy', 'chips']);
  });
});
