// A large, deterministic feed (docs/feed-format.md, format 1) for the benchmark and for
// tests that need volume: 10 tracks, 20 rooms, 5 days, English and Chinese.
//
//   npx tsx bench/gen-feed.ts [out.json]   # default: print to stdout
//
// Deterministic on purpose: a seeded PRNG (never Math.random) and a fixed
// calendar, so a figure measured today is measured on the same bytes tomorrow.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InferInput } from 'valibot';
import type { RoomSchema, SessionSchema, SpeakerProfileSchema, SpeakerSchema, TrackSchema } from '../src/feed/schema.ts';
import type { SessionType } from '../src/model/schedule.ts';

/** A session's speaker, pointing at a profile by id (docs/feed-format.md, speakers). */
export type GeneratedSpeaker = InferInput<typeof SpeakerSchema>;
export type GeneratedSession = InferInput<typeof SessionSchema>;

/** A speaker profile as the feed writes it (the schema's own input type). */
export type GeneratedProfile = InferInput<typeof SpeakerProfileSchema>;

export interface GeneratedFeed {
  format: 1;
  conference: { id: string; name: Record<string, string>; timezone: string; url: string };
  tracks: InferInput<typeof TrackSchema>[];
  rooms: InferInput<typeof RoomSchema>[];
  speakers: GeneratedProfile[];
  sessions: GeneratedSession[];
}

export interface FeedOptions {
  sessions?: number;
  seed?: number;
}

/** The conference days, UTC. In the past, so the app never shows live marks. */
export const FEED_DAYS = ['2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18', '2025-09-19'] as const;
// Uneven on purpose: one day is clearly the busiest (the grid figure uses it).
const DAY_WEIGHTS = [0.17, 0.25, 0.22, 0.2, 0.16];

const TRACKS: [string, string, string, string][] = [
  ['security', 'Security', '安全', '#2f6fb0'],
  ['networking', 'Networking', '网络', '#2e7d32'],
  ['observability', 'Observability', '可观测性', '#6a1b9a'],
  ['platform', 'Platform engineering', '平台工程', '#c62828'],
  ['operations', 'Operations', '运维', '#ef6c00'],
  ['performance', 'Performance', '性能', '#00838f'],
  ['ecosystem', 'Ecosystem', '生态', '#5d4037'],
  ['community', 'Community', '社区', '#ad1457'],
  ['case-studies', 'Case studies', '案例研究', '#283593'],
  ['getting-started', 'Getting started', '入门', '#558b2f'],
];

// How often each type appears (weight), and how long it runs (minutes, in
// 5-minute steps). A Record, so a new type in the contract fails the typecheck here.
const TYPE_MIX: Record<SessionType, { weight: number; shortest: number; longest: number }> = {
  talk: { weight: 52, shortest: 25, longest: 40 },
  lightning: { weight: 10, shortest: 5, longest: 10 },
  'case-study': { weight: 10, shortest: 25, longest: 40 },
  panel: { weight: 6, shortest: 40, longest: 60 },
  workshop: { weight: 5, shortest: 90, longest: 180 },
  keynote: { weight: 3, shortest: 20, longest: 30 },
  sponsor: { weight: 5, shortest: 10, longest: 20 },
  social: { weight: 3, shortest: 45, longest: 90 },
  break: { weight: 6, shortest: 15, longest: 30 },
};
const TYPES = Object.keys(TYPE_MIX) as SessionType[];

