// The ask flow with scripted prompt functions: every answer path ends in exactly what
// `recommend` prints for those answers, then the equivalent command line.
import { mkdtempSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  askQuestions,
  defaultAnswers,
  problemQuestion,
  topicQuestion,
  urgencyQuestion,
  type Prompts,
  type SearchQuestion,
  type SelectQuestion,
} from '../../src/ask/flow.js';
import { assertCanPrompt, runAskSession } from '../../src/cli/commands/ask-run.js';
import { overseasByZone } from '../../src/advise/region.js';
import { printRecommendation } from '../../src/cli/runtime/print-recommendation.js';
import { createContext, resolveGlobalOptions, type RawGlobalOptions } from '../../src/cli/runtime/context.js';
import { CliError } from '../../src/cli/runtime/errors.js';
import { BUILTIN_CATALOG } from '../../src/cli/runtime/load-catalog.js';
import { run as runCli } from '../../src/cli/main.js';
import type { Catalog } from '../../src/catalog/types.js';
import type { RecommendQuery } from '../../src/advise/recommend.js';
import { DateTime } from 'luxon';
import stringWidth from 'string-width';
import { catalog, context, fakeIO, NIGHT } from './helpers.js';

class ExitPromptError extends Error {
  override name = 'ExitPromptError';
}

/**
 * One scripted keypress outcome per question: Enter (the default, or the first of the list), a
 * choice, words typed into "What happened?" (then Enter, or a pick among what is listed), Ctrl-C, or a failure.
 */
type Step = 'enter' | 'ctrl-c' | { choose: unknown } | { type: string; choose?: unknown } | Error;

type AnyQuestion = SelectQuestion<unknown> | SearchQuestion<unknown>;
interface Asked {
  kind: 'select' | 'search';
  question: AnyQuestion;
  /** For a search: the values listed for what was typed. */
  listed?: unknown[];
}

function scripted(steps: Step[]) {
  const queue = [...steps];
  const asked: Asked[] = [];
  function answer(kind: Asked['kind'], question: AnyQuestion): Promise<unknown> {
    const entry: Asked = { kind, question };
    asked.push(entry);
    const step = queue.shift();
    if (step === undefined) throw new Error(`unscripted question: ${question.message}`);
    if (step === 'ctrl-c') return Promise.reject(new ExitPromptError('User force closed the prompt with SIGINT'));
    if (step instanceof Error) return Promise.reject(step);
    const choices =
      kind === 'search'
        ? (question as SearchQuestion<unknown>).source(typeof step === 'object' && 'type' in step ? step.type : '')
        : (question as SelectQuestion<unknown>).choices;
    entry.listed = choices.map((c) => c.value);
    if (step === 'enter') {
      if (kind === 'search') return Promise.resolve(choices[0]?.value);
      return Promise.resolve((question as SelectQuestion<unknown>).default);
    }
    if ('type' in step && step.choose === undefined) return Promise.resolve(choices[0]?.value);
    // Several needs: one question each, then "no other need".
    if (Array.isArray(step.choose)) {
      const [first, ...rest] = step.choose as unknown[];
      queue.unshift(...rest.map((choose) => ({ choose })), { choose: null });
      expect(choices.map((c) => c.value)).toContain(first);
      return Promise.resolve(first);
    }
    expect(choices.map((c) => c.value)).toContain(step.choose);
    return Promise.resolve(step.choose);
  }
  const prompts: Prompts = {
    select: <V>(q: SelectQuestion<V>) => answer('select', q as SelectQuestion<unknown>) as Promise<V>,
    search: <V>(q: SearchQuestion<V>) => answer('search', q as SearchQuestion<unknown>) as Promise<V>,
  };
  return { prompts, asked, left: () => queue.length };
}

const PLAIN = { NO_COLOR: '1' };

