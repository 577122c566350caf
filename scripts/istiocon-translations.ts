// Text the IstioCon 2022 session files do not carry, written for this app.
// Data only: istiocon-convert.ts decides when each entry is used, and fails
// when a Chinese title or a non-ASCII slug has no entry here.

/** Chinese names for the tracks, by track id (the files' `track_slug`). */
export const TRACK_NAMES_ZH: Readonly<Record<string, string>> = {
  keynote: '主题演讲',
  'getting-started': '入门',
  'use-case': '用户案例',
  'tools-features-functionality': '工具与功能',
  'infrastructure-networking': '基础设施与网络',
  'tech-evolution-whats-next': '技术演进与未来',
  listening: '倾听会',
};

/**
 * English titles written for the sessions whose title is only in Chinese,
 * keyed by the title exactly as the session file has it.
 */
export const ENGLISH_TITLES: Readonly<Record<string, string>> = {
  // e3: 推送 is Istio pushing service/config data (xDS) to the proxies.
  istio推送的性能优化经验: 'Lessons learned optimizing Istio push performance',
  // e5: 稳定性底盘 is literally a "stability chassis": the base the clusters run on.
  基于istio构建超大规模kubernetes集群的稳定性底盘: 'Building a stability foundation for ultra-large-scale Kubernetes clusters with Istio',
};

/**
 * Feed ids for the sessions whose URL slug is not [a-z0-9-]+ (the site used
 * the Chinese title as the slug), keyed by that slug exactly as in `url`.
 * Written from the English titles above; keep them stable once published,
 * since favourites are stored by id.
 */
export const SLUG_IDS: Readonly<Record<string, string>> = {
  istio推送的性能优化经验: 'istio-push-performance-optimization',
  基于istio构建超大规模kubernetes集群的稳定性底盘: 'istio-stability-foundation-large-scale-kubernetes',
};
