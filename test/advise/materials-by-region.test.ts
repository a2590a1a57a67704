// Outside mainland China, nothing asks for a mainland ID card: the user's own identity document
// takes its place, in the list of what to have ready and in the steps; in the mainland, nothing changes;
// when it is unsure where the user is, what to have ready names both.
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

  it('unsure where the user is (a zone that names no place): both documents to have ready, the mainland one first', async () => {
    const r = await runCli([
      'recommend',
      '--topic',
      'account-unblock',
      '--lang',
      'en',
      '--at',
      '2026-11-28T03:00+08:00',
      '--tz',
      'UTC',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.query.region.overseas).toBeNull();
    const ready = [...json.materials, ...json.recommendations.flatMap((rec: { materials: string[] }) => rec.materials)].join(' | ');
    expect(ready).toMatch(/ID card.*Home Return Permit/);
  });
});