async function ask(
  raw: RawGlobalOptions,
  steps: Step[],
  options: { env?: Record<string, string>; systemZone?: string; catalog?: Catalog } = {},
) {
  const captured = fakeIO({ env: { ...PLAIN, ...options.env }, systemZone: options.systemZone });
  const ctx = await context(raw, captured.io);
  const script = scripted(steps);
  const code = await runAskSession(ctx, options.catalog ?? catalog(), script.prompts);
  return { code, stdout: captured.stdout(), stderr: captured.stderr(), asked: script.asked, left: script.left() };
}

/** What `wxhelp recommend` prints for the same query and options. */
async function recommendOutput(
  raw: RawGlobalOptions,
  query: RecommendQuery,
  env: Record<string, string> = {},
  systemZone?: string,
): Promise<string> {
  const captured = fakeIO({ env: { ...PLAIN, ...env }, systemZone });
  await printRecommendation(await context(raw, captured.io), catalog(), query);
  return captured.stdout();
}

/** The command as ask repeats it: with the --at every test passes, as an instant in the answer's zone. */
function withAt(command: string, zone = /--tz (\S+)/.exec(command)?.[1] ?? 'Asia/Shanghai'): string {
  const at = `--at ${DateTime.fromISO(NIGHT).setZone(zone).toISO({ suppressMilliseconds: true })}`;
  const globals = command.search(/ --(tz|lang|channels)\b/);
  return globals < 0 ? `${command} ${at}` : `${command.slice(0, globals)} ${at}${command.slice(globals)}`;
}
/**
 * The line as ask writes it, from the flags a test names: the region always (--mainland unless
 * --overseas), then --at, and --tz and --lang always, so it gives the same answer anywhere.
 */
function canonical(
  command: string,
  zone = /--tz (\S+)/.exec(command)?.[1] ?? 'Asia/Shanghai',
  lang = /--lang (\S+)/.exec(command)?.[1] ?? 'en',
): string {
  let c = command;
  if (!/ --(overseas|mainland)\b/.test(c)) c = c.replace(/^(wxhelp recommend --topic \S+(?: --urgent| --not-urgent)?)/, '$1 --mainland');
  const insertBefore = (flag: RegExp, words: string) => {
    const at = c.search(flag);
    c = at < 0 ? `${c} ${words}` : `${c.slice(0, at)} ${words}${c.slice(at)}`;
  };
  if (!c.includes(' --tz ')) insertBefore(/ --(lang|channels)\b/, `--tz ${zone}`);
  if (!c.includes(' --lang ')) insertBefore(/ --channels\b/, `--lang ${lang}`);
  return c;
}
const repeat = (command: string, zone?: string) => `\nSame answer without questions:\n  ${withAt(canonical(command, zone), zone)}\n`;
const query = (topic: string, urgent = false, overseas = false, needs: string[] = []): RecommendQuery => ({
  topic,
  urgent,
  overseas,
  needs,
});

