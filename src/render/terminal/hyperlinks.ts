// Terminal hyperlinks (OSC 8): how one is written, and what a URL or a phone number links to.
// Whether to write them at all is decided at the edge (hyperlink-support.ts).

const OSC8 = '\u001b]8;;';
const BEL = '\u0007';

/**
 * `text` as a hyperlink to `target`. The target must be printable ASCII without spaces (the
 * OSC 8 rule); anything else is refused and the text is returned as it is.
 */
export function hyperlink(text: string, target: string): string {
  if (!/^[\x21-\x7e]+$/.test(target)) return text;
  return `${OSC8}${target}${BEL}${text}${OSC8}${BEL}`;
}

/** An http(s) URL as a link target (non-ASCII percent-encoded), or null. */
export function urlTarget(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A `tel:` target from an E.164 number, else from the digits of the number as written; or null. */
export function telTarget(number: string, e164?: string): string | null {
  if (e164 !== undefined && /^\+[1-9]\d{6,14}$/.test(e164)) return `tel:${e164}`;
  const digits = number.replace(/[\s().-]/g, '');
  return /^\+?\d{3,20}$/.test(digits) ? `tel:${digits}` : null;
}
