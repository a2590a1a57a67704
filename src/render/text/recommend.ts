// recommend for a person in a hurry: first what to do now (the emergency's steps, or the best
// channel), where to tap or what to dial, and whether it can help now and until when; then a few
// short lines (what else, what to have ready, where the answer assumes you are). Everything else
// — every reason, sources, disagreements, modes, statistics — comes with --verbose. The layout
// fits one screen at the terminal's width; what does not fit is left for --verbose.
import type { ChalkInstance } from 'chalk';
import { indexOf } from '../../advise/catalog-index.js';
import type { PlanStep } from '../../advise/emergency.js';
import type { Recommendation, RecommendResult } from '../../advise/recommend.js';
import type { Catalog, Lang } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { blockLines, fitScreen, RANK, type Block } from '../layout/screen.js';
import { wrap } from '../layout/wrap.js';
import { materialNames, pick } from '../localize.js';
import { formatRelative, formatWhen, type TimeView } from '../time-format.js';
import { warningText } from '../warnings.js';
import { abroadLines } from './overseas.js';
import { disputeLines, factLines } from '../sources.js';
import { moreLine } from './more.js';
import { contactReach, nowText, sidelinedText, unconfirmed } from './status.js';
import { isChinese } from '../../i18n/lang.js';
import { shownText } from '../../hant/shown.js';

export interface TextOptions {
  /** Numbers and addresses as terminal hyperlinks. */
  links?: boolean;
  /** Everything, not just the answer. */
  verbose?: boolean;
  /** Display columns to wrap to. */
  columns?: number;
}

const INDENT = '   ';
const colon = (lang: Lang) => (isChinese(lang) ? '：' : ': ');

/** A plan step: its text, then where to tap or what to dial and whether that works now. */
export function stepLines(step: PlanStep, n: number, paint: ChalkInstance, view: TimeView, width: number, links: boolean): string[] {
  const lines = wrap(pick(step.step.text, view.lang), width, `${n}. `, INDENT);
  // Every channel the step names, best first, with whether it works now (rule 2: one plan).
  step.channels.forEach((c, i) => {
    const where = i === 0 && step.capability?.how ? pick(step.capability.how, view.lang) : contactReach(c, view.lang, links);
    const now = nowText(c, view);
    lines.push(...wrap(`${paint.bold.cyan(where)} · ${c.canActNow ? paint.green(now) : paint.yellow(now)}`, width, INDENT, `${INDENT}  `));
  });
  return lines;
}

/** A recommendation: in full (rank 1) or on one line; `n` is its number on the screen. */
function rankLines(
  rec: Recommendation,
  n: number,
  label: string,
  paint: ChalkInstance,
  view: TimeView,
  width: number,
  links: boolean,
  full: boolean,
): string[] {
  const lang = view.lang;
  const m = messages(lang).answer;
  const { channel } = rec.channel;
  const now = nowText(rec.channel, view);
  const painted = rec.channel.canActNow ? paint.green(now) : paint.yellow(now);
  const reach = paint.bold.cyan(contactReach(rec.channel, lang, links));
  if (!full) return wrap(`${pick(channel.name, lang)} — ${reach} · ${painted}`, width, `${n}. `, INDENT);
  const lines = wrap(paint.bold(pick(channel.name, lang)), width, `${n}. ${label}${colon(lang)}`, INDENT);
  lines.push(...wrap(`${reach} · ${painted}`, width, INDENT));
  const how = rec.capability?.how ? pick(rec.capability.how, lang) : null;
  if (how && how !== contactReach(rec.channel, lang)) lines.push(...wrap(how, width, INDENT));
  const why = rec.reasons[0];
  if (why) lines.push(...wrap(pick(why, lang), width, `${INDENT}${m.why}${colon(lang)}`));
  if (rec.materials.length > 0)
    lines.push(...wrap(messages(lang).rec.list(rec.materials.map((x) => pick(x.name, lang))), width, `${INDENT}${m.ready}${colon(lang)}`));
  return lines;
}

