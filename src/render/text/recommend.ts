// recommend for a person scanning it: the answer first (what to do, which number or where to
// tap), then why, then what to prepare, then caveats.
import type { ChalkInstance } from 'chalk';
import type { ChannelAt } from '../../advise/channel-state.js';
import type { RecommendResult } from '../../advise/recommend.js';
import type { Catalog } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { pick } from '../localize.js';
import type { TimeView } from '../time-format.js';
import { warningText } from '../warnings.js';
import { contactLines, stepLines } from './emergency.js';
import { nextText, reachText, stateBadge, waitText } from './status.js';

export function renderRecommend(result: RecommendResult, contacts: readonly ChannelAt[], catalog: Catalog, paint: ChalkInstance, view: TimeView): string {
  const lang = view.lang;
  const m = messages(lang);
  const lines: string[] = [];

  if (result.emergency) {
    lines.push(paint.bold.red(`⚠ ${m.rec.urgentFirst(pick(result.emergency.name, lang))}`));
    lines.push(...stepLines(result.emergency, view));
    if (contacts.length > 0) lines.push(...contactLines(contacts, paint, view, '     '));
    lines.push(paint.dim(`  ${m.rec.fullSteps(result.emergency.id)}`), '');
  }

  lines.push(paint.bold(`${pick(result.topic.name, lang)}`) + paint.dim(` — ${pick(result.topic.description, lang)}`), '');
  if (result.recommendations.length === 0) lines.push(m.rec.none);

  for (const rec of result.recommendations) {
    const { channel, status } = rec.channel;
    const head = rec.rank === 1 ? paint.bold.green(m.rec.bestNow) : m.rec.then;
    lines.push(`${rec.rank}. ${head}: ${paint.bold(pick(channel.name, lang))}  ${paint.bold.cyan(reachText(channel, lang))}`);
    lines.push(`   ${stateBadge(paint, status, lang, true)} · ${nextText(status, view)}`);
    if (rec.service) lines.push(`   → ${m.rec.service(pick(rec.service.name, lang), pick(rec.service.verification, lang), rec.service.priority)}`);
    else if (rec.capability) lines.push(`   → ${m.rec.capability(pick(rec.capability.name, lang))}`);
    lines.push(`   ${m.rec.why}: ${rec.reasons.map((r) => pick(r, lang)).join(' ')}`);
    if (rec.materials.length > 0) lines.push(`   ${m.rec.prepare}: ${rec.materials.map((mat) => pick(mat.name, lang)).join(lang === 'zh' ? '、' : ', ')}`);
    const wait = waitText(status, lang);
    const response = [rec.expectedResponse ? pick(rec.expectedResponse, lang) : null, wait].filter(Boolean).join(' · ');
    if (response) lines.push(`   ${m.rec.expect}: ${response}`);
    for (const w of rec.warnings) lines.push(`   ${paint.yellow('!')} ${warningText(w, catalog, view)}`);
    lines.push('');
  }

  const materials = result.topic.materials.flatMap((id) => catalog.materials.filter((mat) => mat.id === id)).map((mat) => pick(mat.name, lang));
  if (materials.length > 0) lines.push(paint.bold(`${m.rec.haveReady}:`), `  ${materials.join(lang === 'zh' ? '、' : ', ')}`);
  if (result.overseas) {
    const extra = result.overseas.materials.flatMap((id) => catalog.materials.filter((mat) => mat.id === id)).map((mat) => pick(mat.name, lang));
    if (extra.length > 0) lines.push(paint.bold(`${m.rec.overseasReady}:`), `  ${extra.join(lang === 'zh' ? '、' : ', ')}`);
  }

  const tips = [...result.topic.tips, ...result.needs.flatMap((n) => n.tips), ...(result.overseas?.tips ?? [])].map((t) => pick(t.text, lang));
  for (const need of result.needs) tips.unshift(`${pick(need.name, lang)}: ${pick(need.feature, lang)} · ${pick(need.interaction, lang)} · ${pick(need.metric, lang)}`);
  if (catalog.transfer && result.transferRate !== null) tips.push(m.rec.transfer(catalog.transfer.keyword, result.transferRate));
  if (tips.length > 0) lines.push(paint.bold(`${m.rec.tips}:`), ...tips.map((t) => `  · ${t}`));

  if (result.advice.length > 0) lines.push(paint.bold(`${m.rec.goodToKnow}:`), ...result.advice.map((a) => `  · ${pick(a.text, lang)}`));
  if (result.warnings.length > 0) lines.push(paint.bold(`${m.rec.caveats}:`), ...result.warnings.map((w) => `  ${paint.yellow('!')} ${warningText(w, catalog, view)}`));
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
