// Shell completion: the scripts are generated from the command tree and the catalog in use, and
// on Tab they ask `wxhelp __complete <kind>` for the current ids. Each script is run by its own
// shell: where one is not installed its checks are skipped on a developer's machine, never in CI,
// whose .ci/run installs zsh and fish.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { BIN } from '../e2e/run-bin.js';
import { runCli } from '../support/fake-io.js';
import { systemPathWithout } from '../support/path-without.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/custom.yaml', import.meta.url));
const CUSTOM = ['zz-custom-topic', 'zz-custom-line', 'zz-custom-desk', 'zz-custom-emergency', 'zz-custom-need'];
const SHELLS = ['bash', 'zsh', 'fish'] as const;

const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { env, now: () => Date.UTC(2026, 10, 28, 12) });

const installed = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
/** Whether to run a shell's checks: on a developer's machine when it is installed; in CI always (.ci/run installs zsh and fish), so there a missing shell fails instead of skipping. */
const has = (shell: string) => installed(shell) || process.env.CI === 'true';

/** A directory holding a `wxhelp` that runs the built binary, to put on PATH. */
function shimDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wxhelp-shim-'));
  const shim = join(dir, 'wxhelp');
  writeFileSync(shim, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
  chmodSync(shim, 0o755);
  return dir;
}

function scriptFile(shell: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'wxhelp-completion-')), `wxhelp.${shell}`);
  writeFileSync(file, text);
  return file;
}

