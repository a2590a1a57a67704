// The problems beside the article's topics, held on the whole grid (urgent/not × mainland/overseas
// × twelve instants), in-process through the injected IO: logging in never freezes; a scam answer
// names the police and 96110 in its first three steps; someone who asks for a person gets one
// first when one answers, else is told when one will; a banned account starts where no login is
// needed; merchants get key 2; and a closed channel is never rank 1 while something can help.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/fake-io.js';

const TIMES = ['03:00', '09:00', '12:00', '19:30', '21:59', '22:00'];
const DAYS = ['2026-11-26', '2026-11-28']; // a Thursday and a Saturday
const INSTANTS = DAYS.flatMap((d) => TIMES.map((t) => `${d}T${t}+08:00`));
const SIDES = [false, true].flatMap((urgent) => [false, true].map((overseas) => ({ urgent, overseas })));

async function run(args: string[]) {
  const r = await runCli(args);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

async function answer(words: string[], at: string, extra: string[] = []) {
  return JSON.parse(await run(['recommend', ...words, '--json', '--at', at, '--tz', 'Asia/Shanghai', ...extra]));
}

const flags = (urgent: boolean, overseas: boolean) => [urgent ? '--urgent' : '--not-urgent', overseas ? '--overseas' : '--mainland'];

/** Rule 1, as the main grid holds it: rank 1 acts now whenever anything can. */
function rankOneActs(out: any) {
  const recs: any[] = out.recommendations;
  if (recs.some((r) => r.channel.canActNow)) {
    expect(recs[0].channel.canActNow).toBe(true);
    expect(['closed', 'unknown']).not.toContain(recs[0].channel.status.state);
  } else {
    expect(out.nextActionAt).toBe(recs[0].channel.actsAt);
  }
}

describe.each(SIDES)('urgent=$urgent overseas=$overseas', ({ urgent, overseas }) => {
  it.each(INSTANTS)('login at %s: no freeze anywhere in the answer', async (at) => {
    const out = await answer(['--topic', 'login', ...flags(urgent, overseas)], at);
    expect(out.emergency).toBeNull();
    for (const rec of out.recommendations) {
      expect(rec.channel.id).not.toBe('app-freeze');
      expect(rec.capability?.id).not.toBe('freeze');
    }
    rankOneActs(out);
    const text = await run(['recommend', '--topic', 'login', ...flags(urgent, overseas), '--at', at, '--tz', 'Asia/Shanghai']);
    expect(text).not.toMatch(/Freeze the account|freeze it|⚠/);
  });

  it.each(INSTANTS)('a scam at %s: the police and 96110 within the first three steps, the bank among the contacts', async (at) => {
    const out = await answer(['--topic', 'fraud', '--urgent', overseas ? '--overseas' : '--mainland'], at);
    const firstThree = out.emergency.stepDetails.slice(0, 3).flatMap((s: any) => s.channels);
    const contacts = out.emergency.contacts.map((c: any) => c.id);
    if (overseas) {
      // 110 and 96110 are mainland numbers: abroad, the step is the local police.
      expect(firstThree).toContain('local-police');
    } else {
      expect(firstThree).toEqual(expect.arrayContaining(['police-110', 'antifraud-96110']));
      const police = out.emergency.contacts.find((c: any) => c.id === 'police-110');
      expect(police.number).toBe('110');
      // The 110 desk is staffed around the clock (public-security material): people answer at any hour.
      expect(police.status.state).toBe('open');
      expect(police.status.nextChange).toBeNull();
      expect(out.emergency.contacts.find((c: any) => c.id === 'antifraud-96110').status.state).toBe('unknown');
      expect(out.emergency.contacts.find((c: any) => c.id === 'antifraud-96110').number).toBe('96110');
    }
    expect(contacts).toContain('card-issuer');
    expect(out.emergency.name).toMatch(/^Money sent to a scammer/);
    rankOneActs(out);
    expect(out.emergency.stepDetails[0].channels).toContain(out.recommendations[0].channel.id);
  });

  it.each(INSTANTS)('a banned account at %s: rank 1 needs no login, the mini program follows', async (at) => {
    const out = await answer(['--topic', 'account-unblock', ...flags(urgent, overseas)], at);
    expect(out.recommendations[0].channel.id).toBe('login-screen');
    expect(out.recommendations[0].channel.canActNow).toBe(true);
    expect(out.recommendations.map((r: any) => r.channel.id)).toContain('mini-program');
  });

  it.each(INSTANTS)('a merchant at %s: key 2 with the merchant number, first whenever it answers', async (at) => {
    const out = await answer(['--topic', 'merchant', ...flags(urgent, overseas)], at);
    const line = out.recommendations.find((r: any) => r.channel.id === 'wxpay-merchant');
    expect(line.reasons.join(' ')).toMatch(/press 2/);
    expect(line.materials).toContain('Your merchant number');
    if (line.channel.status.state === 'open') expect(out.recommendations[0].channel.id).toBe('wxpay-merchant');
    if (overseas) expect(line.channel.dial).toBe('+86 571 95017');
    rankOneActs(out);
  });

  it.each(INSTANTS)('--need human at %s: a person first when one answers, else the answer says when one will', async (at) => {
    for (const topic of ['general', 'payment', 'login', 'merchant', 'minor-spending', 'account-unblock']) {
      const out = await answer(['--topic', topic, ...flags(urgent, overseas), '--need', 'human'], at);
      const recs: any[] = out.recommendations;
      rankOneActs(out);
      // A line for another product (`standing`) answers, but not for this: no person for the user.
      const open = recs.filter((r) => r.channel.status.state === 'open' && r.channel.standing === undefined);
      expect(out.person.now).toBe(open.length > 0);
      if (open.length > 0) {
        // The plan's first step leads an emergency (rule 2); otherwise a person who answers now.
        if (!out.emergency) expect(recs[0].channel.status.state).toBe('open');
        expect(out.person.nextAt).toBeNull();
      } else {
        const opens = recs
          .filter((r) => r.channel.standing === undefined)
          .map((r) => r.channel.status.nextOpen)
          .filter((t) => t !== null)
          .map((t) => Date.parse(t));
        if (opens.length > 0) expect(Date.parse(out.person.nextAt)).toBe(Math.min(...opens));
        const text = await run([
          'recommend',
          '--topic',
          topic,
          ...flags(urgent, overseas),
          '--need',
          'human',
          '--at',
          at,
          '--tz',
          'Asia/Shanghai',
        ]);
        expect(text).toMatch(opens.length > 0 ? /No person answers right now\. The first from/ : /No person answers right now/);
      }
    }
  });

  it.each(INSTANTS)('the new topics at %s: a closed channel is never rank 1 while something can help', async (at) => {
    for (const topic of ['login', 'merchant', 'minor-spending']) {
      rankOneActs(await answer(['--topic', topic, ...flags(urgent, overseas)], at));
      rankOneActs(await answer(['--topic', topic, ...flags(urgent, overseas), '--need', 'human'], at));
    }
  });
});

describe('the words people use', () => {
  const at = '2026-11-28T23:30+08:00';
  it.each([
    'forgot password',
    '忘记密码了',
    '收不到验证码',
    'changed my phone number and cannot log in',
    '换了新手机登录不了',
    // As typed in Hong Kong, Macao and Taiwan: their words for logging in and text messages, and Cantonese.
    '無法登入',
    '登入不了',
    '收不到簡訊',
    '忘記密碼又收不到簡訊驗證碼',
    '收唔到驗證碼',
    '收唔到短訊 登入唔到',
    '冇收到驗證碼',
  ])('%s → login, no freeze', async (words) => {
    const out = await answer([words], at);
    expect(out.topic.id).toBe('login');
    expect(out.emergency).toBeNull();
    expect(out.recommendations[0].channel.id).toBe('login-screen');
  });

  it('"is there a phone number i can call" asks for a person, and a phone line comes first', async () => {
    const out = await answer(['is there a phone number i can call'], at);
    expect(out.query.needs).toEqual(['human']);
    expect(out.recommendations[0].channel.kind).toBe('phone');
  });

  it.each([
    ["my grandmother can't use the app", 'elderly'],
    ['我奶奶不会用微信', 'elderly'],
    ['老人家唔識用微信', 'elderly'],
    ['我是盲人 怎么联系客服', 'visually-impaired'],
    ['screen reader', 'visually-impaired'],
    // The needs' regional words count as the topics' do.
    ['阿嬤不會用微信', 'elderly'],
    ['螢幕閱讀器點用', 'visually-impaired'],
  ])('%s → the need %s, answered as a how-to', async (words, need) => {
    const out = await answer([words], at);
    expect(out.query.needs).toEqual([need]);
    expect(out.topic.id).toBe('general');
  });

  it.each(['删除账号', '想刪除帳號', 'how do i delete my account'])('%s → general: closing an account is a how-to', async (words) => {
    const out = await answer([words], at);
    expect(out.topic.id).toBe('general');
    expect(out.emergency).toBeNull();
  });

  it.each(['微信支付被冻结了', '微信支付被限制', 'my wechat pay got frozen', '微信支付被凍結咗'])(
    '%s → payment-appeal (WeChat Pay restricted, the account itself is not)',
    async (words) => {
      const out = await answer([words], at);
      expect(out.topic.id).toBe('payment-appeal');
      expect(out.recommendations[0].channel.id).toBe('mini-program');
    },
  );

  it.each([
    'someone changed my password',
    '密码被人改了',
    'my account was hacked and i cant log in',
    '密碼被人改了 現在登入不了',
    '我個微信俾人盜咗',
  ])('%s → account-security (stolen words win)', async (words) => {
    expect((await answer([words], at)).topic.id).toBe('account-security');
  });

  it.each([
    ['人工', 'general'],
    ['phone number', 'general'],
    ['客服电话', 'general'],
    ['talk to a human', 'general'],
    ['转人工', 'general'],
    ['支付问题 转人工', 'payment'],
    ['real person about my banned account', 'account-unblock'],
    // When people answer is asking for one.
    ['微信客服几点上班', 'general'],
    ['客服幾點上班', 'general'],
    ['customer service hours', 'general'],
  ])('%s → the need for a person (topic %s)', async (words, topic) => {
    const out = await answer([words], at);
    expect(out.topic.id).toBe(topic);
    expect(out.query.needs).toContain('human');
    expect(out.match.needs).toEqual(['human']);
  });

  it.each(['changed my phone number', 'some company got hold of my number'])('%s → not the need for a person', async (words) => {
    expect((await answer([words], at)).query.needs).toEqual([]);
  });

  it.each([
    ['商户', 'merchant'],
    ['微信支付商户号被冻结', 'merchant'],
    ['未成年人 消费 退款', 'minor-spending'],
    ['my kid spent money in a game', 'minor-spending'],
    ['我的微信被封号了', 'account-unblock'],
    ['聊天记录不见了', 'general'],
    ['my chat history disappeared', 'general'],
    ['手机不见了', 'account-security'],
    ['微信一直闪退怎么办', 'general'],
    ['the app keeps crashing', 'general'],
    ['我要投诉', 'general'],
    ['how do i pay with wechat abroad', 'cross-border'],
    // Abroad, a problem another topic names leads; where the user is only says how to dial.
    ['i live in germany and my account is banned', 'account-unblock'],
    ['人在海外 登录不上', 'login'],
    ['在美国 微信被封了', 'account-unblock'],
    ['我在国外 怎么用微信支付', 'cross-border'],
  ])('%s → %s', async (words, topic) => {
    expect((await answer([words], at)).topic.id).toBe(topic);
  });

  it('a scam at 23:30 Beijing: the police and 96110 on the first screen, 110.qq.com named for what it is', async () => {
    const text = await run(['recommend', '被骗了', '转账', '--at', at, '--tz', 'Asia/Shanghai']);
    const lines = text.split('\n');
    const firstScreen = lines.slice(0, 24).join('\n');
    expect(firstScreen).toMatch(/Money sent to a scammer/);
    expect(firstScreen).toMatch(/\n {3}110 · /);
    expect(firstScreen).toMatch(/\n {3}96110 · /);
    const zh = await run(['recommend', '被骗了', '转账', '--lang', 'zh', '--at', at, '--tz', 'Asia/Shanghai']);
    expect(zh).toMatch(/钱转给了骗子/);
    const all = await run(['emergency', 'funds', '--at', at, '--tz', 'Asia/Shanghai', '--verbose']);
    expect(all).toMatch(/110\.qq\.com, Tencent's reporting site/);
  });

  it('the games-only line says it is for games', async () => {
    const out = await answer(['--topic', 'minor-spending', '--mainland'], '2026-11-28T12:00+08:00');
    const line = out.recommendations.find((r: any) => r.channel.id === 'minors-games-line');
    expect(line.channel.name).toMatch(/games only/);
    expect(line.channel.status.state).toBe('unknown');
  });
});
