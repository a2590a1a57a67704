// The questions drawn by the real @inquirer/prompts (through @inquirer/testing's render): the
// topic list in English and Chinese, the needs question, Ctrl-C, and colour that follows our rules.
import { select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { needsQuestion, problemQuestion, topicQuestion, whereQuestion } from '../../src/ask/flow.js';
import { inquirerPrompts, promptTheme, type PromptLibrary } from '../../src/ask/inquirer.js';
import { isPromptExit } from '../../src/ask/session.js';
import type { Lang } from '../../src/catalog/types.js';
import { catalog } from './helpers.js';

const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });
const SGR = /\u001b\[[0-9;]*m/;

const setup = (lang: Lang, columns = 120) => ({ catalog: catalog(), lang, tz: 'UTC', columns, dim: (t: string) => plain.dim(t) });

describe('the topic question, rendered', () => {
  it('in English: every topic with its description, general highlighted, key hints', async () => {
    const { answer, events, getScreen } = await render(select, {
      ...topicQuestion(setup('en')),
      loop: false,
      theme: promptTheme(plain, 'en'),
    });
    const screen = getScreen();
    expect(screen.split('\n')[0]).toBe('? What is the problem?');
    expect(screen).toContain('❯ General questions                   How to use WeChat and its basic features');
    expect(screen).toContain(
      '  Payments                            WeChat Pay, transfers, red packets, balance and other payment questions',
    );
    expect(screen).toContain('  Money at risk (fraud)               Scams, unexpected money movements, suspicious large transfers');
    for (const topic of catalog().topics) expect(screen).toContain(topic.name.en);
    expect(screen.split('\n').at(-1)).toBe('↑↓ navigate • ⏎ select');

    events.keypress('down');
    events.keypress('down');
    events.keypress('down');
    expect(getScreen()).toContain('❯ Payments');
    events.keypress('enter');
    await expect(answer).resolves.toBe('payment');
    expect(getScreen()).toBe('✔ What is the problem? Payments');
  });

  it('in Chinese: names and descriptions from the catalog, aligned, Chinese key hints', async () => {
    const { answer, events, getScreen } = await render(select, {
      ...topicQuestion(setup('zh')),
      loop: false,
      theme: promptTheme(plain, 'zh'),
    });
    const screen = getScreen();
    expect(screen.split('\n')[0]).toBe('? 遇到了什么问题？');
    expect(screen).toContain('❯ 常规咨询  功能使用方法、基础功能咨询');
    expect(screen).toContain('  账号安全  账号被盗、被黑、异地登录或可疑登录');
    expect(screen).toContain('  资金风险  被骗、资金异常、可疑大额转账');
    expect(screen.split('\n').at(-1)).toBe('↑↓ 移动 • ⏎ 选择');
    events.keypress('enter');
    await expect(answer).resolves.toBe('general');
    expect(getScreen()).toBe('✔ 遇到了什么问题？ 常规咨询');
  });

  it('Ctrl-C rejects with the error the session treats as an interruption', async () => {
    const { answer, events } = await render(select, { ...topicQuestion(setup('en')), theme: promptTheme(plain, 'en') });
    events.keypress({ name: 'c', ctrl: true });
    const error = await answer.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isPromptExit(error)).toBe(true);
  });

  it('colour off: no colour codes at all; colour on: coloured', async () => {
    const off = await render(select, { ...topicQuestion(setup('en')), theme: promptTheme(plain, 'en') });
    expect(off.getScreen({ raw: true })).not.toMatch(SGR);
    const on = await render(select, {
      ...topicQuestion({ ...setup('en'), dim: (t) => coloured.dim(t) }),
      theme: promptTheme(coloured, 'en'),
    });
    expect(on.getScreen({ raw: true })).toMatch(SGR);
    // Answer both: a prompt left pending rejects when the test worker exits, which vitest
    // reports as an unhandled error and fails the run.
    off.events.keypress('enter');
    on.events.keypress('enter');
    await expect(off.answer).resolves.toBe('general');
    await expect(on.answer).resolves.toBe('general');
  });
});

describe('the other questions, rendered', () => {
  it('where: the default follows the zone', async () => {
    const { answer, events, getScreen } = await render(select, {
      ...whereQuestion({ ...setup('en'), tz: 'Europe/London' }),
      theme: promptTheme(plain, 'en'),
    });
    expect(getScreen()).toContain('❯ Outside mainland China');
    expect(getScreen()).toContain('abroad, or in Hong Kong, Macao or Taiwan');
    events.keypress('enter');
    await expect(answer).resolves.toBe(true);
  });

  it('needs: one choice, "No special needs" first; Enter on a highlighted need chooses it', async () => {
    const { answer, events, getScreen } = await render(select, { ...needsQuestion(setup('en')), theme: promptTheme(plain, 'en') });
    expect(getScreen()).toContain('❯ No special needs');
    events.keypress('down');
    events.keypress('down');
    expect(getScreen()).toContain('❯ Older users');
    events.keypress('enter');
    await expect(answer).resolves.toBe('elderly');
  });

  it('needs: Enter alone answers none, in Chinese', async () => {
    const { answer, events, getScreen } = await render(select, { ...needsQuestion(setup('zh')), theme: promptTheme(plain, 'zh') });
    expect(getScreen()).toContain('❯ 没有特殊需求');
    events.keypress('enter');
    await expect(answer).resolves.toBe(null);
  });
});

describe('inquirerPrompts', () => {
  it('passes each question with the theme, and the terminal streams as the prompt context', async () => {
    const calls: { kind: string; config: Record<string, unknown>; context: unknown }[] = [];
    const library = {
      select: (config: Record<string, unknown>, context: unknown) => {
        calls.push({ kind: 'select', config, context });
        return Promise.resolve(config.default);
      },
      search: (config: Record<string, unknown>, context: unknown) => {
        calls.push({ kind: 'search', config, context });
        // The library calls source(undefined) before anything is typed; source may answer later
        // (as the library allows: for Chinese, once the Traditional table is loaded).
        const source = config.source as (term: string | undefined) => Promise<{ value: string }[]>;
        return Promise.all([source(undefined), source('被盗'), source('帳號被盜')]).then((lists) => lists.map((list) => list[0]?.value));
      },
    } as unknown as PromptLibrary;
    const input = process.stdin;
    const output = process.stdout;
    const prompts = inquirerPrompts(library, plain, 'en', { input, output });
    await expect(prompts.select(topicQuestion(setup('en')))).resolves.toBe('general');
    await expect(prompts.select(needsQuestion(setup('en')))).resolves.toBe(null);
    await expect(prompts.search(problemQuestion(setup('en')))).resolves.toEqual(['general', 'account-security', 'account-security']);
    expect(calls.map((c) => c.kind)).toEqual(['select', 'select', 'search']);
    for (const call of calls) {
      expect(call.context).toEqual({ input, output });
      expect(call.config.theme).toBeDefined();
      if (call.kind !== 'search') expect(call.config.loop).toBe(false);
    }
  });
});