/** Everything a --verbose reader wants beyond the answer. */
function detailLines(result: RecommendResult, catalog: Catalog, paint: ChalkInstance, view: TimeView, width: number): string[] {
  const lang = view.lang;
  const m = messages(lang).rec;
  const lines: string[] = ['', paint.bold(messages(lang).answer.details)];
  const para = (text: string, first = '  ', indent = '    ') => lines.push(...wrap(text, width, first, indent));
  const section = (title: string, body: () => void) => {
    lines.push(paint.bold(`${title}${isChinese(lang) ? '：' : ':'}`));
    body();
  };
  para(`${pick(result.topic.name, lang)} — ${pick(result.topic.description, lang)}`, '');
  for (const rec of result.recommendations) {
    const { channel } = rec.channel;
    lines.push(paint.bold(`${rec.rank}. ${pick(channel.name, lang)}`));
    for (const reason of rec.reasons) para(`${m.label(m.why)}${pick(reason, lang)}`);
    if (rec.service) para(m.service(pick(rec.service.name, lang), pick(rec.service.verification, lang), rec.service.priority));
    if (rec.expectedResponse) para(`${m.label(m.expect)}${pick(rec.expectedResponse, lang)}`);
    const goodAt = [...(channel.scope ? [pick(channel.scope, lang)] : []), ...channel.strengths.map((x) => pick(x, lang))];
    if (goodAt.length > 0) para(`${m.label(m.goodAt)}${goodAt.join(' · ')}`);
    for (const w of rec.warnings.filter((x) => x.kind !== 'dispute' && x.kind !== 'closed')) para(`! ${warningText(w, catalog, view)}`);
    lines.push(...factLines(catalog, rec.channel, lang, paint, width, '  '));
  }
  if (result.plan) {
    section(messages(lang).emergency.title(pick(result.plan.emergency.name, lang)), () => {
      para(`${m.label(messages(lang).emergency.trigger)}${pick(result.plan!.emergency.trigger, lang)}`);
      para(`${m.label(messages(lang).emergency.response)}${pick(result.plan!.emergency.response, lang)}`);
      for (const note of result.plan!.emergency.notes) para(`· ${pick(note.text, lang)}`);
    });
  }
  const materials = materialNames(catalog, result.topicMaterials, lang);
  if (materials.length > 0) section(m.haveReady, () => para(m.list(materials)));
  if (result.overseas) {
    const extra = materialNames(catalog, result.overseas.materials, lang).filter((name) => !materials.includes(name));
    if (extra.length > 0) section(m.overseasReady, () => para(m.list(extra)));
    section(m.abroad, () => lines.push(...abroadLines(result.overseas!, paint, lang, width)));
  }
  if (result.needs.length > 0) {
    section(m.needsLabel, () => {
      for (const need of result.needs) {
        const traits = [need.feature, need.interaction, need.metric].flatMap((t) => (t ? [pick(t, lang)] : []));
        para(traits.length === 0 ? pick(need.name, lang) : `${pick(need.name, lang)}: ${traits.join(' · ')}`);
        para(pick(need.description, lang), '    ', '    ');
        // What the article claims for this need and no public material bears out: here only.
        for (const d of disputeLines(catalog, need.disputes ?? [], lang, paint)) para(d, '    ', '      ');
      }
    });
  }
  const modes = result.modes.map((mode) =>
    m.mode(pick(mode.name, lang), pick(mode.response, lang), mode.wait.min, mode.wait.max, pick(mode.transferCondition, lang)),
  );
  if (catalog.transfer && result.transferRate !== null)
    modes.push(m.transfer(shownText(catalog, catalog.transfer.keyword, lang), result.transferRate));
  if (modes.length > 0)
    section(m.modes, () =>
      modes.forEach((x) => {
        para(`· ${x}`);
      }),
    );
  const tips = [
    ...new Set(
      [...result.topic.tips, ...result.needs.flatMap((n) => n.tips), ...(result.overseas?.tips ?? [])].map((t) => pick(t.text, lang)),
    ),
  ];
  if (tips.length > 0)
    section(m.tips, () =>
      tips.forEach((x) => {
        para(`· ${x}`);
      }),
    );
  if (result.advice.length > 0)
    section(m.goodToKnow, () =>
      result.advice.forEach((a) => {
        para(`· ${pick(a.text, lang)}`);
      }),
    );
  if (result.warnings.length > 0)
    section(m.caveats, () =>
      result.warnings.forEach((w) => {
        para(`! ${warningText(w, catalog, view)}`);
      }),
    );
  return lines;
}

