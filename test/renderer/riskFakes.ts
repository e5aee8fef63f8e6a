import type { Risk, RiskDetail } from '../../src/shared/risk/types';
import { useRisk } from '../../src/renderer/src/stores/riskStore';
import { useService } from '../../src/renderer/src/stores/serviceStore';
import { useSettings } from '../../src/renderer/src/stores/settingsStore';
import { MANAGER_USER } from './fakeTransport';
import { SERVICE_LOGGED_IN, STAFF_ID } from './serviceFakes';

export { STAFF_ID };

/** A logged-in manager with the settings (risk categories, scales, matrix) and two active staff. */
export const RISK_LOGGED_IN = SERVICE_LOGGED_IN;

let n = 0;
export function aRisk(over: Partial<Risk> = {}): Risk {
  n++;
  return {
    id: `0190a0a0-0000-7000-a000-${String(100000000000 + n)}`,
    code: `FX-2026-${String(n).padStart(3, '0')}`,
    title: '重点客户回款逾期',
    category: 'credit',
    description: '华东精密连续两个月未按期付款',
    cause: '客户资金紧张',
    ownerId: MANAGER_USER.staffId,
    ownerName: '王经理',
    groupId: null,
    clientId: null,
    clientCode: null,
    clientName: null,
    identifiedOn: '2026-03-02',
    likelihood: 4,
    impact: 4,
    score: 16,
    level: 'high',
    status: 'assessed',
    strategy: null,
    responsePlan: null,
    acceptance: null,
    acceptanceReason: null,
    lastReviewedOn: null,
    nextReviewOn: '2026-06-01',
    reviewDue: false,
    openActions: 0,
    overdueActions: 0,
    closedAt: null,
    reopenCount: 0,
    createdAt: '2026-03-02T02:00:00.000Z',
    updatedAt: '2026-03-02T02:00:00.000Z',
    version: 1,
    ...over,
  };
}

export function aRiskDetail(risk: Risk, over: Partial<RiskDetail> = {}): RiskDetail {
  return {
    risk,
    assessments:
      risk.likelihood && risk.impact && risk.level
        ? [
            {
              id: `${risk.id}-a1`,
              likelihood: risk.likelihood,
              impact: risk.impact,
              score: risk.likelihood * risk.impact,
              level: risk.level,
              reason: null,
              assessedAt: '2026-03-02T02:00:00.000Z',
              assessedByName: '王经理',
            },
          ]
        : [],
    actions: [],
    events: [
      {
        id: `${risk.id}-e1`,
        kind: 'identified',
        at: '2026-03-02T02:00:00.000Z',
        fromStatus: null,
        toStatus: 'identified',
        note: null,
        actorName: '王经理',
      },
    ],
    acceptanceApprovalId: null,
    allowed: {
      edit: true,
      assess: true,
      respond: true,
      moves: ['closed'],
      reopen: false,
      review: true,
      addAction: true,
    },
    ...over,
  };
}

export function resetRiskScreens(hash: string): void {
  useRisk.setState(useRisk.getInitialState(), true);
  useService.setState(useService.getInitialState(), true);
  useSettings.setState(useSettings.getInitialState(), true);
  window.location.hash = hash;
}