describe('defaults: pressing Enter through every question', () => {
  it('in a mainland zone: general, not urgent, mainland, no needs — the recommend answer and its command', async () => {
    const r = await ask({ tz: 'Asia/Shanghai' }, ['enter', 'enter', 'enter', 'enter']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.asked.map((a) => [a.kind, a.question.message])).toEqual([
      ['search', 'What happened? (type it, or pick one)'],
      ['select', 'How urgent is it?'],
      ['select', 'Where are you now?'],
      ['select', 'Any special needs?'],
    ]);
    expect(r.stdout).toBe(
      `\n${await recommendOutput({ tz: 'Asia/Shanghai' }, query('general'))}${repeat('wxhelp recommend --topic general')}`,
    );
    expect(r.stdout).toContain('General questions · As of');
  });

  it('in a zone outside China: overseas is the default, and the command repeats --tz', async () => {
    const r = await ask({ tz: 'Europe/London' }, ['enter', 'enter', 'enter', 'enter']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `\n${await recommendOutput({ tz: 'Europe/London' }, query('general', false, true))}${repeat('wxhelp recommend --topic general --overseas --tz Europe/London')}`,
    );
    expect(r.stdout).toContain('Passport and visa');
  });

  it('the system zone is said as --tz, so the line gives the same answer on a machine in another zone', async () => {
    const r = await ask({}, ['enter', 'enter', 'enter', 'enter'], { systemZone: 'America/New_York' });
    expect(r.stdout.endsWith(repeat('wxhelp recommend --topic general --overseas', 'America/New_York'))).toBe(true);
  });

  it('without a `general` topic the first topic is the default', () => {
    const c = catalog();
    const withoutGeneral = { ...c, topics: c.topics.filter((t) => t.id !== 'general') };
    expect(defaultAnswers(withoutGeneral, 'Asia/Shanghai')).toEqual({
      topic: withoutGeneral.topics[0]?.id,
      urgent: false,
      overseas: false,
      needs: [],
    });
    expect(defaultAnswers(c, 'Asia/Tokyo')).toEqual({ topic: 'general', urgent: false, overseas: true, needs: [] });
  });

  it('a catalog without special needs does not ask about them', async () => {
    const r = await ask({ tz: 'Asia/Shanghai' }, ['enter', 'enter', 'enter'], { catalog: { ...catalog(), needs: [] } });
    expect(r.code).toBe(0);
    expect(r.asked).toHaveLength(3);
    expect(r.left).toBe(0);
  });
});

describe('what the problem is', () => {
  it.each(catalog().topics.map((t) => [t.id, t.urgent === true] as const))(
    'picked from the list: %s → recommend --topic %s',
    async (topic, urgent) => {
      const r = await ask({ tz: 'Asia/Shanghai' }, [{ choose: topic }, 'enter', 'enter', 'enter']);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(
        `\n${await recommendOutput({ tz: 'Asia/Shanghai' }, query(topic, urgent))}${repeat(`wxhelp recommend --topic ${topic}${urgent ? ' --urgent' : ''}`)}`,
      );
    },
  );

  it.each([
    ['my account was stolen', 'account-security'],
    ['我的微信号被封了', 'account-unblock'],
    ['转账转错人了', 'payment'],
    ['i got scamed by fake customer service', 'fraud'],
  ])('typed in their own words: %j → %s, listed first, and Enter takes it', async (typed, topic) => {
    const r = await ask({ tz: 'Asia/Shanghai' }, [{ type: typed }, { choose: false }, 'enter', 'enter']);
    expect(r.code).toBe(0);
    expect(r.asked[0]?.kind).toBe('search');
    expect(r.asked[0]?.listed?.[0]).toBe(topic);
    expect(r.asked[0]?.listed?.length).toBeLessThan(catalog().topics.length);
    // Not urgent for a topic urgent by nature: the line says so, or recommend would assume urgent.
    const notUrgent = catalog().topics.find((t) => t.id === topic)?.urgent === true ? ' --not-urgent' : '';
    expect(r.stdout).toBe(
      `\n${await recommendOutput({ tz: 'Asia/Shanghai' }, query(topic))}${repeat(`wxhelp recommend --topic ${topic}${notUrgent}`)}`,
    );
  });

  it('typed words can pick a candidate other than the first', async () => {
    const r = await ask({ tz: 'Asia/Shanghai' }, [{ type: 'wechat pay restricted refund', choose: 'payment' }, 'enter', 'enter', 'enter']);
    expect(r.asked[0]?.listed).toEqual(expect.arrayContaining(['payment', 'payment-appeal']));
    expect(r.stdout.endsWith(repeat('wxhelp recommend --topic payment'))).toBe(true);
  });

  it('nothing typed, or nothing matched: every topic, in catalog order', () => {
    const q = problemQuestion({ catalog: catalog(), lang: 'en', tz: 'UTC' });
    const all = catalog().topics.map((t) => t.id);
    expect(q.source('').map((c) => c.value)).toEqual(all);
    expect(q.source('   ').map((c) => c.value)).toEqual(all);
    expect(q.source('qwertyuiop').map((c) => c.value)).toEqual(all);
    expect(q.source('被盗')[0]?.value).toBe('account-security');
    expect(q.source('被盗')[0]).toEqual(q.source('').find((c) => c.value === 'account-security'));
  });

  it('lists every topic in catalog order, each with its one-line description, in the chosen language', () => {
    for (const lang of ['en', 'zh'] as const) {
      const q = topicQuestion({ catalog: catalog(), lang, tz: 'UTC', columns: 200 });
      expect(q.choices.map((c) => c.value)).toEqual(catalog().topics.map((t) => t.id));
      catalog().topics.forEach((topic, i) => {
        expect(q.choices[i]?.name).toMatch(
          new RegExp(`^${topic.name[lang].replace(/[()]/g, '\\$&')} +${topic.description[lang].replace(/[()]/g, '\\$&')}$`),
        );
        expect(q.choices[i]?.short).toBe(topic.name[lang]);
      });
      expect(q.default).toBe('general');
    }
    expect(topicQuestion({ catalog: catalog(), lang: 'zh', tz: 'UTC' }).message).toBe('遇到了什么问题？');
  });

  it.each([60, 80, 100])('fits a %i-column terminal, Chinese double-width text included', (columns) => {
    for (const lang of ['en', 'zh'] as const) {
      for (const choice of topicQuestion({ catalog: catalog(), lang, tz: 'UTC', columns }).choices) {
        expect(2 + stringWidth(choice.name)).toBeLessThanOrEqual(columns);
      }
    }
  });
});