describe('wxhelp completion <shell>', () => {
  it.each(SHELLS)('%s: bakes in the ids of the catalog in use (here --channels) as its fallback', async (shell) => {
    const r = await cli(['--channels', FIXTURE, 'completion', shell]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const id of CUSTOM) expect(r.stdout).toContain(id);
    expect(r.stdout).not.toContain('account-security'); // a built-in topic: not this catalog's
  });

  it.each(SHELLS)('%s: the built-in catalog’s topic and channel ids by default', async (shell) => {
    const r = await cli(['completion', shell]);
    for (const id of ['account-security', 'payment-appeal', 'cross-border', 'hotline', 'stolen', 'elderly']) expect(r.stdout).toContain(id);
  });

  it.each(SHELLS)('%s: every command and every flag of the program, and no internal command', async (shell) => {
    const script = (await cli(['completion', shell])).stdout;
    const program = buildProgram(
      {
        stdout: { write: () => true },
        stderr: { write: () => true },
        stdin: {},
        env: {},
        now: () => 0,
        systemZone: () => 'UTC',
        homeDir: '',
      },
      '0.0.0',
      { exitCode: 0 },
    );
    for (const command of program.commands.filter((c) => !c.name().startsWith('__'))) {
      expect(script).toContain(command.name());
      for (const option of command.options) expect(script).toContain(option.long!.replace(/^--/, ''));
    }
    for (const option of program.options) expect(script).toContain(option.long!.replace(/^--/, ''));
    expect(script).not.toMatch(/-a __complete|'__complete:|" __complete"/);
  });

  it.each(SHELLS)('%s: the script parses', async (shell) => {
    if (!has(shell)) return void console.warn(`${shell} is not installed: syntax check skipped`);
    const file = scriptFile(shell, (await cli(['completion', shell])).stdout);
    const check = shell === 'fish' ? spawnSync('fish', ['--no-execute', file]) : spawnSync(shell, ['-n', file]);
    expect(check.stderr.toString()).toBe('');
    expect(check.status).toBe(0);
  });

  it('refuses an unknown shell with a usage error', async () => {
    const r = await cli(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bash, zsh, fish/);
  });

  it('--json wraps the script in the envelope', async () => {
    const r = await cli(['--json', 'completion', 'fish']);
    const out = JSON.parse(r.stdout) as { schemaVersion: number; command: string; shell: string; script: string };
    expect(out).toMatchObject({ schemaVersion: 1, command: 'completion', shell: 'fish' });
    expect(out.script).toContain('complete -c wxhelp');
  });
});

describe('wxhelp __complete <kind> (what the scripts call on Tab)', () => {
  it('prints the current ids of the catalog in use with their names, in --lang', async () => {
    expect((await cli(['--channels', FIXTURE, '__complete', 'topics'])).stdout).toBe('zz-custom-topic\tCustom topic\n');
    expect((await cli(['--channels', FIXTURE, '--lang', 'zh', '__complete', 'channels'])).stdout).toBe(
      'zz-custom-desk\t自定义网页\nzz-custom-line\t自定义热线\n',
    );
    expect((await cli(['__complete', 'emergencies'], { WXHELP_CHANNELS: FIXTURE })).stdout).toBe('zz-custom-emergency\tCustom emergency\n');
    expect((await cli(['__complete', 'needs'])).stdout).toContain('visually-impaired\t');
  });

  it('time zones from the runtime', async () => {
    const zones = (await cli(['__complete', 'zones'])).stdout.trim().split('\n');
    expect(zones).toContain('Asia/Shanghai');
    expect(zones).toContain('Europe/London');
    expect(zones).toContain('UTC');
  });

  it('is left out of the help', async () => {
    expect((await cli(['--help'])).stdout).not.toContain('__complete');
  });
});

describe.skipIf(!has('bash'))('the bash script in bash', () => {
  /** COMPREPLY for a command line whose last word is being completed. */
  function complete(script: string, words: string[], path: string): string[] {
    const file = scriptFile('bash', script);
    const program = [
      `source ${JSON.stringify(file)}`,
      `COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')})`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash, expanded by bash
      'COMP_CWORD=$((${#COMP_WORDS[@]} - 1))',
      '_wxhelp',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash, expanded by bash
      'printf "%s\\n" "${COMPREPLY[@]}"',
    ].join('\n');
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', program], {
      encoding: 'utf8',
      env: { PATH: path, HOME: '/nonexistent-home', LANG: 'en_US.UTF-8' },
    });
    expect(r.stderr).toBe('');
    return r.stdout.split('\n').filter((l) => l !== '');
  }
  const withWxhelp = () => `${shimDir()}:${systemPathWithout()}`;

  it('commands, then their flags (global ones too)', async () => {
    const script = (await cli(['completion', 'bash'])).stdout;
    expect(complete(script, ['wxhelp', 'rec'], systemPathWithout())).toEqual(['recommend']);
    const flags = complete(script, ['wxhelp', 'recommend', '--'], systemPathWithout());
    expect(flags).toEqual(expect.arrayContaining(['--topic', '--need', '--urgent', '--json', '--tz', '--channels']));
    expect(flags).not.toContain('--payment');
  });

  it('ids come from the catalog named by --channels on the line, live', async () => {
    const script = (await cli(['completion', 'bash'])).stdout; // generated with the built-in catalog
    const path = withWxhelp();
    expect(complete(script, ['wxhelp', '--channels', FIXTURE, 'recommend', '--topic', 'zz'], path)).toEqual(['zz-custom-topic']);
    expect(complete(script, ['wxhelp', 'hours', '--channels', FIXTURE, ''], path)).toEqual(['zz-custom-desk', 'zz-custom-line']);
    expect(complete(script, ['wxhelp', 'emergency', ''], path)).toEqual(['stolen', 'funds', 'leak']);
    expect(complete(script, ['wxhelp', '--tz', 'Asia/Shang'], path)).toEqual(['Asia/Shanghai']);
  });

  it('without a working wxhelp, the ids baked in at generation time', async () => {
    const script = (await cli(['--channels', FIXTURE, 'completion', 'bash'])).stdout;
    expect(complete(script, ['wxhelp', 'recommend', '--need', ''], systemPathWithout())).toEqual(['zz-custom-need']);
    expect(complete(script, ['wxhelp', 'hours', ''], systemPathWithout())).toEqual(['zz-custom-desk', 'zz-custom-line']);
    expect(complete(script, ['wxhelp', 'completion', ''], systemPathWithout())).toEqual(['bash', 'zsh', 'fish']);
  });
});

describe.skipIf(!has('fish'))('the fish script in fish', () => {
  function complete(script: string, line: string): string[] {
    const file = scriptFile('fish', script);
    const r = spawnSync('fish', ['--no-config', '-c', `source ${file}; complete -C ${JSON.stringify(line)}`], {
      encoding: 'utf8',
      // fish makes ~/.config/fish and ~/.local/share/fish in whatever HOME it is given: a scratch one.
      env: { PATH: `${shimDir()}:${systemPathWithout()}`, HOME: mkdtempSync(join(tmpdir(), 'wxhelp-fish-home-')), LANG: 'en_US.UTF-8' },
    });
    return r.stdout.split('\n').filter((l) => l !== '');
  }

  it('commands with descriptions, and live ids with their names', async () => {
    const script = (await cli(['completion', 'fish'])).stdout;
    const commands = complete(script, 'wxhelp re');
    expect(commands.map((c) => c.split('\t')[0])).toEqual(['recommend', 'remind']);
    expect(commands.every((c) => /\t\S/.test(c))).toBe(true); // each with its description
    expect(complete(script, `wxhelp --channels ${FIXTURE} recommend --topic `)).toEqual(['zz-custom-topic\tCustom topic']);
    expect(complete(script, `wxhelp --channels ${FIXTURE} hours `)).toEqual(['zz-custom-desk\tCustom desk', 'zz-custom-line\tCustom line']);
  });
});
