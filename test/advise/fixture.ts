// A small typed catalog for the routing engine's tests. Ids here are fixture names only; the
// engine never mentions any of them.
import type {
  Capability,
  Catalog,
  Channel,
  Hours,
  Localized,
  Material,
  PeakRule,
  Region,
  Route,
  WindowRule,
} from '../../src/catalog/types.js';

const SRC = { source: ['seed'] };
const t = (en: string): Localized => ({ zh: `〔${en}〕`, en });
const ZONE = 'Asia/Shanghai';

/** An instant given as a Beijing wall-clock time (UTC+8 all year). */
export function bj(date: string, time: string): number {
  const ms = Date.parse(`${date}T${time}:00+08:00`);
  if (!Number.isFinite(ms)) throw new Error(`bad fixture instant ${date} ${time}`);
  return ms;
}

function hours(text: string, windows: WindowRule[], peaks: PeakRule[] = []): Hours {
  return { zone: ZONE, windows, peaks, exceptions: [], text: t(text) };
}

function channel(id: string, kind: Channel['kind'], h: Hours, extra: Partial<Channel> = {}): Channel {
  return {
    ...SRC,
    id,
    kind,
    name: t(`name ${id}`),
    regions: ['mainland', 'overseas'] as Region[],
    hours: h,
    waitMinutes: {},
    strengths: [],
    languages: ['zh'],
    modes: [],
    capabilities: [],
    services: [],
    notes: [],
    disputes: [],
    ...extra,
  };
}

const route = (channelId: string, why: string, extra: Partial<Route> = {}): Route => ({
  ...SRC,
  channel: channelId,
  reason: t(why),
  ...extra,
});

const material = (id: string): Material => ({ ...SRC, id, name: t(`material ${id}`) });

const freeze: Capability = { ...SRC, id: 'freeze', name: t('freeze'), time: t('within 5 min') };
const payHelp: Capability = { ...SRC, id: 'pay-help', name: t('pay help') }; // no `time`: falls back to channel.response

export const disputeNote = { ...SRC, text: t('sources disagree about the website') };