// Text is common words plus a few topic words per session, like real
// abstracts: searching a topic ("wasm", "jaeger") narrows the list the way
// it would on a real feed, instead of every word matching every session.
const EN_COMMON = (
  'we how the and of to in for with our this talk will you learn about using from on is are can at as it be that an by ' +
  'new what why your teams production cluster service mesh traffic workloads across while when into more than also ' +
  'show share lessons story journey real world practice approach tools patterns problems challenges results future'
).split(' ');
const EN_TOPICS = (
  'istio envoy sidecar ambient ztunnel waypoint gateway ingress egress routing policy telemetry tracing metrics logging ' +
  'kubernetes multicluster multinetwork control-plane data-plane proxy certificate spiffe identity zero-trust mtls ' +
  'authorization authentication webassembly wasm extension plugin upgrade canary rollout resilience retry timeout ' +
  'circuit-breaker outlier latency throughput autoscaling operator helm gitops argo flux pipeline migration ' +
  'virtual-machine edge hybrid federation discovery dns load-balancing rate-limiting dashboard alerting debugging ' +
  'troubleshooting benchmark memory cpu cost compliance audit encryption secrets vault ebpf cilium cni kernel grpc ' +
  'http2 http3 quic websocket openapi contract chaos reliability incident prometheus grafana jaeger zipkin kiali ' +
  'opentelemetry xds ecds sds keycloak oauth jwt opa kyverno fips arm64 windows openshift eks gke aks k3s kind ' +
  'minikube terraform pulumi backstage knative dapr kafka redis postgres mysql'
).split(' ');
const EN_OPENERS = [
  'Scaling',
  'Securing',
  'Debugging',
  'Operating',
  'Building',
  'Migrating',
  'Understanding',
  'Automating',
  'Observing',
  'Taming',
];
const ZH_COMMON = '我们 如何 的 和 在 使用 实践 经验 生产 环境 服务 网格 流量 集群 团队 问题 方案 分享 介绍 通过 以及 中 与'.split(' ');
const ZH_TOPICS = (
  '可观测性 网关 入口 出口 策略 遥测 追踪 指标 日志 多集群 控制面 数据面 代理 证书 身份 零信任 授权 认证 扩展 插件 升级 ' +
  '灰度发布 弹性 重试 超时 熔断 延迟 吞吐 扩容 运维 迁移 虚拟机 边缘 混合云 联邦 服务发现 负载均衡 限流 监控 告警 调试 ' +
  '排障 性能 基准 内存 成本 合规 审计 加密 密钥 内核 协议 测试 混沌工程 可靠性 故障'
).split(' ');

const FIRST_NAMES = [
  'Lin',
  'Mitch',
  'Ana',
  'John',
  'Wei',
  'Jing',
  'Priya',
  'Carlos',
  'Fatima',
  'Kenji',
  'Olga',
  'Samuel',
  'Mei',
  'Hao',
  'Louis',
  'Iris',
  'Yuki',
  'Omar',
  'Zhang',
  'Nadia',
];
const LAST_NAMES = [
  'Sun',
  'Connors',
  'Silva',
  'Howard',
  'Chen',
  'Li',
  'Patel',
  'Garcia',
  'Khan',
  'Tanaka',
  'Ivanova',
  'Okafor',
  'Wang',
  'Liu',
  'Ryan',
  'Müller',
  'Sato',
  'Haddad',
  'Yang',
  'Kowalski',
];
const AFFILIATIONS = [
  'Google',
  'IBM',
  'Solo.io',
  'Tetrate',
  'Huawei',
  'Red Hat',
  'Microsoft',
  'Alibaba Cloud',
  'Tencent',
  'DaoCloud',
  'Intel',
  'Salesforce',
  'Airbnb',
  'eBay',
  'Independent',
];
const TAGS = [
  'ambient',
  'upgrades',
  'wasm',
  'ebpf',
  'multicluster',
  'gateway-api',
  'security',
  'telemetry',
  'vm',
  'performance',
  'mtls',
  'helm',
];

/** mulberry32: tiny, fast, good enough to make varied text; same seed, same sequence. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }
}

/** Words appended until the text reaches a length drawn from [min, max]; never past max. */
function textOfLength(random: Random, min: number, max: number, nextPiece: (text: string) => string): string {
  const target = random.int(min, max);
  let text = '';
  while (text.length < target) {
    const piece = nextPiece(text);
    if (text.length + piece.length > max) {
      if (text.length >= min) break;
      // Too short to stop, too long to add the whole piece: cut it.
      return text + piece.slice(0, max - text.length);
    }
    text += piece;
  }
  return text;
}

