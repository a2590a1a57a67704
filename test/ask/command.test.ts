// `wxhelp ask` as a person uses it: the real command with the real @inquirer/prompts, whose I/O
// @inquirer/testing/vitest swaps for a scripted screen. The three runs the README shows.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/ask-run.js';
import { printRecommendation } from '../../src/cli/runtime/print-recommendation.js';
import type { RecommendQuery } from '../../src/advise/recommend.js';
import { catalog, context, fakeIO } from './helpers.js';

const LONDON = { tz: 'Europe/London' };

async function start() {
  const captured = fakeIO({ env: { NO_COLOR: '1' }, systemZone: 'UTC' });
  const done = run(await context(LONDON, captured.io));
  return { captured, done };
}

async function recommendOutput(query: RecommendQuery): Promise<string> {
  const captured = fakeIO({ env: { NO_COLOR: '1' }, systemZone: 'UTC' });
  await printRecommendation(await context(LONDON, captured.io), catalog(), query);
  return captured.stdout();
}

/** Enter on each of the next `n` questions (the last one ends the session). */
async function enterThrough(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    screen.keypress('enter');
    if (i < n - 1) await screen.next();
  }
}

describe('wxhelp ask with the real prompts', () => {
  it('Enter through the defaults (London: overseas by default)', async () => {
    const { captured, done } = await start();
    await screen.next();
    expect(screen.getScreen()).toContain('? What happened? (type it, or pick one)');
    expect(screen.getScreen()).toContain('❯ General questions');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('? How urgent is it?');
    expect(screen.getScreen()).toContain('❯ Not urgent');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('? Where are you now?');
    expect(screen.getScreen()).toContain('❯ Outside mainland China');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('? Any special needs? (optional)');
    screen.keypress('enter');
    await expect(done).resolves.toBe(0);

    expect(await screen.getFullOutput()).toContain('✔ Any special needs? (optional) none');
    expect(captured.stderr()).toBe('');
    expect(captured.stdout()).toBe(
      `\n${await recommendOutput({ topic: 'general', urgent: false, overseas: true, needs: [] })}\nSame answer without questions:\n  wxhelp recommend --topic general --overseas --at 2026-11-28T15:30:00+00:00 --tz Europe/London\n`,
    );
  });

  it('a payment problem from overseas', async () => {
    const { captured, done } = await start();
    await screen.next();
    for (let i = 0; i < 3; i++) screen.keypress('down');
    expect(screen.getScreen()).toContain('❯ Payments');
    await enterThrough(4);
    await expect(done).resolves.toBe(0);

    const full = await screen.getFullOutput();
    expect(full).toContain('✔ What happened? (type it, or pick one) Payments');
    expect(full).toContain('✔ Where are you now? Outside mainland China');
    expect(captured.stdout()).toBe(
      `\n${await recommendOutput({ topic: 'payment', urgent: false, overseas: true, needs: [] })}\nSame answer without questions:\n  wxhelp recommend --topic payment --overseas --at 2026-11-28T15:30:00+00:00 --tz Europe/London\n`,
    );
    expect(captured.stdout()).toContain('+86 571 95017');
  });

  it('typing the problem narrows the list to the matching topics; Enter takes the first', async () => {
    const { captured, done } = await start();
    await screen.next();
    screen.type('my acount was hacked');
    await screen.next();
    const listed = screen.getScreen();
    expect(listed).toContain('my acount was hacked');
    expect(listed).toContain('❯ Account security');
    expect(listed).not.toContain('Follow an existing case');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('? How urgent is it?');
    await enterThrough(3);
    await expect(done).resolves.toBe(0);
    expect(await screen.getFullOutput()).toContain('✔ What happened? (type it, or pick one) Account security');
    expect(captured.stdout()).toContain('Same answer without questions:\n  wxhelp recommend --topic account-security');
  });

  it('Ctrl-C at the second question: "interrupted" on stderr, exit 130', async () => {
    const { captured, done } = await start();
    await screen.next();
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('? How urgent is it?');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(done).resolves.toBe(130);
    expect(captured.stderr()).toBe('wxhelp: interrupted\n');
    expect(captured.stdout()).toBe('');
  });
});