export function renderRecommend(
  result: RecommendResult,
  catalog: Catalog,
  paint: ChalkInstance,
  view: TimeView,
  options: TextOptions = {},
): string {
  const lang = view.lang;
  const m = messages(lang).answer;
  const width = options.columns ?? 80;
  const links = options.links === true;
  const blocks: Block[] = [];
  const required = (lines: string[]) => blocks.push({ lines, required: true });
  const optional = (lines: string[]) => blocks.push({ lines });

  required(
    wrap(
      paint.dim(messages(lang).evaluatedAt(formatWhen(view.now, view, true))),
      width,
      `${paint.bold(pick(result.topic.name, lang))} · `,
      '  ',
    ),
  );
  // How the user's words were read: which topic, how to choose another; urgency they set.
  const match = result.query.match;
  if (match) {
    const w = messages(lang).words;
    const name = (id: string) => pick(indexOf(catalog).topic.get(id)?.name ?? { zh: id, en: id }, lang);
    const line =
      match.confidence === 'high'
        ? w.chose(name(result.topic.id), result.topic.id)
        : w.unsure(
            match.alternatives.map((a) => `${name(a.topic)} (${a.topic})`),
            name(result.topic.id),
          );
    required(wrap(paint.dim(line), width));
    if (result.query.urgentFrom === 'text' && match.urgentPhrase)
      required(wrap(paint.dim(w.urgentFromText(shownText(catalog, match.urgentPhrase, lang))), width));
    const asked = result.needs.filter((n) => match.needs.includes(n.id));
    if (asked.length > 0)
      required(
        wrap(
          paint.dim(
            w.askedFor(
              asked.map((n) => pick(n.name, lang)),
              asked.map((n) => n.id),
            ),
          ),
          width,
        ),
      );
  }
  // Asked for a person and none answers now: say so, and when and where one will (rank 1 still acts now).
  const person = result.person;
  if (person && !person.now) {
    const line =
      person.at === null || person.channel === null
        ? m.noPersonSoon
        : m.noPerson(pick(person.channel.channel.name, lang), formatWhen(person.at, view), formatRelative(person.at, view));
    required(wrap(paint.yellow(line), width));
  }
  const recs = result.recommendations;
  // Rule 5 said plainly: the only line answering now is not one for this; what works now follows.
  if (result.sidelinedNow) required(wrap(paint.yellow(sidelinedText(result.sidelinedNow, view, result.canActNow)), width));
  const inPlan = new Set<string>();
  // Numbers run on across the steps and the other channels, so no two lines share one.
  let n = 0;
  if (result.plan) {
    required([paint.bold.red(m.urgent(pick(result.plan.emergency.name, lang)))]);
    // The steps up to the first where a person answers now (the engine's personStep) before a need's lines.
    const personStep = result.plan.personStep ?? -1;
    result.plan.steps.forEach((step, i) => {
      for (const c of step.channels) inPlan.add(c.channel.id);
      const rank = i <= personStep ? RANK.need : RANK.step;
      blocks.push({
        lines: stepLines(step, ++n, paint, view, width, links),
        required: i === 0,
        rank,
        counts: 'step',
        marked: step.channels.some(unconfirmed),
      });
    });
  } else if (recs.length === 0) {
    required([m.nothingAtAll]);
  } else {
    const first = recs[0]!;
    if (!result.canActNow && result.nextActionAt !== null) {
      required(
        wrap(
          paint.yellow(
            m.nothingNow(
              pick(first.channel.channel.name, lang),
              formatWhen(result.nextActionAt, view),
              formatRelative(result.nextActionAt, view),
            ),
          ),
          width,
        ),
      );
    }
    blocks.push({
      lines: rankLines(first, ++n, result.canActNow ? m.best : m.soonest, paint, view, width, links, true),
      required: true,
      marked: unconfirmed(first.channel),
    });
    if (!result.canActNow && first.channel.status.nextOpen !== null)
      optional(wrap(paint.dim(m.remind(`wxhelp remind ${first.channel.channel.id}`)), width, INDENT));
  }
  // Then the other channels, one line each (in an emergency: those its steps do not already name).
  const rest = recs
    .slice(result.plan ? 0 : 1)
    .filter((r) => !inPlan.has(r.channel.channel.id))
    .slice(0, 3);
  rest.forEach((rec, i) => {
    const header = result.plan && i === 0 ? [paint.bold(`${m.also}${colon(lang).trim()}`)] : [];
    blocks.push({
      lines: [...header, ...rankLines(rec, ++n, '', paint, view, width, links, false)],
      counts: 'channel',
      marked: unconfirmed(rec.channel),
    });
  });
  for (const need of result.needs) {
    const lines = need.steps.flatMap((step) => wrap(pick(step.text, lang), width, `${pick(need.name, lang)}${colon(lang)}`, INDENT));
    blocks.push({ lines, rank: RANK.need, counts: 'need' });
  }
  const ready = materialNames(catalog, [...result.topicMaterials, ...(result.overseas?.materials ?? [])], lang);
  if (ready.length > 0)
    blocks.push({
      lines: wrap(messages(lang).rec.list([...new Set(ready)]), width, `${m.ready}${colon(lang)}`, INDENT),
      rank: RANK.ready,
      counts: 'ready',
    });
  // Where the answer assumes the user is: never left out (when unsure, it says how to settle it).
  required(wrap(paint.dim(m.where(result.region)), width));
  if (result.query.urgentFrom === 'topic') optional(wrap(paint.dim(m.urgentFromTopic), width));
  const more = moreLine(paint, lang, width, {
    verboseAdds: true,
    ...(result.plan ? { allSteps: messages(lang).rec.fullSteps(result.plan.emergency.id) } : {}),
  });
  const legend = view.accessible === true ? [] : wrap(paint.dim(messages(lang).now.legend), width, '', '  ');
  const lines = options.verbose
    ? [...blocks.flatMap(blockLines), ...(blocks.some((b) => b.marked) ? legend : []), ...detailLines(result, catalog, paint, view, width)]
    : fitScreen(blocks, { more, legend });
  return `${lines.join('\n')}\n`;
}
