// The typed catalog, as the engine sees it after loading and validation.
// The YAML format mirrors these shapes one to one; see README "Catalog format".

/** zh: Simplified Chinese (zh-Hans); zh-Hant: Traditional Chinese; en: English. */
export type Lang = 'zh' | 'zh-Hant' | 'en';
/**
 * Text in the interface languages. `zh-Hant` is optional in a catalog file: when absent it is made
 * from `zh` (src/hant), at build time for the built-in catalog, when a catalog is loaded otherwise.
 */
export interface Localized {
  zh: string;
  en: string;
  'zh-Hant'?: string;
}

export type ChannelKind = 'app' | 'web' | 'official-account' | 'mini-program' | 'phone';
/** `unknown`: the catalog publishes no hours for that moment (see Schedule). */
export type State = 'open' | 'automated' | 'closed' | 'unknown';
/** A state a window can declare; outside the windows a channel is closed, or unknown on a date without rules. */
export type WindowState = 'open' | 'automated';
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type Region = 'mainland' | 'overseas';
export type Confidence = 'seed' | 'high' | 'medium' | 'low';

/** Every fact names where it comes from (source ids) and, optionally, when it was last checked. */
export interface Sourced {
  source: string[];
  /** ISO date (YYYY-MM-DD) or 'unknown'; defaults to the sources' own `checked`. */
  checked?: string;
}

export interface Source {
  id: string;
  kind: 'seed' | 'public';
  title: Localized;
  /** Where to find it: a URL or a description of the copy. */
  ref: string;
  /** Date of the material itself, 'unknown' where not given. */
  date: string;
  confidence: Confidence;
  /** When this project last checked it (ISO date), or 'unknown'. */
  checked: string;
  note?: Localized;
}

/** A daily window, in the schedule's zone. `to` <= `from` crosses midnight; `from` == `to` is 24 h. */
export interface WindowRule {
  from: string; // HH:MM
  to: string; // HH:MM, or 24:00
  state: WindowState;
  /** Days the window starts on; all days when absent. */
  days?: Weekday[];
}

export interface PeakRule {
  from: string;
  to: string;
  days?: Weekday[];
  /** Typical queue for a person during the peak. */
  waitMinutes: number;
}

/** Dated replacement of the weekly windows, e.g. a holiday schedule. Dates inclusive, in the schedule's zone. */
export interface ScheduleException extends Sourced {
  from: string; // YYYY-MM-DD
  to: string; // YYYY-MM-DD
  windows: WindowRule[];
  peaks?: PeakRule[];
  note?: Localized;
}

/**
 * A date's rules are the windows of the last exception covering it, else the weekly windows.
 * Outside every window the state is `closed` — or `unknown` on a date whose rules come from an
 * empty weekly list (`windows: []`: hours not published). An exception with `windows: []` is a
 * day known to be closed.
 */
export interface Schedule {
  /** IANA zone the windows are written in; the catalog's serviceTimeZone when absent. */
  zone: string;
  windows: WindowRule[];
  peaks: PeakRule[];
  exceptions: ScheduleException[];
}

export interface Hours extends Schedule {
  /** Short human description, e.g. "24 h" / "9:00–22:00 Beijing". */
  text: Localized;
}

export interface Note extends Sourced {
  text: Localized;
  /** A topic's tip as said to a user outside mainland China, where it differs. */
  overseasText?: Localized;
}

/** Something a channel can do (e.g. the official account's ticket tracking). */
export interface Capability extends Sourced {
  id: string;
  name: Localized;
  how?: Localized; // 操作流程
  evidence?: Localized; // 凭证类型
  time?: Localized; // 处理时效
  note?: Localized;
}

/** A special service with verification (e.g. the mini program's account unblock). */
export interface SpecialService extends Sourced {
  id: string;
  name: Localized;
  verification: Localized;
  priority: string;
  materials: string[]; // material ids
  note?: Localized;
}

export interface Channel extends Sourced {
  id: string;
  kind: ChannelKind;
  name: Localized;
  number?: string; // as written
  e164?: string;
  url?: string;
  path?: Localized; // in-app path
  /** Where the channel serves; both when absent. */
  regions: Region[];
  /** Channel to use instead when the user is in a region this one does not serve. */
  alternative?: string;
  /** The topics it serves only (a merchant line, the police; none: all): not offered elsewhere unless a route or step names it. */
  topics?: string[];
  /** For a line serving mainland China only: whether and how it can be called from abroad. */
  abroad?: Abroad;
  hours: Hours;
  /** Typical wait per state, minutes; null/absent when not known. */
  waitMinutes: Partial<Record<State, number>>;
  response?: Localized;
  scope?: Localized;
  strengths: Localized[];
  languages: string[];
  modes: string[]; // interaction mode ids
  capabilities: Capability[];
  services: SpecialService[];
  notes: Note[];
  /** Where sources disagree about this channel: each side, with its source. */
  disputes: Note[];
}

