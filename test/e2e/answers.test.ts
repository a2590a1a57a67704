// The answers that were wrong in the moments the advisor exists for (urgent, at night, abroad),
// through the built binary as a person runs it.
import { describe, expect, it } from 'vitest';
import { json, wxhelp } from './run-bin.js';

const LA_NIGHT = ['--at', '2026-11-28T11:00', '--tz', 'America/Los_Angeles']; // 03:00 Beijing, 29 Nov
const BJ_3AM = ['--at', '2026-11-28T03:00+08:00', '--tz', 'Asia/Shanghai'];

describe('answers a person can act on', () => {
  it('a payment problem abroad at night: the Tenpay line answers but never leads; self-service first, then 95017 for abroad', () => {
    const out = json(wxhelp(['recommend', '--topic', 'payment', '--urgent', '--json', ...LA_NIGHT]));
    expect(out.query.region).toMatchObject({ overseas: true, from: 'zone' });
    const [first, second] = out.recommendations;
    expect(first.channel).toMatchObject({ id: 'app-help', canActNow: true });
    expect(second.channel).toMatchObject({ id: 'wxpay-95017', dial: '+86 571 95017', status: { state: 'closed' } });
    const tenpay = out.recommendations.at(-1);
    expect(tenpay.channel).toMatchObject({
      id: 'payment-line',
      dial: '+86 755 8601 3860',
      callsFromAbroad: 'unknown',
      canActNow: false,
      standing: { is: 'other-product' },
    });
    const text = wxhelp(['recommend', '--topic', 'payment', '--urgent', '--no-color', ...LA_NIGHT], { COLUMNS: '80' }).stdout;
    expect(text).toMatch(
      /No confirmed line answers now \(\+86 755 8601 3860 is another product's line\)\.\s+Start with what works now; \+86 571 95017 opens/,
    );
  });

  it('emergency funds abroad: the step names the line, the line is a contact, in its form for abroad', () => {
    const out = json(wxhelp(['emergency', 'funds', '--json', ...LA_NIGHT]));
    expect(out.stepDetails[0].channels).toEqual(['security-center']);
    // The step calling WeChat Pay names 95017 first, then the Tenpay line, each a contact in its form for abroad.
    const call = out.stepDetails.find((s: any) => s.channels.includes('wxpay-95017'));
    expect(call.channels).toEqual(['wxpay-95017', 'payment-line']);
    const contact = out.contacts.find((c: any) => c.id === 'payment-line');
    // Another product's line: open, but never counted as help.
    expect(contact).toMatchObject({ dial: '+86 755 8601 3860', status: { state: 'open' }, canActNow: false });
    expect(out.contacts.find((c: any) => c.id === 'wxpay-95017')).toMatchObject({ dial: '+86 571 95017' });
    // Abroad, the police step is the local police (110 is a mainland number).
    expect(out.contacts.map((c: any) => c.id)).toContain('local-police');
    expect(out.contacts.map((c: any) => c.id)).not.toContain('police-110');
    // Every step (the one-screen cap counts the later ones): --verbose.
    const text = wxhelp(['emergency', 'funds', '--verbose', ...LA_NIGHT], { COLUMNS: '80' }).stdout;
    expect(text).toMatch(/1\. Send no more money\./);
    expect(text).toMatch(
      /\d\. Call WeChat Pay support \(95017\)[\s\S]*\n {3}\+86 571 95017 · closed[\s\S]*\n {3}\+86 755 8601 3860 · people answer now/,
    );
  });

  it('cross-border from a zone abroad, without --overseas: overseas inferred', () => {
    const out = json(wxhelp(['recommend', '--topic', 'cross-border', '--json', ...LA_NIGHT]));
    expect(out.query).toMatchObject({ overseas: true, region: { overseas: true, from: 'zone' } });
    // The hotline is one number: offered abroad in its form for abroad, with its hours from there.
    expect(out.recommendations.find((r: any) => r.channel.id === 'hotline').channel).toMatchObject({
      dial: '+86-755-83765566',
      status: { state: 'closed' },
    });
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
    // At 03:00 only the Tenpay line answers; public material calls it another product's line.
    const night = json(wxhelp(['phone', '--payment', '--json', ...BJ_3AM]));
    expect(night.line.id).toBe('wxpay-95017');
    expect(night.alternatives.map((a: any) => a.id)).toContain('payment-line');
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
    expect(text).toContain('hours unknown');
  });

  it('--need elderly: the phone line first, and how to turn on care mode (marked as the source says)', () => {
    const out = json(wxhelp(['recommend', '--topic', 'general', '--need', 'elderly', '--json', ...BJ_3AM]));
    expect(out.recommendations[0].channel.id).toBe('hotline');
    expect(out.needs[0].steps[0]).toMatchObject({
      text: expect.stringContaining('Me > Settings > Care Mode'),
      source: expect.arrayContaining([expect.objectContaining({ confidence: 'low' })]),
    });
    const text = wxhelp(['recommend', '--topic', 'general', '--need', 'elderly', '--no-color', ...BJ_3AM]).stdout;
    expect(text).toContain('Care Mode');
  });
});
