// The words of the standing preferences (`wxhelp config`, and the errors of a broken config.yaml),
// in each language. Kept apart from the main table: they are needed only when there is a
// preferences file or `config` runs, and load with that part (src/prefs/parse.ts), not with every run.
import type { Lang } from '../catalog/types.js';

const makeEn = () => ({
  problem: {
    unreadable: (reason: string) => `cannot be read (${reason})`,
    denied: 'cannot be read (permission denied)',
    unwritable: (reason: string) => `cannot be written (${reason})`,
    notAFile: 'is not a regular file',
    tooLarge: (kib: number) => `is larger than ${kib} KiB`,
    syntax: (detail: string) => `is not valid YAML: ${detail}`,
    notAMap: 'must hold settings such as "region: mainland", one per line',
    unknownKey: (key: string, keys: string) => `unknown setting "${key}" (the settings: ${keys})`,
    badValue: (key: string, value: string, choices: string | null) =>
      choices === null ? `${key}: "${value}" is not a list of need ids` : `${key}: "${value}" is not valid (one of ${choices})`,
    unknownNeed: (value: string, valid: string) => `needs: "${value}" is not a need in this catalog (the needs: ${valid})`,
  },
  example: (line: string) => `e.g. ${line}`,
  noPlace: 'no place for preferences: neither XDG_CONFIG_HOME nor HOME is set',
  noPlaceHint: 'set HOME, or XDG_CONFIG_HOME to an absolute path',
  badAction: (action: string) => `config: unknown action "${action}" (list, get, set, unset)`,
  needsKey: (action: string) => `config ${action} needs a setting (lang, region, needs, accessible)`,
  needsValue: (key: string) => `config set ${key} needs a value`,
  tooMany: (action: string) => `config ${action}: too many words`,
  notSet: (file: string) => `# nothing set in ${file}`,
  saved: (file: string, line: string) => `${file}: ${line}`,
  removed: (file: string, key: string) => `${file}: ${key} removed`,
});

export type PrefsMessages = ReturnType<typeof makeEn>;

export const makeZh = (): PrefsMessages => ({
  problem: {
    unreadable: (reason) => `无法读取（${reason}）`,
    denied: '无法读取（权限不足）',
    unwritable: (reason) => `无法写入（${reason}）`,
    notAFile: '不是普通文件',
    tooLarge: (kib) => `超过 ${kib} KiB`,
    syntax: (detail) => `不是有效的 YAML：${detail}`,
    notAMap: '应写成“region: mainland”这样的设置，每行一项',
    unknownKey: (key, keys) => `未知设置“${key}”（可用设置：${keys}）`,
    badValue: (key, value, choices) => (choices === null ? `${key} 的值“${value}”不是需求 id 列表` : `${key} 的值“${value}”无效（可选：${choices}）`),
    unknownNeed: (value, valid) => `needs 中的“${value}”不是所用渠道清单中的需求（可选：${valid}）`,
  },
  example: (line) => `例如：${line}`,
  noPlace: '无处保存偏好设置：XDG_CONFIG_HOME 和 HOME 都未设置',
  noPlaceHint: '请设置 HOME，或把 XDG_CONFIG_HOME 设为绝对路径',
  badAction: (action) => `config：未知操作“${action}”（可用：list、get、set、unset）`,
  needsKey: (action) => `config ${action} 需要指定设置（lang、region、needs、accessible）`,
  needsValue: (key) => `config set ${key} 需要一个值`,
  tooMany: (action) => `config ${action}：参数过多`,
  notSet: (file) => `# ${file} 中没有任何设置`,
  saved: (file, line) => `${file}：${line}`,
  removed: (file, key) => `${file}：已删除 ${key}`,
});

const tables: Partial<Record<Lang, PrefsMessages>> = {};

/** The table for `lang`; zh-Hant's is made at build time like the other tables (src/i18n/traditional.ts) and passed in (Simplified without it). */
export function prefsMessages(lang: Lang, makeZhHant?: () => PrefsMessages): PrefsMessages {
  if (lang === 'zh-Hant' && makeZhHant === undefined) return prefsMessages('zh');
  tables[lang] ??= lang === 'zh-Hant' ? makeZhHant!() : lang === 'zh' ? makeZh() : makeEn();
  return tables[lang];
}