export interface Abroad extends Sourced {
  /** Whether the line takes calls from outside mainland China; `no`: it is not offered abroad. */
  calls: 'yes' | 'no' | 'unknown';
  /** The number to dial from abroad, as written; the E.164 form when absent. */
  dial?: string;
}

export interface InteractionMode extends Sourced {
  id: string;
  name: Localized;
  response: Localized; // 响应特征
  transferCondition: Localized; // 转人工条件
  wait: { min: number; max: number }; // minutes
  note?: Localized;
}

export interface Transfer extends Sourced {
  keyword: string; // 转人工
  description: Localized;
  rates: { topic: string; rate: number }[];
}

export interface Material extends Sourced {
  id: string;
  name: Localized;
  /** The material to have ready instead outside mainland China (a mainland ID card → the user's own identity document). */
  overseas?: string;
}

export interface Route extends Sourced {
  channel: string;
  reason: Localized;
  /** A special service of that channel to use. */
  service?: string;
  /** A capability of that channel to use. */
  capability?: string;
  materials?: string[];
  /** true: only for urgent queries; false: only for non-urgent ones; absent: always. */
  urgent?: boolean;
  /** The channel's automated state (self-service, AI) does this job: it can act then too. */
  selfService?: boolean;
  /** Leads whenever it can act, urgent or not (e.g. the only start that needs no login). */
  lead?: boolean;
}

export interface Topic extends Sourced {
  id: string;
  name: Localized;
  description: Localized;
  /** Emergency procedure to lead with when the query is urgent. */
  emergency?: string;
  /** Urgent by nature (a stolen account, money at risk): urgent unless the user says otherwise. */
  urgent?: boolean;
  routes: Route[];
  materials: string[];
  tips: Note[];
  /** Words and phrases people use for this problem, for matching a description in their own words (none when absent). */
  phrases?: Phrases;
  /** Phrases that also say it is urgent (matched like the others; e.g. 被盗, "scammed", "right now"). */
  urgentPhrases?: string[];
}

/** Phrases per language, written the way people type them (the language only helps authors: all are matched). */
export interface Phrases {
  zh: string[];
  en: string[];
  /** Wording of Hong Kong, Macao and Taiwan (登入, 簡訊, 個資 …), in Traditional characters. */
  'zh-Hant'?: string[];
}

/** One thing to do, and the channels it uses (any of them: e.g. a mainland line and its overseas form). */
export interface Step extends Sourced {
  text: Localized;
  /** The step as said to a user outside mainland China, where it differs. */
  overseasText?: Localized;
  channel?: string;
  channels?: string[];
  /** A capability of the step's channel (its `how` says where to tap). */
  capability?: string;
}

export interface Emergency extends Sourced {
  id: string; // stolen | funds | leak (catalog-defined)
  name: Localized;
  trigger: Localized; // 触发条件
  response: Localized; // 响应措施
  agency: Localized; // 联动机构
  steps: Step[];
  contacts: string[]; // channel ids
  notes: Note[];
}

export interface OverseasDifference extends Sourced {
  aspect: Localized;
  domestic: Localized;
  overseas: Localized;
  reason: Localized;
}

export interface Overseas extends Sourced {
  languages: { count: number; examples: string[] };
  /** Overseas cases take this many times as long. */
  processingFactor: number;
  summary: Localized;
  differences: OverseasDifference[];
  materials: string[];
  tips: Note[];
}

export interface Need extends Sourced {
  id: string;
  name: Localized;
  description: Localized;
  feature?: Localized; // 适配功能
  interaction?: Localized; // 交互优化
  metric?: Localized; // 效果指标
  routes: Route[];
  /** What to do for this need (e.g. turning on care mode). */
  steps: Step[];
  tips: Note[];
  /** Met by a person answering: rank 1 is where one answers now, and the answer says when one will. */
  person?: boolean;
  /** The topic to answer for when the words ask for this need and name no problem. */
  topic?: string;
  /** Words that ask for this need, matched in a problem described in the user's own words. */
  phrases?: Phrases;
}

export interface Advice extends Sourced {
  id: string;
  /** Topics it applies to; all when empty. */
  topics: string[];
  urgent?: boolean;
  text: Localized;
}

export interface Catalog {
  schemaVersion: 1;
  serviceTimeZone: string;
  sources: Source[];
  about: Note[];
  channels: Channel[];
  modes: InteractionMode[];
  transfer?: Transfer;
  materials: Material[];
  topics: Topic[];
  emergencies: Emergency[];
  overseas?: Overseas;
  needs: Need[];
  advice: Advice[];
  /** Names and terms kept as written in Chinese text too (APP, AI, GDPR, Reading Pro…). */
  properNames: string[];
}
