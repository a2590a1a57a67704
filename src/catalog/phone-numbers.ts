// Whether a line's numbers agree: `number` (as written), `e164` and `abroad.dial` must all be the
// same line, or a tel: link dials another one than the page shows. Uses libphonenumber-js, so it
// runs only in `wxhelp validate` and at build time, never on a one-shot command's path.
import { parsePhoneNumberFromString, type CountryCallingCode } from 'libphonenumber-js/min';
import type { Catalog } from './types.js';
import type { IssueDetail, PathSegment, Severity } from './issues.js';

export type Report = (severity: Severity, path: readonly PathSegment[], detail: IssueDetail) => void;

/** The E.164 form of a number as written; a national form is read in the line's own country. */
export function asE164(written: string, callingCode?: string): string | undefined {
  const parsed = parsePhoneNumberFromString(
    written,
    callingCode === undefined ? 'CN' : { defaultCallingCode: callingCode as CountryCallingCode },
  );
  if (parsed) return parsed.number;
  // Short codes and the like: the digits, read as international when written with "+".
  const digits = written.replace(/[^\d]/g, '');
  if (written.trim().startsWith('+')) return `+${digits}`;
  return callingCode === undefined ? undefined : `+${callingCode}${digits.replace(/^0/, '')}`;
}

export function checkNumbers(catalog: Catalog, report: Report): void {
  catalog.channels.forEach((channel, i) => {
    const e164 = channel.e164;
    const code = e164 === undefined ? undefined : parsePhoneNumberFromString(e164)?.countryCallingCode;
    const written = channel.number;
    if (e164 !== undefined && written !== undefined) {
      const read = asE164(written, code);
      if (read !== undefined && read !== e164) {
        report('error', ['channels', i, 'e164'], {
          id: 'e164-mismatch',
          number: JSON.stringify(written),
          e164: JSON.stringify(e164),
          reads: read,
        });
      }
    }
    const dial = channel.abroad?.dial;
    if (dial !== undefined) {
      const read = asE164(dial, code);
      // A short code (95017) has no E.164 form and its own form for abroad: nothing to compare.
      const expected = e164 ?? (written !== undefined && written.replace(/\D/g, '').length >= 7 ? asE164(written, code) : undefined);
      if (!dial.trim().startsWith('+')) {
        report('error', ['channels', i, 'abroad', 'dial'], { id: 'dial-not-international', dial: JSON.stringify(dial) });
      } else if (read !== undefined && expected !== undefined && read !== expected) {
        report('error', ['channels', i, 'abroad', 'dial'], {
          id: 'dial-other-line',
          dial: JSON.stringify(dial),
          line: expected,
          reads: read,
        });
      }
    }
  });
}
