// Did-you-mean wherever an id is taken: topics, needs, emergency kinds, channels — by spelling,
// or by what the words mean — in the error message and in its hint, in English and Chinese.
import { describe, expect, it } from 'vitest';
import { nearestId, suggestChannel, suggestEmergency, suggestNeed, suggestTopic } from '../../src/match/index.js';
import { runCli } from '../support/fake-io.js';
import { builtin } from './catalog.js';

const AT = ['--at', '2026-11-28T23:30+08:00', '--tz', 'UTC'];

describe('suggestions', () => {
  it.each([
    ['payement', 'payment'],
    ['Payment', 'payment'],
    ['acount-security', 'account-security'],
    ['crossborder', 'cross-border'],
    ['fruad', 'fraud'],
    ['被盗', 'account-security'],
    ['stolen', 'account-security'],
    ['banned', 'account-unblock'],
    ['被骗', 'fraud'],
  ])('topic %j → %s', (typed, id) => expect(suggestTopic(builtin, typed)).toBe(id));

  it.each([
    ['eldery', 'elderly'],
    ['enterprize', 'enterprise'],
    ['视障', 'visually-impaired'],
    ['老年', 'elderly'],
  ])('need %j → %s', (typed, id) => expect(suggestNeed(builtin, typed)).toBe(id));

  it.each([
    ['stole', 'stolen'],
    ['fund', 'funds'],
    ['leek', 'leak'],
    ['hacked', 'stolen'],
    ['被骗了', 'funds'],
    ['信息泄露', 'leak'],
  ])('emergency %j → %s', (typed, id) => expect(suggestEmergency(builtin, typed)).toBe(id));

  it.each([
    ['hotlin', 'hotline'],
    ['offical-account', 'official-account'],
    ['95017', 'wxpay-95017'],
    ['小程序', 'mini-program'],
    ['weixin110.qq.com', 'security-center'],
  ])('channel %j → %s', (typed, id) => expect(suggestChannel(builtin, typed)).toBe(id));

  it.each(['zzzz', 'x', '', 'completely unrelated words'])('nothing near %j', (typed) => {
    expect(suggestTopic(builtin, typed)).toBeUndefined();
    expect(suggestNeed(builtin, typed)).toBeUndefined();
  });

  it('a cut-short id is suggested only when one id starts with it', () => {
    expect(nearestId('visually', ['visually-impaired', 'elderly'])).toBe('visually-impaired');
    expect(nearestId('account', ['account-security', 'account-unblock'])).toBeUndefined();
  });
});

describe('the errors', () => {
  it.each([
    [
      ['recommend', '--topic', 'payement'],
      'UNKNOWN_TOPIC',
      '--topic: unknown topic "payement"; did you mean "payment"? valid: general, ',
      'try: --topic payment (see `wxhelp topics`)',
    ],
    [
      ['recommend', '--topic', '被盗'],
      'UNKNOWN_TOPIC',
      '--topic: unknown topic "被盗"; did you mean "account-security"?',
      'try: --topic account-security',
    ],
    [['phone', '--topic', 'stolen'], 'UNKNOWN_TOPIC', 'did you mean "account-security"?', 'try: --topic account-security'],
    [
      ['recommend', '--topic', 'general', '--need', 'eldery'],
      'UNKNOWN_NEED',
      '--need: unknown need "eldery"; did you mean "elderly"? valid: visually-impaired, elderly, enterprise',
      'try: --need elderly',
    ],
    [
      ['emergency', 'stole'],
      'UNKNOWN_EMERGENCY',
      'emergency: unknown kind "stole"; did you mean "stolen"? valid: stolen, funds, leak',
      'try: wxhelp emergency stolen',
    ],
    [
      ['hours', 'hotlin'],
      'UNKNOWN_CHANNEL',
      'hours: unknown channel "hotlin"; did you mean "hotline"? valid: app-help, ',
      'try: wxhelp hours hotline',
    ],
    [['hours', '95017'], 'UNKNOWN_CHANNEL', 'did you mean "wxpay-95017"?', 'try: wxhelp hours wxpay-95017'],
  ])('%j → %s with the suggestion in message and hint', async (args, code, message, hint) => {
    const r = await runCli([...args, ...AT, '--json']);
    expect(r.code).toBe(2);
    const { error } = JSON.parse(r.stderr) as { error: { code: string; message: string; hint: string } };
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
    expect(error.hint).toContain(hint);
  });

  it('in Chinese, with full-width punctuation', async () => {
    const r = await runCli(['recommend', '--topic', 'payement', '--lang', 'zh', ...AT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--topic：未知主题“payement”；你是不是要找“payment”？可用：general、account-security');
    expect(r.stderr).toContain('试试：--topic payment（见 `wxhelp topics`）');
    const e = await runCli(['emergency', '被骗了', '--lang', 'zh', ...AT]);
    expect(e.stderr).toContain('emergency：未知的紧急情况“被骗了”；你是不是要找“funds”？可用：stolen、funds、leak');
    expect(e.stderr).toContain('试试：wxhelp emergency funds');
    const n = await runCli(['recommend', '--topic', 'general', '--need', '老年', '--lang', 'zh', ...AT]);
    expect(n.stderr).toContain('你是不是要找“elderly”？');
    const h = await runCli(['hours', 'hotlin', '--lang', 'zh', ...AT]);
    expect(h.stderr).toContain('hours：未知渠道“hotlin”；你是不是要找“hotline”？');
  });

  it('nothing near: the valid ids and an example, no guess', async () => {
    const r = await runCli(['recommend', '--topic', 'zzzz', ...AT]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('did you mean');
    expect(r.stderr).toContain('valid: general, account-security');
    expect(r.stderr).toContain('e.g. --topic general');
    const zh = await runCli(['emergency', 'zzzz', '--lang', 'zh', ...AT]);
    expect(zh.stderr).toContain('emergency：未知的紧急情况“zzzz”；可用：stolen、funds、leak——例如：wxhelp emergency stolen');
  });
});
