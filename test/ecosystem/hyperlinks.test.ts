// URLs and phone numbers as terminal hyperlinks (OSC 8): decided once at the edge, per stream,
// and handed to the renderer; plain text whenever colour is off.
import stringWidth from 'string-width';
import { describe, expect, it, vi } from 'vitest';
import type { Channel } from '../../src/catalog/types.js';
import type { IO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { hyperlinksEnabled } from '../../src/render/terminal/hyperlink-support.js';
import { hyperlink, telTarget, urlTarget } from '../../src/render/terminal/hyperlinks.js';
import { reachText } from '../../src/render/text/status.js';

const OSC = '\u001b]8;;';
const BEL = '\u0007';

const channel = (extra: Partial<Channel>): Channel =>
  ({ id: 'x', kind: 'web', name: { zh: '甲', en: 'A' }, regions: [], source: ['seed'], ...extra }) as Channel;

describe('reachText', () => {
  const phone = channel({ kind: 'phone', number: '+86-755-83765566', e164: '+8675583765566' });
  const web = channel({ url: 'https://kf.qq.com/product/weixin.html' });
  const app = channel({ kind: 'app', path: { zh: '我-设置', en: 'Me > Settings' } });

  it('is plain text unless the caller asks for links', () => {
    expect(reachText(phone, 'en')).toBe('+86-755-83765566');
    expect(reachText(web, 'en', false)).toBe('https://kf.qq.com/product/weixin.html');
  });

  it('with links: the number dials its E.164 form, the address opens; the visible text is unchanged', () => {
    expect(reachText(phone, 'en', true)).toBe(`${OSC}tel:+8675583765566${BEL}+86-755-83765566${OSC}${BEL}`);
    expect(reachText(web, 'en', true)).toBe(
      `${OSC}https://kf.qq.com/product/weixin.html${BEL}https://kf.qq.com/product/weixin.html${OSC}${BEL}`,
    );
    expect(stringWidth(reachText(phone, 'en', true))).toBe(stringWidth('+86-755-83765566')); // tables stay aligned
  });

  it('an in-app path is never a link', () => {
    expect(reachText(app, 'en', true)).toBe('Me > Settings');
  });

  it('a number without E.164 dials its digits; one with none, or an odd URL, stays plain', () => {
    expect(telTarget('95017')).toBe('tel:95017');
    expect(telTarget('0755-8376 5566')).toBe('tel:075583765566');
    expect(telTarget('call the office')).toBeNull();
    expect(urlTarget('https://例子.cn/路径')).toBe('https://xn--fsqu00a.cn/%E8%B7%AF%E5%BE%84');
    expect(urlTarget('javascript:alert(1)')).toBeNull();
    expect(hyperlink('x', 'has space')).toBe('x');
  });
});

describe('hyperlinksEnabled', () => {
  const tty = { write: () => true, isTTY: true };
  const pipe = { write: () => true, isTTY: false };
  const yes = async () => true;

  it('never when colour is off (covers --json, --no-color, NO_COLOR, TERM=dumb, a pipe)', async () => {
    expect(await hyperlinksEnabled(tty, { FORCE_HYPERLINK: '1' }, false, yes)).toBe(false);
  });

  it('FORCE_HYPERLINK decides when set', async () => {
    expect(await hyperlinksEnabled(pipe, { FORCE_HYPERLINK: '1' }, true)).toBe(true);
    expect(await hyperlinksEnabled(tty, { FORCE_HYPERLINK: '0' }, true, yes)).toBe(false);
  });

  it('otherwise a terminal is asked; a pipe, or no detector, means no', async () => {
    expect(await hyperlinksEnabled(tty, {}, true, yes)).toBe(true);
    expect(await hyperlinksEnabled(tty, {}, true, async () => false)).toBe(false);
    expect(await hyperlinksEnabled(pipe, {}, true, yes)).toBe(false);
    expect(await hyperlinksEnabled(tty, {}, true)).toBe(false);
    expect(await hyperlinksEnabled(tty, {}, true, async () => Promise.reject(new Error('boom')))).toBe(false);
  });
});

describe('the decision at the edge', () => {
  function io(env: Record<string, string>, isTTY: boolean, detect: (s: unknown) => Promise<boolean>): IO {
    return {
      stdout: { write: () => true, isTTY },
      stderr: { write: () => true },
      stdin: {},
      env: { LANG: 'en_US.UTF-8', ...env },
      now: () => Date.UTC(2026, 10, 28, 12),
      systemZone: () => 'UTC',
      homeDir: '/nonexistent-home',
      hyperlinks: detect,
    };
  }

  it('asks the terminal only when stdout is a colour terminal, and never with --json or --no-color', async () => {
    const detect = vi.fn(async () => true);
    await run(['topics'], io({}, true, detect));
    expect(detect).toHaveBeenCalledTimes(1);
    await run(['topics', '--json'], io({}, true, detect));
    await run(['topics', '--no-color'], io({}, true, detect));
    await run(['topics'], io({ NO_COLOR: '1' }, true, detect));
    await run(['topics'], io({}, false, detect));
    expect(detect).toHaveBeenCalledTimes(1);
  });
});
