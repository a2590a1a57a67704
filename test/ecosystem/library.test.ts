// wxhelp as a library: the API in-process, then the real thing: the packed tarball installed
// into a scratch project, imported from 'wxhelp', and type-checked against its declarations.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CatalogError,
  UnknownIdError,
  advisePhone,
  builtinCatalogPath,
  channelStatus,
  emergencyContacts,
  findEmergency,
  loadCatalog,
  parseCatalog,
  recommend,
  segments,
} from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/custom.yaml', import.meta.url));
const NIGHT = Date.parse('2026-11-28T23:30:00+08:00');
const MORNING = new Date('2026-11-28T10:00:00+08:00');

describe('the library API', () => {
  const { catalog, issues, path } = loadCatalog();

  it('loads the built-in catalog by default, or a named file', () => {
    expect(path).toBe(builtinCatalogPath());
    expect(issues).toEqual([]);
    expect(catalog.topics.map((t) => t.id)).toContain('account-security');
    expect(loadCatalog(FIXTURE).catalog.topics.map((t) => t.id)).toEqual(['zz-custom-topic']);
    expect(() => loadCatalog('/nonexistent/channels.yaml')).toThrow(CatalogError);
    expect(parseCatalog('schemaVersion: 2\n', 'mem.yaml').catalog).toBeUndefined();
  });

  it('recommend: query fields default to off; instants as numbers or Dates', () => {
    const byNumber = recommend(catalog, { topic: 'account-security' }, MORNING.getTime());
    const byDate = recommend(catalog, { topic: 'account-security', urgent: false, overseas: false, needs: [] }, MORNING);
    expect(byDate).toEqual(byNumber);
    expect(byNumber.recommendations.length).toBeGreaterThan(0);
    expect(recommend(catalog, { topic: 'payment', limit: 1 }, NIGHT).recommendations).toHaveLength(1);
    expect(() => recommend(catalog, { topic: 'nope' }, NIGHT)).toThrow(UnknownIdError);
  });

  it('advisePhone, channelStatus, segments, emergencies', () => {
    const line = advisePhone(catalog, { overseas: true }, NIGHT).line!;
    expect(line.channel.e164).toBe('+8675583765566');
    expect(line.status.state).toBe('closed');
    // The hours that apply abroad: the same number has other hours from there.
    expect(channelStatus({ hours: line.hours, waitMinutes: line.channel.waitMinutes }, MORNING).state).toBe('open');
    const day = segments(line.hours, NIGHT, NIGHT + 24 * 3600_000);
    expect(day.map((s) => s.state)).toEqual(['closed', 'open', 'closed']);
    const stolen = findEmergency(catalog, 'stolen')!;
    expect(emergencyContacts(catalog, stolen, NIGHT).length).toBeGreaterThan(0);
    expect(() => advisePhone(catalog, { topic: 'nope' }, NIGHT)).toThrow(UnknownIdError);
  });
});

/** Allowed in the tarball, and nothing else. */
const PACKED =
  /^(bin\/wxhelp\.js|bin\/package\.json|bin\/dist\/.+|channels\.yaml|src\/catalog\/channels\.schema\.json|README\.md|LICENSE|package\.json)$/;

function sh(command: string, args: string[], cwd: string, timeout = 120_000): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, npm_config_update_notifier: 'false' } });
}

describe('the packed package', () => {
  it('installs from its tarball into a scratch project, imports from "wxhelp", runs, and type-checks', { timeout: 240_000 }, () => {
    const work = mkdtempSync(join(tmpdir(), 'wxhelp-pack-'));
    try {
      // The bundle was built by the test setup; --ignore-scripts so packing does not rebuild it
      // under the other tests' feet (prepare runs on a real `npm pack`).
      const pack = sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
      expect(pack.status, pack.stderr).toBe(0);
      const [info] = JSON.parse(pack.stdout) as { filename: string; size: number; files: { path: string }[] }[];
      const files = info!.files.map((f) => f.path);
      expect(files.filter((f) => !PACKED.test(f))).toEqual([]);
      // V8's code caches are made by the build for the Node that built it; any other Node rejects
      // them, so a package (installed anywhere, by any Node) carries none.
      expect(files.filter((f) => f.endsWith('.cache'))).toEqual([]);
      for (const f of [
        'bin/wxhelp.js',
        'bin/dist/cli.cjs',
        'bin/dist/index.js',
        'bin/dist/types/index.d.ts',
        'channels.yaml',
        'src/catalog/channels.schema.json',
        'LICENSE',
        'package.json',
      ]) {
        expect(files).toContain(f);
      }
      // Compressed; the catalog (and its snapshot) grows with the problems it covers — logging in,
      // merchants, a child's spending, the need for a person, and the public material beside the
      // article (sources, the corrected lines, accessibility) took it past 1 MiB — and Traditional
      // Chinese adds about 190 kB: OpenCC's conversion tables for a user's catalog, the matcher's
      // folding table, the zh-Hant interface text and the built-in catalog's Traditional text.
      expect(info!.size).toBeLessThan(1.3 * 1024 * 1024);

      const project = join(work, 'scratch');
      mkdirSync(project);
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true, type: 'module' }));
      const tarball = join(work, info!.filename);
      // The package has no dependencies: the install needs neither the registry nor npm's cache.
      const install = sh('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund'], project);
      expect(install.status, install.stderr).toBe(0);
      expect(readdirSync(join(project, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['wxhelp']);

      writeFileSync(
        join(project, 'use.mjs'),
        `import { createRequire } from 'node:module';
import { advisePhone, loadCatalog, recommend } from 'wxhelp';
const { catalog } = loadCatalog();
const at = Date.parse('2026-11-28T23:30:00+08:00');
const result = recommend(catalog, { topic: 'account-security', urgent: true }, at);
const phone = advisePhone(catalog, { overseas: true }, at);
const schema = createRequire(import.meta.url).resolve('wxhelp/channels.schema.json');
console.log(JSON.stringify({
  topic: result.topic.id,
  first: result.recommendations[0].channel.channel.id,
  emergency: result.emergency && result.emergency.id,
  line: phone.line.channel.e164,
  state: phone.line.status.state,
  schema: schema.endsWith('channels.schema.json'),
}));
`,
      );
      const used = sh(process.execPath, ['use.mjs'], project);
      expect(used.stderr).toBe('');
      expect(JSON.parse(used.stdout)).toMatchObject({
        topic: 'account-security',
        emergency: 'stolen',
        line: '+8675583765566',
        state: 'closed',
        schema: true,
      });

      const bin = sh(join(project, 'node_modules', '.bin', 'wxhelp'), ['--version'], project);
      expect(bin.stdout.trim()).toBe(`wxhelp ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}`);

      writeFileSync(
        join(project, 'check.ts'),
        `import { loadCatalog, recommend, type Channel, type RecommendResult } from 'wxhelp';
const { catalog } = loadCatalog();
const result: RecommendResult = recommend(catalog, { topic: 'general', needs: ['elderly'] }, new Date());
const first: Channel | undefined = result.recommendations[0]?.channel.channel;
export const id: string | undefined = first?.id;
// @ts-expect-error a topic is required
recommend(catalog, { urgent: true });
// @ts-expect-error the instant is a number or a Date
recommend(catalog, { topic: 'general' }, '2026-11-28');
`,
      );
      writeFileSync(
        join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            target: 'ES2022',
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: ['check.ts'],
        }),
      );
      const tsc = sh(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], project);
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
