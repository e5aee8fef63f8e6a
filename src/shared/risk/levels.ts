/** Risk levels, lowest first (the order of every level list, legend and sort). */
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Levels whose acceptance (strategy 'accept') needs the manager's approval. */
export const LEVELS_NEEDING_ACCEPTANCE_APPROVAL: readonly RiskLevel[] = ['high', 'critical'];

export const LIKELIHOODS = [1, 2, 3, 4, 5] as const;
export const IMPACTS = [1, 2, 3, 4, 5] as const;