describe('how urgent', () => {
  const emergencyTopics = catalog().topics.filter((t) => t.emergency !== undefined);

  it('the catalog has topics with an emergency procedure', () => {
    expect(emergencyTopics.map((t) => t.id)).toEqual(expect.arrayContaining(['account-security', 'fraud', 'privacy']));
  });

  it.each(emergencyTopics.map((t) => [t.id, t.emergency]))(
    'urgent %s leads with the %s emergency steps, as recommend --urgent does',
    async (topic, emergency) => {
      const r = await ask({ tz: 'Asia/Shanghai' }, [{ choose: topic }, { choose: true }, 'enter', 'enter']);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(
        `\n${await recommendOutput({ tz: 'Asia/Shanghai' }, query(topic, true))}${repeat(`wxhelp recommend --topic ${topic} --urgent`)}`,
      );
      // The plan's heading comes first — after the line saying, when so, that the only line answering now cannot lead.
      const lines = r.stdout.split('\n');
      const heading = lines.findIndex((l) => /^⚠ .*: do this now$/.test(l));
      expect(heading === 2 || lines[2]!.startsWith('No confirmed line answers now')).toBe(true);
      expect(lines[heading + 1]).toMatch(/^1\. /);
      // Every step shown, or the ones left out counted with where they all are.
      if (/\d+ more step/.test(r.stdout)) expect(r.stdout).toContain(`all steps: wxhelp emergency ${emergency}`);
    },
  );

  it('a topic urgent by nature offers "urgent" as the default; Enter takes it', async () => {
    const c = catalog();
    const byNature: Catalog = { ...c, topics: c.topics.map((t) => (t.id === 'fraud' ? { ...t, urgent: true } : { ...t, urgent: false })) };
    expect(urgencyQuestion({ catalog: byNature, lang: 'en', tz: 'UTC' }, 'fraud').default).toBe(true);
    expect(urgencyQuestion({ catalog: byNature, lang: 'en', tz: 'UTC' }, 'payment').default).toBe(false);
    const r = await ask({ tz: 'Asia/Shanghai' }, [{ type: '被骗了' }, 'enter', 'enter', 'enter'], { catalog: byNature });
    expect(r.stdout.endsWith(repeat('wxhelp recommend --topic fraud --urgent'))).toBe(true);
    const calm = await ask({ tz: 'Asia/Shanghai' }, [{ type: '被骗了' }, 'enter', 'enter', 'enter'], {
      catalog: { ...byNature, topics: byNature.topics.map((t) => ({ ...t, urgent: false })) },
    });
    expect(calm.stdout.endsWith(repeat('wxhelp recommend --topic fraud'))).toBe(true);
  });

  it('for an emergency topic, the "urgent" choice says its steps come first', () => {
    const q = urgencyQuestion({ catalog: catalog(), lang: 'en', tz: 'UTC' }, 'account-security');
    expect(q.default).toBe(catalog().topics.find((t) => t.id === 'account-security')?.urgent === true);
    expect(q.choices.map((c) => c.value)).toEqual([false, true]);
    expect(q.choices[1]?.description).toContain('Account freeze (stolen account)');
    const zh = urgencyQuestion({ catalog: catalog(), lang: 'zh', tz: 'UTC' }, 'fraud');
    expect(zh.choices.map((c) => c.name)).toEqual(['不紧急', '紧急']);
    expect(zh.choices[1]?.description).toContain('钱转给了骗子');
  });

  it('urgent without an emergency procedure: no emergency block, the urgent routes', async () => {
    const r = await ask({ tz: 'Asia/Shanghai' }, [{ choose: 'payment' }, { choose: true }, 'enter', 'enter']);
    expect(r.stdout).not.toContain('⚠');
    expect(r.stdout).toBe(
      `\n${await recommendOutput({ tz: 'Asia/Shanghai' }, query('payment', true))}${repeat('wxhelp recommend --topic payment --urgent')}`,
    );
    expect(urgencyQuestion({ catalog: catalog(), lang: 'en', tz: 'UTC' }, 'payment').choices[1]?.description).toBe(
      'money or the account is at risk right now',
    );
  });
});

