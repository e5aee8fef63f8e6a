import type { RiskLevel } from './levels';

/** One colour per level for the heat map, chips, charts and printed reports (screen and PDF alike). */
export const LEVEL_COLORS: Record<RiskLevel, { fill: string; text: string }> = {
  low: { fill: '#95de64', text: '#135200' },
  medium: { fill: '#ffd666', text: '#613400' },
  high: { fill: '#ffa940', text: '#612500' },
  critical: { fill: '#ff4d4f', text: '#ffffff' },
};
