// Where the user is, end to end: the binary on machines whose zone names no place (a server or
// container in UTC, a POSIX TZ=CST-8, Etc/GMT-8), and the preferences file that settles it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, wxhelp } from './run-bin.js';

const AT = ['--at', '2026-11-28T03:00+08:00'];

describe.each(['UTC', 'CST-8', 'Etc/GMT-8'])('TZ=%s', (tz) => {
  it('phone --lang zh at 03:00 Beijing: the mainland line, open, each number both ways, and how to settle it', () => {
    const r = wxhelp(['phone', '--lang', 'zh', ...AT], { TZ: tz, COLUMNS: '80' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('现在没有渠道能处理');
    // One hotline: both forms, the hours from abroad beside that form, open now (its mainland hours).
    const joined = r.stdout.replace(/\s+/g, '');
    expect(joined).toContain('拨打大陆拨0755-83765566·海外拨+86-755-83765566，北京时间9:00-22:00（据该文章）—微信客服热线现在有人接听');
    const flat = r.stdout.replace(/\n/g, '');
    expect(flat).toContain('不确定你是否在中国大陆');
    expect(flat).toContain('wxhelp config set region mainland');
  });

  it('recommend 我的微信号被盗了: the stolen-account steps with both dial forms, and the unsure line within one screen', () => {
    const r = wxhelp(['recommend', '我的微信号被盗了', ...AT], { TZ: tz, COLUMNS: '80' });
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\n */g, ' ')).toContain(
      '0755-83765566 in mainland China · +86-755-83765566 from abroad, 09:00–22:00 Beijing (according to the web article) · people answer now',
    );
    expect(r.stdout.replace(/\n/g, ' ')).toContain('Not sure whether you are in mainland China');
    expect(r.stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(24);
    const out = json(wxhelp(['recommend', '我的微信号被盗了', '--json', ...AT], { TZ: tz }));
    expect(out.query.region).toMatchObject({ overseas: null, from: 'zone' });
    expect(out.query.region.why).toMatch(/names no place/);
  });

  it('a preferences file with region: mainland settles it, as --mainland would', () => {
    const xdg = mkdtempSync(join(tmpdir(), 'wxhelp-e2e-prefs-'));
    mkdirSync(join(xdg, 'wxhelp'));
    writeFileSync(join(xdg, 'wxhelp', 'config.yaml'), 'region: mainland\n');
    const fromFile = wxhelp(['phone', ...AT], { TZ: tz, XDG_CONFIG_HOME: xdg });
    expect(fromFile.stdout).toBe(wxhelp(['phone', '--mainland', ...AT], { TZ: tz }).stdout);
    expect(json(wxhelp(['phone', '--json', ...AT], { TZ: tz, XDG_CONFIG_HOME: xdg })).query.region).toMatchObject({
      overseas: false,
      from: 'config',
    });
  });
});

it('wxhelp config set writes the file the next run reads; a broken one is exit 3 naming file:line', () => {
  const xdg = mkdtempSync(join(tmpdir(), 'wxhelp-e2e-config-'));
  const env = { TZ: 'UTC', XDG_CONFIG_HOME: xdg };
  expect(wxhelp(['config', 'set', 'needs', 'elderly'], env).code).toBe(0);
  expect(wxhelp(['config', 'get', 'needs'], env).stdout).toBe('elderly\n');
  expect(wxhelp(['recommend', '--topic', 'general', ...AT], env).stdout).toBe(
    wxhelp(['recommend', '--topic', 'general', '--need', 'elderly', ...AT], { TZ: 'UTC' }).stdout,
  );
  writeFileSync(join(xdg, 'wxhelp', 'config.yaml'), 'needs: [elderly]\nregion: moon\n');
  const broken = wxhelp(['phone', ...AT], env);
  expect(broken.code).toBe(3);
  expect(broken.stderr).toBe(
    `wxhelp: ${join(xdg, 'wxhelp', 'config.yaml')}:2: region: "moon" is not valid (one of mainland, overseas, auto) — e.g. region: mainland\n`,
  );
});