describe('where the user is', () => {
  it('a payment problem from overseas: the overseas payment line, overseas materials, the 1.8× caveat', async () => {
    const r = await ask({ tz: 'Asia/Shanghai' }, [{ choose: 'payment' }, 'enter', { choose: true }, 'enter']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `\n${await recommendOutput({ tz: 'Asia/Shanghai' }, query('payment', false, true))}${repeat('wxhelp recommend --topic payment --overseas')}`,
    );
    expect(r.stdout).toContain('+86 571 95017');
    expect(r.stdout).toContain('Outside mainland China');
  });

  it('choosing mainland from a zone abroad says --mainland (recommend would assume overseas there) and keeps the zone', async () => {
    const r = await ask({ tz: 'Europe/London' }, [{ choose: 'payment' }, 'enter', { choose: false }, 'enter']);
    expect(r.stdout).toBe(
      `\n${await recommendOutput({ tz: 'Europe/London' }, query('payment'))}${repeat('wxhelp recommend --topic payment --mainland --tz Europe/London')}`,
    );
  });

  it.each([
    ['Asia/Shanghai', false],
    ['Asia/Urumqi', false],
    ['Asia/Chongqing', false],
    ['Asia/Harbin', false],
    ['PRC', false],
    ['UTC', null], // SPEC: a zone that names no place means unsure
    ['Etc/UTC', null],
    ['Etc/GMT-8', null],
    ['UTC+8', null], // what a POSIX TZ=CST-8 becomes
    ['GMT', null],
    ['Europe/London', true],
    ['America/New_York', true],
    ['Asia/Hong_Kong', true], // the catalog serves Hong Kong, Macao and Taiwan with the overseas lines
    ['Asia/Taipei', true],
    ['Asia/Tokyo', true],
  ] as const)('zone %s → overseas by default: %s', (zone, overseas) => {
    expect(overseasByZone(zone)).toBe(overseas);
  });
});

