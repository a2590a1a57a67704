// recommend → the SPEC's JSON payload (plus the emergency steps, advice and tips it carries).
import type { RecommendResult } from '../../advise/recommend.js';
import type { Catalog } from '../../catalog/types.js';
import { pick } from '../localize.js';
import type { TimeView } from '../time-format.js';
import { warningText } from '../warnings.js';
import { channelJson, notesJson, sourcesJson } from './channel.js';
import { emergencyJson } from './emergency.js';

export function recommendJson(result: RecommendResult, catalog: Catalog, view: TimeView, emergencyContacts: Parameters<typeof emergencyJson>[2]) {
  const { lang, userZone } = view;
  const q = result.query;
  return {
    query: { topic: q.topic, urgent: q.urgent, overseas: q.overseas, needs: q.needs, limit: q.limit ?? null },
    topic: { id: result.topic.id, name: pick(result.topic.name, lang), description: pick(result.topic.description, lang) },
    emergency: result.emergency ? emergencyJson(result.emergency, catalog, emergencyContacts, view) : null,
    recommendations: result.recommendations.map((r) => ({
      rank: r.rank,
      channel: channelJson(catalog, r.channel, lang, userZone),
      reasons: r.reasons.map((reason) => pick(reason, lang)),
      service: r.service
        ? { id: r.service.id, name: pick(r.service.name, lang), verification: pick(r.service.verification, lang), priority: r.service.priority }
        : null,
      capability: r.capability ? { id: r.capability.id, name: pick(r.capability.name, lang) } : null,
      materials: r.materials.map((mat) => pick(mat.name, lang)),
      expectedResponse: r.expectedResponse ? pick(r.expectedResponse, lang) : null,
      warnings: r.warnings.map((w) => warningText(w, catalog, view)),
    })),
    materials: result.topic.materials.map((id) => catalog.materials.find((mat) => mat.id === id)).filter((mat) => mat !== undefined).map((mat) => pick(mat.name, lang)),
    tips: [...notesJson(catalog, result.topic.tips, lang), ...result.needs.flatMap((n) => notesJson(catalog, n.tips, lang))],
    needs: result.needs.map((n) => ({
      id: n.id,
      name: pick(n.name, lang),
      feature: pick(n.feature, lang),
      interaction: pick(n.interaction, lang),
      metric: pick(n.metric, lang),
    })),
    overseas: result.overseas
      ? {
          processingFactor: result.overseas.processingFactor,
          summary: pick(result.overseas.summary, lang),
          materials: result.overseas.materials.map((id) => catalog.materials.find((mat) => mat.id === id)).filter((mat) => mat !== undefined).map((mat) => pick(mat.name, lang)),
          differences: result.overseas.differences.map((d) => ({
            aspect: pick(d.aspect, lang),
            mainland: pick(d.domestic, lang),
            overseas: pick(d.overseas, lang),
            reason: pick(d.reason, lang),
          })),
        }
      : null,
    transfer: catalog.transfer && result.transferRate !== null ? { keyword: catalog.transfer.keyword, rate: result.transferRate } : null,
    modes: result.modes.map((mode) => ({ id: mode.id, name: pick(mode.name, lang), response: pick(mode.response, lang), waitMinutes: mode.wait })),
    advice: result.advice.map((a) => ({ id: a.id, text: pick(a.text, lang), source: sourcesJson(catalog, a, lang) })),
    warnings: result.warnings.map((w) => warningText(w, catalog, view)),
  };
}
