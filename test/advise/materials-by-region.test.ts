// Outside mainland China, nothing asks for a mainland ID card: the user's own identity document
// takes its place, in the list of what to have ready and in the steps; in the mainland, nothing changes.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/fake-io.js';

const AT = ['--at', '2026-11-28T03:00+08:00', '--tz', 'Asia/Hong_Kong', '--json'];

async function answer(args: string[]) {
  const r = await runCli([...args, ...AT]);
  expect(r.code, r.stderr).toBe(0);
  return { json: JSON.parse(r.stdout), text: r.stdout };
}

describe('identity documents by region', () => {
  it.each(['account-security', 'account-unblock'])('%s overseas: the own document, never the mainland ID card', async (topic) => {
    const { json, text } = await answer(['recommend', '--topic', topic, '--urgent', '--overseas', '--lang', 'en']);
    expect(text).not.toContain('ID card');
    const ready = [...json.materials, ...json.recommendations.flatMap((r: { materials: string[] }) => r.materials)].join(' | ');
    expect(ready).toMatch(/Home Return Permit/);
    if (topic === 'account-security') expect(json.emergency.steps.join(' ')).toMatch(/Home Return Permit/);
  });

  it("in the mainland the article's ID card stays", async () => {
    const { json } = await answer(['recommend', '--topic', 'account-security', '--urgent', '--mainland', '--lang', 'zh']);
    const ready = [...json.materials, ...json.recommendations.flatMap((r: { materials: string[] }) => r.materials)].join('、');
    expect(ready).toContain('身份证正反面');
    expect(json.emergency.steps.join('')).toContain('身份证正反面');
  });
});