describe('special needs', () => {
  it.each(catalog().needs.map((n) => n.id))('%s → recommend --need %s', async (need) => {
    const r = await ask({ tz: 'Asia/Shanghai' }, [{ choose: 'account-unblock' }, 'enter', 'enter', { choose: [need] }]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `\n${await recommendOutput({ tz: 'Asia/Shanghai' }, query('account-unblock', false, false, [need]))}${repeat(`wxhelp recommend --topic account-unblock --need ${need}`)}`,
    );
  });

  it('several needs, urgent and overseas together', async () => {
    const needs = catalog().needs.map((n) => n.id);
    const r = await ask({ tz: 'Asia/Shanghai' }, [{ choose: 'fraud' }, { choose: true }, { choose: true }, { choose: needs }]);
    expect(r.stdout).toBe(
      `\n${await recommendOutput({ tz: 'Asia/Shanghai' }, query('fraud', true, true, needs))}${repeat(`wxhelp recommend --topic fraud --urgent --overseas ${needs.map((n) => `--need ${n}`).join(' ')}`)}`,
    );
  });
});

describe('the repeated command keeps the global options that changed the answer', () => {
  it('--at as the same instant, with its offset, and --tz', async () => {
    const r = await ask({ tz: 'Europe/London', at: '2026-11-28T21:30' }, [{ choose: 'payment' }, 'enter', { choose: false }, 'enter']);
    expect(
      r.stdout.endsWith('\n  wxhelp recommend --topic payment --mainland --at 2026-11-28T21:30:00+00:00 --tz Europe/London --lang en\n'),
    ).toBe(true);
    const shanghai = await ask({ tz: 'Asia/Shanghai', at: '2026-11-28T23:30+08:00' }, ['enter', 'enter', 'enter', 'enter']);
    expect(
      shanghai.stdout.endsWith(
        '\n  wxhelp recommend --topic general --mainland --at 2026-11-28T23:30:00+08:00 --tz Asia/Shanghai --lang en\n',
      ),
    ).toBe(true);
    const ny = await ask({ tz: 'America/New_York', at: '2026-07-01T09:00' }, ['enter', 'enter', 'enter', 'enter']);
    expect(
      ny.stdout.endsWith(
        '\n  wxhelp recommend --topic general --overseas --at 2026-07-01T09:00:00-04:00 --tz America/New_York --lang en\n',
      ),
    ).toBe(true);
  });

  it('no --at when the answer is for now', async () => {
    const captured = fakeIO({ env: PLAIN, now: () => Date.parse(NIGHT) });
    const ctx = await createContext(captured.io, resolveGlobalOptions({ tz: 'Asia/Shanghai' }, captured.io));
    await runAskSession(ctx, catalog(), scripted(['enter', 'enter', 'enter', 'enter']).prompts);
    expect(captured.stdout().endsWith('\n  wxhelp recommend --topic general --mainland --tz Asia/Shanghai --lang en\n')).toBe(true);
  });

  it('--lang always, in that language', async () => {
    const r = await ask({ tz: 'Asia/Shanghai', lang: 'zh' }, ['enter', 'enter', 'enter', 'enter']);
    expect(r.asked[0]?.question.message).toBe('发生了什么？（可直接输入，或从列表选择）');
    expect(r.stdout).toBe(
      `\n${await recommendOutput({ tz: 'Asia/Shanghai', lang: 'zh' }, query('general'))}\n不用提问、直接得到同样结果：\n  ${withAt(canonical('wxhelp recommend --topic general --lang zh'))}\n`,
    );
    const same = await ask({ tz: 'Asia/Shanghai', lang: 'zh' }, ['enter', 'enter', 'enter', 'enter'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(same.stdout.endsWith(`${withAt(canonical('wxhelp recommend --topic general --lang zh'))}\n`)).toBe(true);
  });

  it('--channels, quoted for the shell', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'wxhelp-ask-')), "my team's catalogs");
    mkdirSync(dir);
    const file = join(dir, 'channels.yaml');
    copyFileSync(BUILTIN_CATALOG, file);
    const r = await ask({ tz: 'Asia/Shanghai', channels: file }, [{ choose: 'ticket' }, 'enter', 'enter', 'enter']);
    expect(
      r.stdout.endsWith(`  ${withAt(canonical('wxhelp recommend --topic ticket'))} --channels '${file.replace("'", "'\\''")}'\n`),
    ).toBe(true);
  });
});

