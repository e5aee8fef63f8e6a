/**
 * The opportunity pipeline (三(一) 客户开发流程): a lead 潜在客户 is screened 初步筛选 (scored on the settings'
 * scorecard), becomes a key target 重点跟进, its needs are confirmed 需求沟通, a proposal 方案 is made for it, the
 * client visits or sees a demo 参观演示, terms are negotiated 商务谈判, and it is won 签约 or lost 丢单.
 */
export const OPEN_STAGES = [
  'lead',
  'screened',
  'keyTarget',
  'needsConfirmed',
  'proposal',
  'visit',
  'negotiation',
] as const;
export const CLOSED_STAGES = ['won', 'lost'] as const;
export const STAGES = [...OPEN_STAGES, ...CLOSED_STAGES] as const;
export type Stage = (typeof STAGES)[number];
export type OpenStage = (typeof OPEN_STAGES)[number];

export const isOpenStage = (s: Stage): s is OpenStage => (OPEN_STAGES as readonly string[]).includes(s);
