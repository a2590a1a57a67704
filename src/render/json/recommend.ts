// recommend → the SPEC's JSON payload (plus the emergency steps, advice and tips it carries).
import type { RecommendResult } from '../../advise/recommend.js';
import type { Catalog } from '../../catalog/types.js';
import { materialNames, pick } from '../localize.js';
import { isoInZone, type TimeView } from '../time-format.js';
import { warningText } from '../warnings.js';
import { channelJson, notesJson, sourcesJson } from './channel.js';
import { emergencyJson } from './emergency.js';
import { overseasJson } from './overseas.js';
import { regionJson } from './region.js';
import { shownText } from '../../hant/shown.js';

export function recommendJson(result: RecommendResult, catalog: Catalog, view: TimeView) {
  const { lang, userZone } = view;
  const q = result.query;
  return {
    query: {
      topic: q.topic,
      urgent: q.urgent,
      urgentFrom: q.urgentFrom ?? 'flag',
      overseas: result.region.overseas === true,
      needs: q.needs,
      region: regionJson(result.region, lang),
      limit: q.limit ?? null,
    },
    match: q.match
      ? {
          text: q.match.text,
          topic: q.match.topic,
          confidence: q.match.confidence,
          alternatives: q.match.alternatives,
          urgent: q.match.urgent,
          urgentPhrase: q.match.urgentPhrase === undefined ? null : shownText(catalog, q.match.urgentPhrase, lang),
          needs: q.match.needs,
        }
      : null,
    topic: { id: result.topic.id, name: pick(result.topic.name, lang), description: pick(result.topic.description, lang) },
    emergency: result.plan ? emergencyJson(result.plan, catalog, view) : null,
    canActNow: result.canActNow,
    person: result.person
      ? {
          now: result.person.now,
          nextAt: result.person.at === null ? null : isoInZone(result.person.at, userZone),
          channel: result.person.channel ? channelJson(catalog, result.person.channel, lang, userZone) : null,
        }
      : null,
    nextActionAt: result.nextActionAt === null ? null : isoInZone(result.nextActionAt, userZone),
    recommendations: result.recommendations.map((r) => ({
      rank: r.rank,
      channel: channelJson(catalog, r.channel, lang, userZone),
      reasons: r.reasons.map((reason) => pick(reason, lang)),
      service: r.service
        ? {
            id: r.service.id,
            name: pick(r.service.name, lang),
            verification: pick(r.service.verification, lang),
            priority: r.service.priority,
          }
        : null,
      capability: r.capability
        ? {
            id: r.capability.id,
            name: pick(r.capability.name, lang),
            how: r.capability.how ? pick(r.capability.how, lang) : null,
            time: r.capability.time ? pick(r.capability.time, lang) : null,
          }
        : null,
      materials: r.materials.map((mat) => pick(mat.name, lang)),
      expectedResponse: r.expectedResponse ? pick(r.expectedResponse, lang) : null,
      scope: r.channel.channel.scope ? pick(r.channel.channel.scope, lang) : null,
      strengths: r.channel.channel.strengths.map((s) => pick(s, lang)),
      warnings: r.warnings.map((w) => warningText(w, catalog, view)),
    })),
    materials: materialNames(catalog, result.topicMaterials, lang),
    tips: [...notesJson(catalog, result.topic.tips, lang), ...result.needs.flatMap((n) => notesJson(catalog, n.tips, lang))],
    needs: result.needs.map((n) => ({
      id: n.id,
      name: pick(n.name, lang),
      description: pick(n.description, lang),
      feature: n.feature ? pick(n.feature, lang) : null,
      interaction: n.interaction ? pick(n.interaction, lang) : null,
      metric: n.metric ? pick(n.metric, lang) : null,
      person: n.person === true,
      steps: n.steps.map((step) => ({ text: pick(step.text, lang), source: sourcesJson(catalog, step, lang) })),
    })),
    overseas: result.overseas ? overseasJson(result.overseas, catalog, lang) : null,
    transfer:
      catalog.transfer && result.transferRate !== null
        ? { keyword: shownText(catalog, catalog.transfer.keyword, lang), rate: result.transferRate }
        : null,
    modes: result.modes.map((mode) => ({
      id: mode.id,
      name: pick(mode.name, lang),
      response: pick(mode.response, lang),
      transferCondition: pick(mode.transferCondition, lang),
      waitMinutes: mode.wait,
    })),
    advice: result.advice.map((a) => ({ id: a.id, text: pick(a.text, lang), source: sourcesJson(catalog, a, lang) })),
    warnings: result.warnings.map((w) => warningText(w, catalog, view)),
  };
}