/** A session's text draws on its own few topics, so topics are rare across the feed. */
interface Topics {
  en: string[];
  zh: string[];
}

function word(random: Random, common: readonly string[], topics: readonly string[], topicShare: number): string {
  return random.chance(topicShare) ? random.pick(topics) : random.pick(common);
}

function englishTitle(random: Random, topics: Topics): string {
  return textOfLength(random, 30, 90, (text) => (text === '' ? random.pick(EN_OPENERS) : ` ${word(random, EN_COMMON, topics.en, 0.6)}`));
}

function englishAbstract(random: Random, topics: Topics): string {
  return textOfLength(random, 300, 1200, (text) => {
    const word_ = word(random, EN_COMMON, topics.en, 0.2);
    const sentenceStart = text === '' || text.endsWith('.');
    const piece = sentenceStart ? word_[0]?.toUpperCase() + word_.slice(1) : word_;
    return `${text === '' ? '' : ' '}${piece}${random.chance(0.12) ? '.' : ''}`;
  });
}

function chineseText(random: Random, topics: Topics, min: number, max: number): string {
  return textOfLength(random, min, max, (text) => {
    const piece = word(random, ZH_COMMON, topics.zh, 0.4);
    return text.length > 0 && random.chance(0.08) ? `。${piece}` : piece;
  });
}

/** en sessions sometimes carry a Chinese title/abstract too; zh sessions usually an English title. */
function localized(random: Random, language: 'en' | 'zh', other: number, en: () => string, zh: () => string): Record<string, string> {
  const text: Record<string, string> = language === 'en' ? { en: en() } : { zh: zh() };
  if (random.chance(other)) {
    if (language === 'en') text.zh = zh();
    else text.en = en();
  }
  return text;
}

function isoAt(day: string, minute: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + minute * 60_000).toISOString().replace('.000Z', 'Z');
}

function session(random: Random, index: number): GeneratedSession {
  const type = random.weighted(TYPES.map((name) => [name, TYPE_MIX[name].weight] as const));
  const { shortest, longest } = TYPE_MIX[type];
  const day = random.weighted(FEED_DAYS.map((date, position) => [date, DAY_WEIGHTS[position] ?? 0] as const));
  // Starts between 08:00 and 19:00 UTC on a 5-minute grid.
  const startMinute = 8 * 60 + 5 * random.int(0, 132);
  const duration = 5 * random.int(shortest / 5, longest / 5);
  const language = random.chance(0.7) ? 'en' : 'zh';
  const untracked = type === 'break' || type === 'social';
  const speakers = untracked
    ? []
    : Array.from({ length: random.int(1, 3) }, () => ({
        name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
        ...(random.chance(0.8) ? { affiliation: random.pick(AFFILIATIONS) } : {}),
      }));
  const topics: Topics = {
    en: Array.from({ length: 3 }, () => random.pick(EN_TOPICS)),
    zh: Array.from({ length: 3 }, () => random.pick(ZH_TOPICS)),
  };
  const tags = random.chance(0.6) ? [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(TAGS)))] : [];
  return {
    id: `session-${String(index + 1).padStart(5, '0')}`,
    title: localized(
      random,
      language,
      language === 'en' ? 0.2 : 0.7,
      () => englishTitle(random, topics),
      () => chineseText(random, topics, 30, 90),
    ),
    start: isoAt(day, startMinute),
    end: isoAt(day, startMinute + duration),
    type,
    ...(untracked ? {} : { track: random.pick(TRACKS)[0] }),
    room: `room-${String(random.int(1, 20)).padStart(2, '0')}`,
    language,
    speakers,
    abstract: localized(
      random,
      language,
      language === 'en' ? 0.15 : 0.5,
      () => englishAbstract(random, topics),
      () => chineseText(random, topics, 300, 1200),
    ),
    ...(tags.length > 0 ? { tags } : {}),
  };
}

