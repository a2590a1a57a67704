// An iCalendar (RFC 5545) file with one event and its alarm, written to the RFC by hand: a
// dozen properties do not justify a library on the CLI's path. Times are UTC ("Z"), which every
// calendar shows in its owner's zone, daylight saving included, without a VTIMEZONE block.

export interface IcsEvent {
  /** Unique and stable: the same channel and start give the same UID, so a re-import updates. */
  uid: string;
  /** When the file was made (DTSTAMP). */
  stamp: number;
  start: number;
  end: number;
  summary: string;
  description: string;
  /** A URL or a tel: URI. */
  url?: string;
  location?: string;
  /** Minutes before the start at which the alarm fires. */
  alarmMinutesBefore: number;
  alarmText: string;
  /** The product that made it, e.g. "wxhelp 0.1.0". */
  product: string;
  /** RFC 5646 language of the texts, e.g. "zh" or "en". */
  language: string;
}

/** 20261129T010000Z */
export function icsUtc(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/**
 * A content line folded to at most 75 octets per physical line (RFC 5545 3.1), continuation
 * lines starting with one space; a UTF-8 character is never split across lines.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

export function buildIcs(event: IcsEvent): string {
  const lang = `;LANGUAGE=${event.language}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//wxhelp//${escapeText(event.product)}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(event.end)}`,
    `SUMMARY${lang}:${escapeText(event.summary)}`,
    `DESCRIPTION${lang}:${escapeText(event.description)}`,
    ...(event.location === undefined ? [] : [`LOCATION${lang}:${escapeText(event.location)}`]),
    ...(event.url === undefined ? [] : [`URL:${event.url.replace(/[\u0000-\u0020\u007f]/g, '')}`]),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION${lang}:${escapeText(event.alarmText)}`,
    `TRIGGER:-PT${event.alarmMinutesBefore}M`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
