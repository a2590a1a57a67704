// matchTopic: a confident match, a weak one with its alternatives, no match; urgency only from a
// phrase the catalog marks urgent; Chinese without segmentation, English typos, numbers, URLs.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/types.js';
import { editDistance, loadFolding, matchTopic, rankTopics } from '../../src/match/index.js';
import { fold, stem, textFeatures } from '../../src/match/normalize.js';
import { builtin } from './catalog.js';

describe('matchTopic', () => {
  it.each([
    ['我的微信号被盗了', 'account-security'],
    ['my account was stolen', 'account-security'],
    ['微信被封了怎么解封', 'account-unblock'],
    ['i got scammed, sent money to a fake seller', 'fraud'],
  ])('confident: %s → %s', (text, topic) => {
    const m = matchTopic(builtin, text);
    expect(m).toMatchObject({ text, topic, confidence: 'high' });
    expect(m.alternatives[0]).toEqual({ topic, score: expect.any(Number) });
    for (const a of m.alternatives) expect(a.score).toBeGreaterThan(0);
    for (const a of m.alternatives) expect(a.score).toBeLessThanOrEqual(1);
  });

  it.each([
    // A place alone, or beside a payment or a how-to: paying from abroad is cross-border.
    ['i live in canada', 'cross-border'],
    ['i live in london how do i verify my wechat pay', 'cross-border'],
    // Beside a problem another topic names whole, the problem leads.
    ['i live in germany and my account is banned', 'account-unblock'],
    ["i live in canada and can't log in", 'login'],
    ['living abroad, no sms code', 'login'],
  ])('words that say only where the user is: %s → %s', (text, topic) => {
    expect(matchTopic(builtin, text).topic).toBe(topic);
  });

  it('weak: two likely topics, best first, and the best is used', () => {
    const m = matchTopic(builtin, 'wechat pay restricted refund');
    expect(m.confidence).toBe('low');
    expect(m.topic).toBe(m.alternatives[0]?.topic);
    expect(m.alternatives.map((a) => a.topic)).toEqual(expect.arrayContaining(['payment', 'payment-appeal']));
    expect(m.alternatives.length).toBeLessThanOrEqual(3);
    const scores = m.alternatives.map((a) => a.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it.each(['hello', 'asdf qwer', '的', 'account', 'help me with something', '', '   ', '!!!'])('no match: %j', (text) => {
    expect(matchTopic(builtin, text)).toEqual({ text, topic: null, confidence: null, alternatives: [], urgent: false, needs: [] });
  });

  it('urgent only through a phrase the catalog marks urgent', () => {
    expect(matchTopic(builtin, 'my account was stolen')).toMatchObject({ urgent: true, urgentPhrase: 'stolen' });
    expect(matchTopic(builtin, '刚刚被骗了')).toMatchObject({ topic: 'fraud', urgent: true });
    expect(matchTopic(builtin, 'how do i change my wechat id')).toMatchObject({ topic: 'general', urgent: false });
    expect(matchTopic(builtin, 'how do i change my wechat id').urgentPhrase).toBeUndefined();
    // The same words without urgentPhrases in the catalog: matched, never urgent.
    const calm: Catalog = { ...builtin, topics: builtin.topics.map((t) => ({ ...t, urgentPhrases: [] })) };
    expect(matchTopic(calm, 'i got hacked right now')).toMatchObject({ topic: 'account-security', urgent: false });
  });

  it('numbers, web addresses and mixed zh/en count', () => {
    expect(matchTopic(builtin, '95017').topic).toBe('payment');
    expect(matchTopic(builtin, 'https://weixin110.qq.com').topic).toBe('account-security');
    expect(matchTopic(builtin, '我的wechat被hack了').topic).toBe('account-security');
    expect(matchTopic(builtin, '账号被ban了').topic).toBe('account-unblock');
  });

  it('reads case, width, punctuation and WeChat’s 帐号 spelling alike', () => {
    const base = rankTopics(builtin, 'my account was hacked')[0];
    expect(rankTopics(builtin, 'MY ACCOUNT WAS HACKED!!!')[0]).toEqual(base);
    expect(rankTopics(builtin, 'ｍｙ　ａｃｃｏｕｎｔ　ｗａｓ　ｈａｃｋｅｄ')[0]).toEqual(base);
    expect(rankTopics(builtin, '帐号被盗')[0]?.score).toBeCloseTo(rankTopics(builtin, '账号被盗')[0]!.score);
  });

  it('tolerates a typo in a longer word, not in a short one', () => {
    expect(matchTopic(builtin, 'my acount was hakced').topic).toBe('account-security');
    expect(matchTopic(builtin, 'paymnet falied').topic).toBe('payment');
    expect(editDistance('paymnet', 'payment')).toBe(1);
    expect(editDistance('back', 'hack', 1)).toBe(1);
    expect(matchTopic(builtin, 'back').topic).toBeNull(); // not "hack": a typo keeps the first letter
  });

  it('a catalog without phrases still matches topic names and ids', () => {
    const bare: Catalog = { ...builtin, topics: builtin.topics.map((t) => ({ ...t, phrases: { zh: [], en: [] }, urgentPhrases: [] })) };
    expect(matchTopic(bare, 'cross border').topic).toBe('cross-border');
    expect(matchTopic(bare, '支付申诉').topic).toBe('payment-appeal');
  });
});

describe('the pieces', () => {
  it('stems plural and tense forms the same way', () => {
    for (const [a, b] of [
      ['hacked', 'hack'],
      ['hacking', 'hack'],
      ['banned', 'ban'],
      ['scammed', 'scam'],
      ['logging', 'log'],
      ['closed', 'close'],
      ['payments', 'payment'],
      ['stories', 'story'],
    ]) {
      expect(stem(a!)).toBe(stem(b!));
    }
    expect(stem('95017')).toBe('95017');
    // Each ending and each doubled consonant, exactly (no pattern: character codes and endings).
    const stems: [string, string][] = [
      ['boxes', 'box'],
      ['watches', 'watch'],
      ['wishes', 'wish'],
      ['buzzes', 'buzz'],
      ['passes', 'pass'],
      ['falls', 'fall'],
      ['staffs', 'staff'],
      ['stopped', 'stop'],
      ['running', 'run'],
      ['fizz', 'fizz'],
      ['apply', 'apply'],
      ['2026', '2026'],
      ['abc', 'abc'],
    ];
    expect(stems.map(([word]) => [word, stem(word)])).toEqual(stems);
  });

  it('folds width, case, variants and apostrophes, whatever else the text holds', () => {
    expect(fold('Can’t LOG in')).toBe('cant log in');
    expect(fold("it's `here`")).toBe('its here');
    expect(fold('微信帐号 帳號')).toBe('微信账号 账号');
    expect(fold('ＡＢＣ１２３')).toBe('abc123');
    expect(fold('plain text 微信')).toBe('plain text 微信');
  });

  it('reads written Cantonese as the Mandarin a phrase has: 唔 不, 咗 了, 嘅 的, 冇 没', async () => {
    // As for Traditional characters: once the table is loaded (as it is for any text that is not ASCII).
    await loadFolding();
    expect(fold('收唔到驗證碼')).toBe(fold('收不到验证码'));
    expect(fold('我個微信俾人盜咗')).toBe('我个微信俾人盗了');
    expect(fold('微信錢包嘅錢唔見咗')).toBe(fold('微信钱包的钱不见了'));
    expect(fold('冇收到短訊')).toBe('没收到短讯');
  });

  it('reads Chinese as characters and neighbouring pairs, with a pair a character or a few apart', () => {
    const f = textFeatures('账号被人盗了');
    expect([...f.pairs]).toEqual(['账号', '号被', '被人', '人盗', '盗了']);
    expect(f.gapPairs.has('被盗')).toBe(true);
    expect(textFeatures('怎么建一个群').nearPairs.has('建群')).toBe(true);
  });
});