const ROLES = ['Software Engineer', 'Staff Engineer', 'Product Manager', 'Developer Advocate', 'SRE', 'Architect', 'CTO'];

/** A profile id from a name: "Ana Müller" -> "ana-m-ller". */
function speakerId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * One profile per name the sessions use, and every session speaker pointed
 * at it. Drawn from a random sequence of its own, after the sessions, so the
 * sessions are the ones measured before profiles existed (figures stay
 * comparable), each speaker gaining only its `id`: roles, a bio for some, a
 * relative photo for a few (not in the build: they fall back to initials).
 */
function speakerProfiles(sessions: GeneratedSession[], seed: number): GeneratedProfile[] {
  const random = new Random(seed + 7919);
  const profiles = new Map<string, GeneratedProfile>();
  for (const session of sessions) {
    for (const speaker of session.speakers ?? []) {
      const id = speakerId(speaker.name);
      speaker.id = id;
      if (profiles.has(id)) continue;
      const role = `${random.pick(ROLES)}, ${speaker.affiliation ?? random.pick(AFFILIATIONS)}`;
      const topics: Topics = { en: [random.pick(EN_TOPICS)], zh: [random.pick(ZH_TOPICS)] };
      profiles.set(id, {
        id,
        name: speaker.name,
        role,
        ...(random.chance(0.4)
          ? {
              bio: localized(
                random,
                'en',
                0.3,
                () => englishAbstract(random, topics),
                () => chineseText(random, topics, 100, 300),
              ),
            }
          : {}),
        ...(random.chance(0.3) ? { links: [{ url: `https://example.org/people/${id}`, label: 'Website' }] } : {}),
        ...(random.chance(0.05)
          ? {
              photo: [
                { url: `speakers/${id}-96.jpg`, size: 96 },
                { url: `speakers/${id}-192.jpg`, size: 192 },
              ],
            }
          : {}),
      });
    }
  }
  return [...profiles.values()];
}

export function generateFeed({ sessions = 5000, seed = 1 }: FeedOptions = {}): GeneratedFeed {
  const random = new Random(seed);
  const generated = Array.from({ length: sessions }, (_, index) => session(random, index));
  return {
    format: 1,
    conference: {
      id: `bench-${sessions}`,
      name: { en: `MeshCon Bench (${sessions} sessions)`, zh: `MeshCon 基准（${sessions} 场）` },
      timezone: 'UTC',
      url: 'https://example.org/meshcon/',
    },
    tracks: TRACKS.map(([id, en, zh, color]) => ({ id, name: { en, zh }, color })),
    rooms: Array.from({ length: 20 }, (_, index) => ({
      id: `room-${String(index + 1).padStart(2, '0')}`,
      name: { en: `Room ${index + 1}`, zh: `${index + 1} 号厅` },
    })),
    speakers: speakerProfiles(generated, seed),
    sessions: generated,
  };
}

/** The UTC day with the most sessions starting on it (the grid's worst case). */
export function busiestDay(feed: GeneratedFeed): string {
  const counts = new Map<string, number>();
  for (const { start } of feed.sessions) counts.set(start.slice(0, 10), (counts.get(start.slice(0, 10)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? FEED_DAYS[0];
}

/** The feed's day before `day`, or after it when `day` is the first. */
export function adjacentDay(day: string): string {
  const at = FEED_DAYS.findIndex((feedDay) => feedDay === day);
  return FEED_DAYS[at - 1] ?? FEED_DAYS[at + 1] ?? FEED_DAYS[0];
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const json = JSON.stringify(generateFeed());
  const out = process.argv[2];
  if (out) {
    writeFileSync(out, json);
    console.error(`wrote ${out} (${(json.length / 1e6).toFixed(1)} MB)`);
  } else {
    process.stdout.write(json);
  }
}
