// The answers that were wrong in the moments the advisor exists for (urgent, at night, abroad),
// through the built binary as a person runs it.
import { describe, expect, it } from 'vitest';
import { json, wxhelp } from './run-bin.js';

const LA_NIGHT = ['--at', '2026-11-28T11:00', '--tz', 'America/Los_Angeles']; // 03:00 Beijing, 29 Nov
const BJ_3AM = ['--at', '2026-11-28T03:00+08:00', '--tz', 'Asia/Shanghai'];

describe('answers a person can act on', () => {
  it('a payment problem abroad at night: rank 1 answers now, dialable from abroad, its reason about itself', () => {
    const out = json(wxhelp(['recommend', '--topic', 'payment', '--urgent', '--json', ...LA_NIGHT]));
    expect(out.query.region).toEqual({ overseas: true, from: 'zone' });
    const [first, second] = out.recommendations;
    expect(first.channel).toMatchObject({ id: 'payment-line', dial: '+86 755 8601 3860', callsFromAbroad: 'unknown', canActNow: true });
    expect(first.reasons.join(' ')).not.toMatch(/95017|seed/);
    expect(second.channel).toMatchObject({ id: 'wxpay-95017', dial: '+86 571 95017', status: { state: 'closed' } });
  });

  it('emergency funds abroad: the step names the line, the line is a contact, in its form for abroad', () => {
    const out = json(wxhelp(['emergency', 'funds', '--json', ...LA_NIGHT]));
    expect(out.stepDetails[0].channels).toEqual(['security-center']);
    // The step calling WeChat Pay names its lines, each a contact in its form for abroad.
    const call = out.stepDetails.find((s: any) => s.channels.includes('wxpay-95017'));
    expect(call.channels).toEqual(expect.arrayContaining(['payment-line', 'wxpay-95017']));
    const contact = out.contacts.find((c: any) => c.id === 'payment-line');
    expect(contact).toMatchObject({ dial: '+86 755 8601 3860', status: { state: 'open' } });
    expect(out.contacts.find((c: any) => c.id === 'wxpay-95017')).toMatchObject({ dial: '+86 571 95017' });
    // Abroad, the police step is the local police (110 is a mainland number).
    expect(out.contacts.map((c: any) => c.id)).toContain('local-police');
    expect(out.contacts.map((c: any) => c.id)).not.toContain('police-110');
    const text = wxhelp(['emergency', 'funds', ...LA_NIGHT], { COLUMNS: '80' }).stdout;
    expect(text).toMatch(/1\. Send no more money\./);
  });

  it('cross-border from a zone abroad, without --overseas: overseas inferred', () => {
    const out = json(wxhelp(['recommend', '--topic', 'cross-border', '--json', ...LA_NIGHT]));
    expect(out.query).toMatchObject({ overseas: true, region: { overseas: true, from: 'zone' } });
    expect(out.recommendations.map((r: any) => r.channel.id)).not.toContain('hotline');
    expect(out.recommendations[0].channel.id).toBe('wechatpay-global');
  });

  it('a stolen account at 03:00: the steps and the ranking agree (freeze first)', () => {
    const out = json(wxhelp(['recommend', '--topic', 'account-security', '--json', ...BJ_3AM]));
    expect(out.query).toMatchObject({ urgent: true, urgentFrom: 'topic' });
    expect(out.emergency.stepDetails[0].channels).toEqual(['app-freeze']);
    expect(out.recommendations[0].channel.id).toBe('app-freeze');
  });

  it('phone --payment by day: the better-sourced 95017 first; at 03:00 the 24-hour line that answers', () => {
    const day = json(wxhelp(['phone', '--payment', '--json', '--at', '2026-11-28T12:00+08:00', '--tz', 'Asia/Shanghai']));
    expect(day.line.id).toBe('wxpay-95017');
    const night = json(wxhelp(['phone', '--payment', '--json', ...BJ_3AM]));
    expect(night.line.id).toBe('payment-line');
  });

  it('phone --payment --overseas answers (it was refused)', () => {
    const r = wxhelp(['phone', '--payment', '--overseas', '--json', '--at', '2026-11-28T12:00+08:00', '--tz', 'Asia/Shanghai']);
    expect(r.code).toBe(0);
    expect(json(r).line).toMatchObject({ id: 'wxpay-95017', dial: '+86 571 95017', callsFromAbroad: 'yes' });
  });

  it('4006 700 700 has no published hours: unknown, never closed', () => {
    const out = json(wxhelp(['channels', '--json', ...BJ_3AM]));
    expect(out.channels.find((c: any) => c.id === 'tencent-service-line').status).toMatchObject({ state: 'unknown', nextOpen: null });
    const text = wxhelp(['hours', 'tencent-service-line', '--no-color', ...BJ_3AM]).stdout;
    expect(text).toMatch(/\?{24}/);
    expect(text).toContain('hours not published');
  });

  it('--need elderly: the phone line first, and how to turn on care mode (marked as the source says)', () => {
    const out = json(wxhelp(['recommend', '--topic', 'general', '--need', 'elderly', '--json', ...BJ_3AM]));
    expect(out.recommendations[0].channel.id).toBe('hotline');
    expect(out.needs[0].steps[0]).toMatchObject({ text: expect.stringContaining('Me > Settings > Care Mode'), source: [expect.objectContaining({ confidence: 'low' })] });
    const text = wxhelp(['recommend', '--topic', 'general', '--need', 'elderly', '--no-color', ...BJ_3AM]).stdout;
    expect(text).toContain('Care Mode');
  });
});
