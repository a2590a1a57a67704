// What each setting accepts, as typed after `wxhelp config set <key>` or written in the file.
import { parseLang } from '../i18n/lang.js';
import { CHOICES, type PreferenceKey } from './types.js';

/** A need id as the catalog writes them. */
export const NEED_ID = /^[a-z0-9][a-z0-9-]*$/;

/** A value given for a key (on the command line, or a scalar in the file) as the setting, or undefined when it is not valid. */
export function settingOf(key: PreferenceKey, value: string): string | string[] | boolean | undefined {
  switch (key) {
    case 'lang':
      return parseLang(value) === null ? undefined : value;
    case 'region':
      return CHOICES.region!.includes(value) ? value : undefined;
    case 'accessible':
      return value === 'true' ? true : value === 'false' ? false : undefined;
    case 'needs': {
      const ids = value.split(/[\s,]+/).filter((id) => id !== '');
      return ids.every((id) => NEED_ID.test(id)) ? [...new Set(ids)] : undefined;
    }
  }
}
