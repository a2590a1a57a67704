// `wxhelp remind <channel-id>`, its run (loaded only for remind): an iCalendar event for the channel's next opening, with an alarm.
// Without --json the .ics text itself goes to stdout (`> next.ics`); notes go to stderr.
import { channelAt } from '../../advise/channel-state.js';
import { dialFromAbroad, hoursFor, reachFrom, regionOf } from '../../advise/region.js';
import { regionFor } from '../values/region.js';
import type { Catalog, Channel, Lang } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { channelJson } from '../../render/json/channel.js';
import { pick } from '../../render/localize.js';
import { formatRelative, formatWhen, isoInZone } from '../../render/time-format.js';
import { buildIcs, icsUtc } from '../../remind/ics.js';
import { nextOpening } from '../../remind/next-opening.js';
import type { Context } from '../runtime/context.js';
import { usageError } from '../runtime/errors.js';
import { loadCatalogFor } from '../runtime/load-catalog.js';
import { emit } from '../runtime/output.js';
import { isChinese } from '../../i18n/lang.js';
import { parseCount } from '../values/count.js';
import { unknownIdError } from '../values/unknown-id.js';

/** The command line that makes a reminder for a channel (for renderers that suggest it). */
export const remindLine = (channelId: string): string => `wxhelp remind ${channelId}`;

export const DEFAULT_BEFORE = 10;
export const MAX_BEFORE = 24 * 60;
/** An event whose open stretch runs past the horizon is shown as this long. */
const OPEN_ENDED_MS = 60 * 60_000;

declare const WXHELP_VERSION: string | undefined;
const VERSION = typeof WXHELP_VERSION === 'string' ? WXHELP_VERSION : '0.0.0-dev';

/** Where the channel is: its number (the form for abroad for a user there, and a tel: URI), its website, or its path in the app. */
function whereTo(channel: Channel, lang: Lang, abroad: boolean): { line: string | null; url?: string } {
  const m = messages(lang).remind;
  if (channel.number !== undefined) {
    const dial = channel.e164 ?? channel.abroad?.dial;
    const shown = (abroad ? dialFromAbroad(channel) : undefined) ?? channel.number;
    return { line: m.field(m.number, shown), ...(dial === undefined ? {} : { url: `tel:${dial.replace(/[^\d+]/g, '')}` }) };
  }
  if (channel.url !== undefined) return { line: m.field(m.website, channel.url), url: channel.url };
  if (channel.path !== undefined) return { line: m.field(m.path, pick(channel.path, lang)) };
  return { line: null };
}

/** The sources named for what they are (a web article, public Tencent material), not by id. */
function sourceKinds(catalog: Catalog, channel: Channel, lang: Lang): string {
  const m = messages(lang).remind;
  const kinds = new Set(channel.source.map((id) => catalog.sources.find((s) => s.id === id)?.kind ?? 'seed'));
  return [...kinds].map((k) => m.sourceKind[k]).join(isChinese(lang) ? '；' : '; ');
}

/** The options remind's flags give (checked against them in ./remind.ts). */
export interface RemindOptions {
  before?: string;
  overseas?: boolean;
  mainland?: boolean;
}

export async function run(ctx: Context, opts: RemindOptions, [id]: [string]): Promise<number> {
  const before = parseCount('--before', opts.before, 0, MAX_BEFORE, DEFAULT_BEFORE, ctx.options.lang);
  const { catalog } = await loadCatalogFor(ctx);
  const { at, tz, lang } = ctx.options;
  const m = messages(lang).remind;
  const channel = catalog.channels.find((c) => c.id === id);
  if (!channel) {
    // The nearest id, as hours suggests it ("did you mean …?").
    throw await unknownIdError(catalog, lang, { kind: 'channel', command: 'remind', value: id, example: (c) => remindLine(c) });
  }
  const name = pick(channel.name, lang);
  // The hours where the user is: one number can have other hours when called from abroad.
  const region = regionOf(regionFor(ctx.options, opts).overseas);
  const hours = hoursFor(channel, region);
  const opening = nextOpening(hours, at);
  if (opening.kind === 'always-open') {
    // Unsure where the user is: from abroad the same number may have hours with openings to wait for.
    const abroad = region === 'unsure' && channel.hours.abroad !== undefined;
    throw usageError('ALWAYS_OPEN', m.alwaysOpen(name), abroad ? m.alwaysOpenAbroadHint : m.alwaysOpenHint);
  }
  if (opening.kind === 'none') {
    if (opening.unknown) throw usageError('HOURS_UNKNOWN', m.hoursUnknown(name), m.otherChannel);
    throw usageError('NO_OPENING', m.noOpening(name), opening.state === 'automated' ? m.automatedHint : m.otherChannel);
  }

  const end = opening.end ?? opening.start + OPEN_ENDED_MS;
  // RFC 5545's DATE-TIME has a four-digit year: nothing after 9999 (nor before year 1) can be written.
  const year = new Date(end).getUTCFullYear();
  if (year > 9999 || new Date(opening.start).getUTCFullYear() < 1) throw usageError('BAD_AT', m.beyondCalendar(year), m.beyondCalendarHint);
  const view = ctx.view(catalog.serviceTimeZone);
  const summary = m.summary(name);
  const where = whereTo(channel, lang, region === 'overseas' && reachFrom(channel, region) !== 'no');
  const description = [
    ...(where.line === null ? [] : [where.line]),
    m.field(m.hours, pick(hours.text, lang)),
    m.field(m.opens, formatWhen(opening.start, view)),
    m.field(m.source, sourceKinds(catalog, channel, lang)),
  ].join('\n');
  const ics = buildIcs({
    uid: `${channel.id}-${icsUtc(opening.start)}@wxhelp`,
    stamp: at,
    start: opening.start,
    end,
    summary,
    description,
    ...(where.url === undefined ? {} : { url: where.url }),
    alarmMinutesBefore: before,
    alarmText: m.alarm(name, before),
    product: `wxhelp ${VERSION}`,
    language: lang === 'zh' ? 'zh-CN' : lang === 'zh-Hant' ? 'zh-Hant' : 'en',
  });
  const note = opening.openNow && opening.currentEnd !== null ? m.openNow(name, formatWhen(opening.currentEnd, view)) : null;

  const event = {
    start: isoInZone(opening.start, tz),
    end: isoInZone(end, tz),
    alarmMinutesBefore: before,
    summary,
    afterCurrentWindow: opening.openNow,
    note,
  };
  await emit(
    ctx,
    'remind',
    { serviceTimeZone: catalog.serviceTimeZone },
    () => ({ channel: channelJson(catalog, channelAt(channel, at, region), lang, tz), event, ics }),
    async () => {
      // stdout is the .ics file itself; the note about an open channel goes beside it.
      if (note !== null) ctx.io.stderr.write(`wxhelp: ${note}\n`);
      // On a terminal the file's text is of no use to a person: what it holds, and how to save it.
      if (ctx.io.stdout.isTTY === true) {
        const save = `wxhelp remind ${channel.id}${before === DEFAULT_BEFORE ? '' : ` --before ${before}`} > next.ics`;
        return `${m.onTerminal(name, formatWhen(opening.start, view), formatRelative(opening.start, view), before)}\n${m.save(save)}\n`;
      }
      return ics;
    },
  );
  return 0;
}
