import { describe, expect, it } from 'vitest';
import { isBreakthrough } from '@/utils/breakthrough';

const rules = { keywords: ['urgent', 'on call'], vips: ['Dana Lee'] };

describe('isBreakthrough', () => {
  it.each([
    ['URGENT: prod down', '', true],
    ['Standup', 'this is urgent, please', true],
    ['Standup', 'urgently needed', false],
    ['Standup', 'nonurgent', false],
    ['Pager', 'you are On Call tonight', true],
    ['Dana Lee', 'lunch?', true],
    ['Bob', 'Dana Lee says hi', false],
    ['Dringend', 'überurgent', false],
    ['', '', false],
  ])('%s / %s', (title, body, expected) => {
    expect(isBreakthrough(rules, title, body)).toBe(expected);
  });

  it('ignores blank rules', () => {
    expect(isBreakthrough({ keywords: ['  '], vips: [''] }, 'anything', 'at all')).toBe(false);
  });
});