export function fixtureCatalog(): Catalog {
  return {
    schemaVersion: 1,
    serviceTimeZone: ZONE,
    properNames: [],
    sources: [{ id: 'seed', kind: 'seed', title: t('seed'), ref: 'seed', date: 'unknown', confidence: 'seed', checked: '2025-01-01' }],
    about: [],
    channels: [
      // 24 h mainland line; abroad, its alternative takes over.
      channel('hotline', 'phone', hours('24 h', [{ from: '00:00', to: '00:00', state: 'open' }]), {
        regions: ['mainland'],
        alternative: 'intl-line',
        number: '100',
        e164: '+86100',
        modes: ['ivr', 'human'],
        response: t('hotline answers at once'),
      }),
      channel('intl-line', 'phone', hours('9–22 Beijing', [{ from: '09:00', to: '22:00', state: 'open' }]), {
        regions: ['overseas'],
        number: '+86 200',
        e164: '+86200',
        modes: ['ivr', 'human'],
      }),
      // Mainland only and no alternative: unavailable abroad.
      channel('payline', 'phone', hours('24 h', [{ from: '00:00', to: '00:00', state: 'open' }]), {
        regions: ['mainland'],
        modes: ['ivr'],
      }),
      channel(
        'app',
        'app',
        hours(
          '9–22 people, automated overnight',
          [
            { from: '09:00', to: '22:00', state: 'open' },
            { from: '22:00', to: '09:00', state: 'automated' },
          ],
          [{ from: '19:00', to: '21:00', waitMinutes: 12 }],
        ),
        {
          modes: ['ai', 'human'],
          waitMinutes: { open: 3 },
          capabilities: [freeze, payHelp],
          response: t('app replies in minutes'),
        },
      ),
      channel('mini', 'mini-program', hours('8–20', [{ from: '08:00', to: '20:00', state: 'open' }]), {
        modes: ['human'],
        services: [
          {
            ...SRC,
            id: 'unblock',
            name: t('unblock'),
            verification: t('face check'),
            priority: 'high',
            materials: ['id-card', 'photo'],
          },
        ],
      }),
      // Always self-service, never people; disputed.
      channel('web', 'web', hours('24 h self-service', [{ from: '00:00', to: '00:00', state: 'automated' }]), {
        modes: ['ai'],
        disputes: [disputeNote],
      }),
    ],
    modes: [
      { ...SRC, id: 'ai', name: t('AI'), response: t('instant'), transferCondition: t('say 转人工'), wait: { min: 0, max: 0 } },
      { ...SRC, id: 'human', name: t('human'), response: t('slower'), transferCondition: t('-'), wait: { min: 1, max: 12 } },
      { ...SRC, id: 'ivr', name: t('IVR'), response: t('menu'), transferCondition: t('press 0'), wait: { min: 0, max: 5 } },
    ],
    transfer: { ...SRC, keyword: '转人工', description: t('ask for a person'), rates: [{ topic: 'account', rate: 0.4 }] },
    materials: ['id-card', 'photo', 'receipt', 'passport'].map(material),
    topics: [
      {
        ...SRC,
        id: 'general',
        name: t('general'),
        description: t('how-to'),
        routes: [route('mini', 'general: mini'), route('web', 'general: web'), route('app', 'general: app')],
        materials: [],
        tips: [],
      },
      {
        ...SRC,
        id: 'account',
        name: t('account'),
        description: t('stolen account'),
        emergency: 'stolen',
        routes: [
          route('hotline', 'account: call'),
          route('app', 'account: freeze in app', { capability: 'freeze' }),
          route('mini', 'account: unblock', { service: 'unblock', materials: ['receipt', 'id-card'], urgent: false }),
          route('web', 'account: web self-help', { urgent: true }),
        ],
        materials: ['id-card'],
        tips: [],
      },
      {
        ...SRC,
        id: 'payment',
        name: t('payment'),
        description: t('payment'),
        routes: [
          route('payline', 'payment: call'),
          route('app', 'payment: app', { capability: 'pay-help', materials: ['receipt'] }),
          route('app', 'payment: app again', { materials: ['receipt', 'photo'] }),
        ],
        materials: [],
        tips: [],
      },
    ],
    emergencies: [
      {
        ...SRC,
        id: 'stolen',
        name: t('stolen'),
        trigger: t('stolen'),
        response: t('freeze'),
        agency: t('police'),
        steps: [{ ...SRC, text: t('freeze now'), channel: 'app' }],
        contacts: ['web', 'hotline', 'app', 'payline', 'intl-line'],
        notes: [],
      },
    ],
    overseas: {
      ...SRC,
      languages: { count: 2, examples: ['en'] },
      processingFactor: 1.8,
      summary: t('abroad'),
      differences: [],
      materials: ['passport'],
      tips: [],
    },
    needs: [
      {
        ...SRC,
        id: 'elderly',
        name: t('elderly'),
        description: t('elderly'),
        feature: t('care mode'),
        interaction: t('big text'),
        metric: t('-'),
        routes: [route('hotline', 'elderly: call')],
        steps: [],
        tips: [],
      },
      {
        ...SRC,
        id: 'visually-impaired',
        name: t('visually impaired'),
        description: t('screen reader'),
        feature: t('-'),
        interaction: t('-'),
        metric: t('-'),
        // Same wording as the elderly route: shown once when both needs are asked for.
        routes: [route('hotline', 'elderly: call', { materials: ['photo'] })],
        steps: [],
        tips: [],
      },
      {
        ...SRC,
        id: 'enterprise',
        name: t('enterprise'),
        description: t('enterprise'),
        feature: t('-'),
        interaction: t('-'),
        metric: t('-'),
        routes: [route('app', 'enterprise: app'), route('payline', 'enterprise: call')],
        steps: [],
        tips: [],
      },
    ],
    advice: [
      { ...SRC, id: 'any', topics: [], text: t('general advice') },
      { ...SRC, id: 'account-urgent', topics: ['account'], urgent: true, text: t('act now') },
      { ...SRC, id: 'calm', topics: [], urgent: false, text: t('no rush') },
      { ...SRC, id: 'payment-only', topics: ['payment'], text: t('payment advice') },
    ],
  };
}
