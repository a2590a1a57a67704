// recommend for a person scanning it: the answer first (what to do, which number or where to
// tap, whether it is open and how fast it answers), then why, then what to prepare, then caveats.
import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { ChannelAt } from '../../advise/channel-state.js';
import type { AdviceWarning, Recommendation, RecommendResult } from '../../advise/recommend.js';
import type { Catalog } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { materialNames, pick } from '../localize.js';
import type { TimeView } from '../time-format.js';
import { warningText } from '../warnings.js';
import { contactLines, stepLines } from './emergency.js';
import { abroadLines } from './overseas.js';
import { nextText, reachText, stateBadge, waitText } from './status.js';

const INDENT = '   ';

/** "Why: first" and the rest under it, aligned after the label. */
function labelled(indent: string, label: string, items: readonly string[]): string[] {
  const pad = ' '.repeat(stringWidth(label));
  return items.map((item, i) => `${indent}${i === 0 ? label : pad}${item}`);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** Warnings about the channel's state now (peak, overnight) — not "closed", which its status line already says. */
function channelWarningLines(rec: Recommendation, catalog: Catalog, paint: ChalkInstance, view: TimeView): string[] {
  const timely = (w: AdviceWarning) => w.kind !== 'closed' && w.kind !== 'dispute';
  return [
    ...rec.warnings.filter(timely).map((w) => `${INDENT}${paint.yellow('!')} ${warningText(w, catalog, view)}`),
    ...rec.warnings.filter((w) => w.kind === 'dispute').map((w) => paint.dim(`${INDENT}! ${warningText(w, catalog, view)}`)),
  ];
}

function recommendationLines(rec: Recommendation, catalog: Catalog, paint: ChalkInstance, view: TimeView, links: boolean): string[] {
  const lang = view.lang;
  const m = messages(lang).rec;
  const { channel, status } = rec.channel;
  const lines: string[] = [];
  const head = rec.rank === 1 ? paint.bold.green(m.bestNow) : m.then;
  const reach = reachText(channel, lang, links);
  lines.push(`${rec.rank}. ${m.label(head)}${paint.bold(pick(channel.name, lang))}  ${paint.bold.cyan(reach)}`);
  // What changes next; for a channel that stays as it is (a 24-hour line), its hours say more.
  const next = status.nextChange === null ? pick(channel.hours.text, lang) : nextText(status, view);
  lines.push(`${INDENT}${stateBadge(paint, status, lang, true)} · ${next}`);
  if (rec.service) {
    lines.push(`${INDENT}→ ${m.service(pick(rec.service.name, lang), pick(rec.service.verification, lang), rec.service.priority)}`);
  } else if (rec.capability) {
    const how = rec.capability.how ? pick(rec.capability.how, lang) : null;
    lines.push(`${INDENT}→ ${m.capability(pick(rec.capability.name, lang), how && how !== reach ? [how] : [])}`);
  }
  // The peak queue is said once, by its warning (with when it ends).
  const wait = status.peak ? null : waitText(status, lang);
  const response = [rec.expectedResponse ? pick(rec.expectedResponse, lang) : null, wait].filter((x): x is string => Boolean(x));
  if (response.length > 0) lines.push(`${INDENT}${m.label(m.expect)}${response.join(' · ')}`);
  lines.push(...labelled(INDENT, m.label(m.why), rec.reasons.map((r) => pick(r, lang))));
  const goodAt = [...(channel.scope ? [pick(channel.scope, lang)] : []), ...channel.strengths.map((s) => pick(s, lang))];
  if (goodAt.length > 0) lines.push(paint.dim(`${INDENT}${m.label(m.goodAt)}${goodAt.join(' · ')}`));
  if (rec.materials.length > 0) lines.push(`${INDENT}${m.label(m.prepare)}${m.list(rec.materials.map((mat) => pick(mat.name, lang)))}`);
  lines.push(...channelWarningLines(rec, catalog, paint, view));
  return lines;
}

export function renderRecommend(result: RecommendResult, contacts: readonly ChannelAt[], catalog: Catalog, paint: ChalkInstance, view: TimeView, links = false): string {
  const lang = view.lang;
  const m = messages(lang).rec;
  const lines: string[] = [];
  const section = (title: string, body: readonly string[]) => {
    if (body.length > 0) lines.push(paint.bold(`${title}${lang === 'zh' ? '：' : ':'}`), ...body);
  };

  if (result.emergency) {
    lines.push(paint.bold.red(`⚠ ${m.urgentFirst(pick(result.emergency.name, lang))}`));
    lines.push(...stepLines(result.emergency, view));
    if (contacts.length > 0) lines.push(...contactLines(contacts, paint, view, '     ', links));
    lines.push(paint.dim(`  ${m.fullSteps(result.emergency.id)}`), '');
  }

  lines.push(paint.bold(`${pick(result.topic.name, lang)}`) + paint.dim(` — ${pick(result.topic.description, lang)}`), '');
  if (result.recommendations.length === 0) lines.push(m.none, '');

  for (const rec of result.recommendations) lines.push(...recommendationLines(rec, catalog, paint, view, links), '');

  // What to prepare for the problem as a whole, then what being abroad adds.
  const materials = materialNames(catalog, result.topic.materials, lang);
  if (materials.length > 0) section(m.haveReady, [`  ${m.list(materials)}`]);
  if (result.overseas) {
    const extra = materialNames(catalog, result.overseas.materials, lang).filter((name) => !materials.includes(name));
    if (extra.length > 0) section(m.overseasReady, [`  ${m.list(extra)}`]);
    section(m.abroad, abroadLines(result.overseas, paint, lang));
  }

  section(
    m.needsLabel,
    result.needs.flatMap((need) => [
      `  ${paint.bold(pick(need.name, lang))}: ${pick(need.feature, lang)} · ${pick(need.interaction, lang)} · ${pick(need.metric, lang)}`,
      paint.dim(`    ${pick(need.description, lang)}`),
    ]),
  );

  const modes = result.modes.map((mode) => `  · ${m.mode(pick(mode.name, lang), pick(mode.response, lang), mode.wait.min, mode.wait.max, pick(mode.transferCondition, lang))}`);
  if (catalog.transfer && result.transferRate !== null) modes.push(`  · ${m.transfer(catalog.transfer.keyword, result.transferRate)}`);
  section(m.modes, modes);

  const tips = unique([...result.topic.tips, ...result.needs.flatMap((n) => n.tips), ...(result.overseas?.tips ?? [])].map((t) => pick(t.text, lang)));
  section(m.tips, tips.map((t) => `  · ${t}`));
  section(m.goodToKnow, result.advice.map((a) => `  · ${pick(a.text, lang)}`));
  section(m.caveats, result.warnings.map((w) => `  ${paint.yellow('!')} ${warningText(w, catalog, view)}`));
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