describe('Ctrl-C', () => {
  it.each([1, 2, 3, 4])('at question %i: a short message on stderr, exit 130, nothing on stdout', async (n) => {
    const steps: Step[] = [...Array<Step>(n - 1).fill('enter'), 'ctrl-c'];
    const r = await ask({ tz: 'Asia/Shanghai' }, steps);
    expect(r.code).toBe(130);
    expect(r.stderr).toBe('wxhelp: interrupted\n');
    expect(r.stdout).toBe('');
    expect(r.asked).toHaveLength(n);
  });

  it('in Chinese', async () => {
    const r = await ask({ tz: 'Asia/Shanghai', lang: 'zh' }, ['enter', 'ctrl-c']);
    expect(r.code).toBe(130);
    expect(r.stderr).toBe('wxhelp: 已中断\n');
  });

  it('any other prompt failure is not mistaken for Ctrl-C', async () => {
    await expect(ask({ tz: 'Asia/Shanghai' }, ['enter', new Error('boom')])).rejects.toThrow('boom');
  });
});

describe('prompts only on a terminal, never with --json', () => {
  it.each([
    ['stdin is a pipe', { stdinTTY: false }, {}],
    ['stdout is a pipe', { stdoutTTY: false }, {}],
    ['neither is a terminal', { tty: false }, {}],
    ['--json on a terminal', {}, { json: true }],
  ])('%s → usage error (exit 2) pointing at wxhelp recommend', async (_, tty, raw) => {
    const captured = fakeIO(tty);
    const ctx = await context(raw, captured.io);
    const attempt = () => assertCanPrompt(ctx);
    expect(attempt).toThrow(CliError);
    try {
      attempt();
    } catch (error) {
      const e = error as CliError;
      expect(e.exitCode).toBe(2);
      expect(e.code).toBe('NOT_A_TERMINAL');
      expect(e.hint).toContain('wxhelp recommend --topic <id> [--urgent] [--overseas] [--need <id>]');
    }
  });

  it('on a terminal without --json it may prompt', async () => {
    const ctx = await context({}, fakeIO().io);
    expect(() => assertCanPrompt(ctx)).not.toThrow();
  });

  it('through the CLI: one line on stderr, exit 2, the prompt library never loaded', async () => {
    vi.doMock('@inquirer/prompts', () => {
      throw new Error('the prompt library was loaded');
    });
    const captured = fakeIO({ stdinTTY: false });
    const code = await runCli(['ask', '--at', NIGHT, '--tz', 'UTC'], captured.io);
    vi.doUnmock('@inquirer/prompts');
    expect(code).toBe(2);
    expect(captured.stdout()).toBe('');
    const lines = captured.stderr().split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^wxhelp: ask: needs a terminal.*wxhelp recommend --topic <id>/);
  });

  it('with --json: the error as JSON on stderr', async () => {
    const captured = fakeIO();
    const code = await runCli(['--json', 'ask', '--at', NIGHT], captured.io);
    expect(code).toBe(2);
    expect(JSON.parse(captured.stderr())).toMatchObject({
      error: { code: 'NOT_A_TERMINAL', hint: expect.stringContaining('wxhelp recommend') },
    });
  });
});

describe('the questions themselves', () => {
  it('are answered from the scripted prompts in order and return the answers', async () => {
    const script = scripted([{ choose: 'privacy' }, { choose: true }, { choose: true }, { choose: ['elderly'] }]);
    const answers = await askQuestions({ catalog: catalog(), lang: 'en', tz: 'UTC' }, script.prompts);
    expect(answers).toEqual({ topic: 'privacy', urgent: true, overseas: true, needs: ['elderly'] });
  });
});
