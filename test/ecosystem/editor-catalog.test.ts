// A catalog the user copied with `wxhelp catalog init` is checked by the schema its first line
// names, as an editor checks it: yaml-language-server (the engine of VS Code's and others' YAML
// support) run headless on the copy, loading the schema through the modeline, and ajv in strict
// mode on the very file that modeline resolves to. Unknown keys are warnings there and in
// `wxhelp validate`; pattern errors read in the schema's own words.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type FakeIOOptions } from '../support/fake-io.js';

const cli = (args: string[], options: FakeIOOptions = {}) => runCli(args, { now: () => Date.UTC(2026, 10, 28, 12), ...options });

const dir = mkdtempSync(join(tmpdir(), 'wxhelp-editor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const loaded: string[] = [];
const yls = getLanguageService({
  schemaRequestService: async (uri: string) => {
    loaded.push(uri);
    if (!uri.startsWith('file:')) throw new Error(`no network in tests: ${uri}`);
    return readFileSync(fileURLToPath(uri), 'utf8');
  },
  workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
} as unknown as Parameters<typeof getLanguageService>[0]);
yls.configure({ validate: true, completion: false, hover: false, format: false, isKubernetes: false } as never);

async function editorDiagnostics(file: string) {
  const doc = TextDocument.create(pathToFileURL(file).href, 'yaml', 1, readFileSync(file, 'utf8'));
  const found = await yls.doValidation(doc, false);
  return found.map((d) => ({ severity: d.severity, line: d.range.start.line + 1, message: d.message }));
}

function modelineTarget(file: string): string {
  const first = readFileSync(file, 'utf8').split('\n')[0]!;
  const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
  expect(m, first).not.toBeNull();
  return m![1]!;
}

const WARNING = 2; // LSP DiagnosticSeverity.Warning

describe('wxhelp catalog init: a copy an editor can check, wherever it lives', () => {
  const xdg = join(dir, 'config');
  const copy = join(xdg, 'wxhelp', 'channels.yaml');

  it('writes the built-in catalog to $XDG_CONFIG_HOME/wxhelp/channels.yaml, its schema named by an absolute path', async () => {
    const r = await cli(['catalog', 'init'], { env: { XDG_CONFIG_HOME: xdg } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(copy);
    const target = modelineTarget(copy);
    expect(isAbsolute(target)).toBe(true);
    const schema = await cli(['schema']);
    expect(readFileSync(target, 'utf8')).toBe(schema.stdout);
    expect((await cli(['schema', '--path'])).stdout.trim()).toBe(target);
  });

  it('refuses to overwrite without --force (exit 2), replaces with it', async () => {
    const again = await cli(['catalog', 'init'], { env: { XDG_CONFIG_HOME: xdg } });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(again.stderr).toContain('--force');
    expect((await cli(['catalog', 'init', '--force'], { env: { XDG_CONFIG_HOME: xdg } })).code).toBe(0);
  });

  it('the copy as it is: the editor loads the schema through the modeline and reports nothing; validate agrees', async () => {
    loaded.length = 0;
    expect(await editorDiagnostics(copy)).toEqual([]);
    expect(loaded).toEqual([pathToFileURL(modelineTarget(copy)).href]);
    const v = await cli(['validate', copy]);
    expect(v.code).toBe(0);
  });

  it("a real error (25:00) and an unknown key: the editor reports both, the pattern in the schema's words", async () => {
    const text = readFileSync(copy, 'utf8');
    const broken = join(dir, 'broken.yaml');
    const edited = text.replace('from: "09:00"', 'from: "25:00"').replace('    kind: app\n', '    kind: app\n    colour: green\n');
    expect(edited).not.toBe(text);
    writeFileSync(broken, edited);
    const lineOf = (needle: string) => edited.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const found = await editorDiagnostics(broken);
    expect(found).toContainEqual({ severity: WARNING, line: lineOf('from: "25:00"'), message: 'Expected a time "HH:MM", like "09:00".' });
    expect(found).toContainEqual({ severity: WARNING, line: lineOf('colour: green'), message: 'Property colour is not allowed.' });
    expect(found.every((d) => !d.message.includes('[01]'))).toBe(true); // never the raw regex

    // wxhelp validate: the same two places; the unknown key a warning as in the editor.
    const v = await cli(['validate', broken, '--json']);
    expect(v.code).toBe(3);
    const errors = JSON.parse(v.stdout).errors as { line: number; severity?: string; message: string }[];
    expect(errors.map((e) => e.line)).toContain(lineOf('from: "25:00"'));
    const human = await cli(['validate', broken]);
    expect(human.stdout + human.stderr).toMatch(new RegExp(`broken\\.yaml:${lineOf('colour: green')}:\\d+: warning: unknown key 'colour'`));
  });

  it('ajv in strict mode compiles the schema file the modeline names and accepts the copy', () => {
    const schema = JSON.parse(readFileSync(modelineTarget(copy), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' }); // the editors' annotation
    const validate = ajv.compile(schema);
    expect(validate(parse(readFileSync(copy, 'utf8'), { merge: true })), JSON.stringify(validate.errors)).toBe(true);
  });

  it("a path of one's own, in Chinese", async () => {
    const mine = join(dir, 'mine', 'channels.yaml');
    const r = await cli(['catalog', 'init', mine, '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^已写入 /);
    expect(isAbsolute(modelineTarget(mine))).toBe(true);
  });
});
