/**
 * How each audited entity's record and fields read to a person: the one mapping "entity.field → how to
 * present it". The screen (AuditPage) and the Excel export both present through present.ts with it; main
 * resolves the `ref` kinds to names when it lists or exports (src/main/domains/audit/names.ts).
 *
 * A new module extends it: its entities here (and their labels under audit:entities / audit:fieldLabels),
 * and any new kind of referenced record in AUDIT_REFS with its name lookup in main. A field left out is
 * presented by its value's type (yes/no, local time, number, list), never as raw JSON of a known shape.
 */

/** Records an audit value or a record id can name; main looks their names up. */
export const AUDIT_REFS = [
  'improvement',
  'client',
  'staff',
  'group',
  'account',
  'contact',
  'communication',
  'transaction',
  'calendarDay',
  'ticket',
  'ticketAction',
  'riskMeeting',
  'risk',
  'riskAction',
  'kri',
  'kriReading',
  'controlAudit',
  'controlFinding',
  'rectification',
  'appraisalIndicator',
  'appraisalTemplate',
  'appraisalCycle',
  'appraisalForm',
  'incentive',
  'salesPlan',
  'product',
  'quote',
  'marketResearch',
  'competitor',
  'competitorSighting',
  'promotionActivity',
  'opportunity',
  'contract',
  'contractMilestone',
  'contractHandoff',
] as const;
export type AuditRef = (typeof AUDIT_REFS)[number];

export type AuditValueKind =
  /** Shown as stored (user text, codes, file names). */
  | { kind: 'text' }
  /** A listed value, labelled by the translation `${labels}.${value}`. */
  | { kind: 'enum'; labels: string }
  | { kind: 'bool' }
  /** ISO timestamp, shown in local time. */
  | { kind: 'dateTime' }
  /** Calendar day YYYY-MM-DD. */
  | { kind: 'date' }
  /** Integer fen, shown in yuan. */
  | { kind: 'money' }
  | { kind: 'number' }
  /** The id (or a list of ids) of another record, shown by its name. */
  | { kind: 'ref'; ref: AuditRef }
  /** A list of texts (tags). */
  | { kind: 'list' }
  /** An industry, or a province or city, as stored (Chinese), shown in the chosen language. */
  | { kind: 'industry' }
  | { kind: 'region' }
  /** Counts by kind ({ contacts: 3, … }), each labelled by `${labels}.${key}`. */
  | { kind: 'counts'; labels: string }
  /** The record's own id: already shown as the record, left out of the changes. */
  | { kind: 'self' }
  /** A working period { start, end } of the working day: 09:00–12:00. */
  | { kind: 'period' }
  /** An entry of a settings list { key, nameZh, nameEn, active }, by its name in the reader's language. */
  | { kind: 'listEntry' }
  /** The customer service deadlines per kind and severity (ServiceDeadlines). */
  | { kind: 'deadlines' }
  /** A rated appraisal indicator's band { min, max, anchorZh, anchorEn }: 60–74 and its anchor. */
  | { kind: 'ratingBand' }
  /** An appraisal template's indicator { indicatorId, weight }: the indicator by name, with its weight. */
  | { kind: 'weightedIndicator' };

export interface AuditEntityPresentation {
  /** What the trail row's record id names (`text`: the id is itself readable, e.g. a backup file name). */
  record: AuditRef | 'text' | null;
  /**
   * The field naming the record this one belongs to (a contact's client): the record column already names
   * it, so it is left out of a creation's changes.
   */
  parent?: string;
  fields: Record<string, AuditValueKind>;
}

const text = { kind: 'text' } as const;
const bool = { kind: 'bool' } as const;
const date = { kind: 'date' } as const;
const dateTime = { kind: 'dateTime' } as const;
const number = { kind: 'number' } as const;
const ref = (r: AuditRef) => ({ kind: 'ref', ref: r }) as const;
const listed = (labels: string) => ({ kind: 'enum', labels }) as const;

export const AUDIT_PRESENTATION: Record<string, AuditEntityPresentation> = {
  // A meeting: people by name, agenda and decisions as lines; a risk linked or unlinked by its code.
  riskMeeting: {
    record: 'riskMeeting',
    fields: {
      type: listed('meetings:type'),
      heldOn: date,
      chairId: ref('staff'),
      attendeeIds: ref('staff'),
      status: listed('meetings:status'),
      agenda: { kind: 'list' },
      decisions: { kind: 'list' },
      decisionStatus: listed('meetings:decisionStatus'),
      doneOn: date,
      relation: listed('meetings:relation'),
    },
  },
  // A request names its subject by code (the subject's own trail has the rest).
  approval: {
    record: null,
    fields: { kind: listed('approvals:kind'), status: listed('approvals:status') },
  },
  // The cause category is a key of the settings' category list, shown as stored.
  improvement: {
    record: 'improvement',
    fields: {
      source: listed('improvement:source'),
      ownerId: ref('staff'),
      groupId: ref('group'),
      dueDate: date,
      status: listed('improvement:status'),
      effectiveFrom: date,
      completedAt: dateTime,
    },
  },
  settings: {
    record: null,
    fields: {
      workingDay: { kind: 'period' },
      serviceCategories: { kind: 'listEntry' },
      serviceDepartments: { kind: 'listEntry' },
      serviceDeadlines: { kind: 'deadlines' },
      serviceWarnHours: number,
      improvementWindowDays: number,
      improvementThresholdPct: number,
      riskCategories: { kind: 'listEntry' },
      riskMeetingIntervalMonths: number,
      salesLostReasons: { kind: 'listEntry' },
      salesHandoffDepartments: { kind: 'listEntry' },
      salesKeyTargetMinScore: number,
      salesFloorPriceAudience: listed('sales:settings.audience'),
      appraisalGradeThresholds: { kind: 'counts', labels: 'audit:values.grade' },
      appraisalGuideline: { kind: 'counts', labels: 'audit:values.grade' },
      appraisalAppealDays: number,
      appraisalQuarterWeight: number,
    },
  },
  calendarDay: { record: 'calendarDay', fields: { date, kind: listed('calendar:dayKind') } },
  group: {
    record: 'group',
    fields: {
      name: text,
      nameEn: text,
      leadStaffId: ref('staff'),
      active: bool,
      sortOrder: number,
      builtin: listed('audit:values.builtinGroup'),
    },
  },
  staff: {
    record: 'staff',
    fields: {
      id: { kind: 'self' },
      groupId: ref('group'),
      supervisorId: ref('staff'),
      chargeGroupIds: ref('group'),
      hireDate: date,
      status: listed('org:staff.status'),
    },
  },
  account: {
    record: 'account',
    fields: { staffId: ref('staff'), role: listed('org:roles'), active: bool, lockedUntil: dateTime },
  },
  session: { record: 'account', fields: { username: text } },
  backup: { record: 'text', fields: { undo: text } },
  client: {
    record: 'client',
    fields: {
      type: listed('clients:type'),
      industry: { kind: 'industry' },
      province: { kind: 'region' },
      city: { kind: 'region' },
      source: listed('clients:source'),
      tier: listed('clients:tier'),
      status: listed('clients:status'),
      ownerId: ref('staff'),
      groupId: ref('group'),
      tags: { kind: 'list' },
      deletedAt: dateTime,
      moved: { kind: 'counts', labels: 'audit:values.moved' },
    },
  },
  contact: {
    record: 'contact',
    parent: 'clientId',
    fields: { clientId: ref('client'), isPrimary: bool, birthday: date },
  },
  communication: {
    record: 'communication',
    parent: 'clientId',
    fields: {
      clientId: ref('client'),
      contactId: ref('contact'),
      staffId: ref('staff'),
      at: dateTime,
      channel: listed('clients:channel'),
      nextActionDate: date,
      nextActionDone: bool,
    },
  },
  transaction: {
    record: 'transaction',
    parent: 'clientId',
    fields: {
      clientId: ref('client'),
      date,
      quantity: number,
      amountFen: { kind: 'money' },
    },
  },
  ticket: {
    record: 'ticket',
    fields: {
      kind: listed('service:kind'),
      channel: listed('service:channel'),
      status: listed('service:status'),
      clientId: ref('client'),
      contactId: ref('contact'),
      receivedAt: dateTime,
      // A key of the manager's list: the default entries by their names, one added later as its key.
      category: listed('service:categories'),
      severity: listed('service:severity'),
      handlerId: ref('staff'),
      groupId: ref('group'),
      slaStartAt: dateTime,
      responseDueAt: dateTime,
      responseMode: listed('service:deadlineMode'),
      resolutionDueAt: dateTime,
      resolutionMode: listed('service:deadlineMode'),
      firstResponseAt: dateTime,
      responsibleDept: listed('service:departments'),
      resolvedAt: dateTime,
      feedbackMethod: listed('service:feedbackMethod'),
      feedbackAt: dateTime,
      clientSatisfied: bool,
      satisfactionScore: number,
      closedAt: dateTime,
      reopenCount: number,
      convertedAt: dateTime,
    },
  },
  ticketAction: {
    record: 'ticketAction',
    parent: 'ticketId',
    fields: {
      ticketId: ref('ticket'),
      department: listed('service:departments'),
      ownerId: ref('staff'),
      dueDate: date,
      doneAt: dateTime,
      deletedAt: dateTime,
    },
  },
  // The category is a key of the manager's list of risk categories, shown as stored.
  risk: {
    record: 'risk',
    fields: {
      ownerId: ref('staff'),
      groupId: ref('group'),
      clientId: ref('client'),
      identifiedOn: date,
      likelihood: number,
      impact: number,
      score: number,
      level: listed('risk:level'),
      status: listed('risk:status'),
      strategy: listed('risk:strategy'),
      acceptance: listed('risk:acceptance'),
      lastReviewedOn: date,
      closedAt: dateTime,
      reopenCount: number,
    },
  },
  riskAction: {
    record: 'riskAction',
    parent: 'riskId',
    fields: {
      riskId: ref('risk'),
      ownerId: ref('staff'),
      groupId: ref('group'),
      dueOn: date,
      status: listed('risk:actionStatus'),
      doneOn: date,
    },
  },
  // Key risk indicators: the linked risk by its code (as stored), thresholds and readings as numbers.
  kri: {
    record: 'kri',
    fields: {
      direction: listed('kri:direction'),
      warningThreshold: number,
      alarmThreshold: number,
      ownerId: ref('staff'),
      groupId: ref('group'),
      frequency: listed('kri:frequency'),
      source: listed('kri:source'),
      active: bool,
      deletedAt: dateTime,
    },
  },
  kriReading: {
    record: 'kriReading',
    parent: 'kriId',
    fields: { kriId: ref('kri'), periodOn: date, value: number },
  },
  controlAudit: {
    record: 'controlAudit',
    fields: {
      type: listed('control:auditType'),
      status: listed('control:auditStatus'),
      periodFrom: date,
      periodTo: date,
      auditOn: date,
      auditorIds: ref('staff'),
      leadAuditorId: ref('staff'),
    },
  },
  controlFinding: {
    record: 'controlFinding',
    parent: 'auditId',
    fields: { auditId: ref('controlAudit'), severity: listed('control:severity'), riskId: ref('risk') },
  },
  rectification: {
    record: 'rectification',
    parent: 'findingId',
    fields: {
      findingId: ref('controlFinding'),
      ownerId: ref('staff'),
      groupId: ref('group'),
      dueOn: date,
      status: listed('control:rectificationStatus'),
      submittedAt: dateTime,
      verifiedById: ref('staff'),
      verifiedAt: dateTime,
      evidenceFile: text,
      evidenceSize: number,
    },
  },
  // Appraisal library: categories, methods and sources translated; bands with their anchors in the reader's
  // language; a template's indicators by name with their weights.
  appraisalIndicator: {
    record: 'appraisalIndicator',
    fields: {
      category: listed('appraisal:category'),
      scoring: listed('appraisal:scoring'),
      formula: listed('appraisal:formula'),
      cap: number,
      bands: { kind: 'ratingBand' },
      source: listed('appraisal:source'),
      active: bool,
    },
  },
  appraisalTemplate: {
    record: 'appraisalTemplate',
    fields: {
      groupId: ref('group'),
      resultsWeight: number,
      attitudeWeight: number,
      abilityWeight: number,
      items: { kind: 'weightedIndicator' },
      active: bool,
    },
  },
  // Appraisal cycles: kind and phase translated, deadlines as days; a form by its person and cycle, its
  // evaluator by name.
  appraisalCycle: {
    record: 'appraisalCycle',
    fields: {
      kind: listed('appraisal:cycleKind'),
      phase: listed('appraisal:phase'),
      periodFrom: date,
      periodTo: date,
      goalSettingDue: date,
      selfAssessmentDue: date,
      supervisorReviewDue: date,
      managerReviewDue: date,
      appealUntil: date,
      quarterWeight: number,
      formCount: number,
      publishedAt: dateTime,
      closedAt: dateTime,
    },
  },
  appraisalForm: {
    record: 'appraisalForm',
    fields: {
      evaluatorId: ref('staff'),
      removedReason: text,
      evalTotal: number,
      quarterMean: number,
      finalScore: number,
      grade: text,
      adjustedTotal: number,
      adjustReason: text,
      acknowledgedAt: dateTime,
      appealReason: text,
      appealStatus: listed('appraisalReview:appealStatus'),
      appealNote: text,
      targets: { kind: 'weightedIndicator' },
      planAgreedAt: dateTime,
      selfScores: { kind: 'weightedIndicator' },
      selfTotal: number,
      selfSubmittedAt: dateTime,
      evalScores: { kind: 'weightedIndicator' },
      actuals: { kind: 'weightedIndicator' },
      evalSubmittedAt: dateTime,
    },
  },
  // An incentive: the person and group by name, the kind and status translated, the amount as money; the
  // appraisal result it follows from by its cycle's code and the grade, as stored.
  incentive: {
    record: 'incentive',
    fields: {
      staffId: ref('staff'),
      groupId: ref('group'),
      kind: listed('incentives:kind'),
      amountFen: { kind: 'money' },
      effectiveOn: date,
      status: listed('incentives:status'),
    },
  },
  // A sales plan: whose (person or group) by name, the period's kind translated, targets as money.
  salesPlan: {
    record: 'salesPlan',
    fields: {
      staffId: ref('staff'),
      groupId: ref('group'),
      periodKind: listed('salesPlans:periodKind'),
      periodFrom: date,
      periodTo: date,
      revenueTargetFen: { kind: 'money' },
      profitTargetFen: { kind: 'money' },
      newClientsTarget: number,
    },
  },
  // A product of the price system: kind translated, prices as money, validity as dates.
  product: {
    record: 'product',
    fields: {
      kind: listed('pricing:kind'),
      listPriceFen: { kind: 'money' },
      floorPriceFen: { kind: 'money' },
      validFrom: date,
      validTo: date,
      active: { kind: 'bool' },
    },
  },
  // A quote: the client by name, the status translated, the total as money, the lines as one text each.
  quote: {
    record: 'quote',
    fields: {
      clientId: ref('client'),
      status: listed('pricing:status'),
      quotedOn: date,
      validUntil: date,
      totalFen: { kind: 'money' },
      lines: { kind: 'list' },
    },
  },
  // Market work: owners and groups by name, dates as days, prices and costs as money, a file by its name.
  marketResearch: {
    record: 'marketResearch',
    fields: {
      conductedOn: date,
      ownerId: ref('staff'),
      groupId: ref('group'),
      file: text,
      fileSize: number,
    },
  },
  competitor: { record: 'competitor', fields: { website: text } },
  competitorSighting: {
    record: 'competitorSighting',
    parent: 'competitorId',
    fields: { competitorId: ref('competitor'), seenOn: date, priceFen: { kind: 'money' } },
  },
  promotionActivity: {
    record: 'promotionActivity',
    fields: {
      kind: listed('market:kind'),
      heldOn: date,
      endsOn: date,
      costFen: { kind: 'money' },
      attendees: number,
      ownerId: ref('staff'),
      groupId: ref('group'),
    },
  },
  // An opportunity: its client and owner by name, the stage translated, money in yuan; the source activity
  // and the lost reason as stored (an activity's code, a key of the settings' list).
  opportunity: {
    record: 'opportunity',
    fields: {
      clientId: ref('client'),
      ownerId: ref('staff'),
      stage: listed('sales:stage'),
      expectedAmountFen: { kind: 'money' },
      probability: number,
      expectedCloseOn: date,
      nextStepOn: date,
      screeningScore: number,
      visitInvitedOn: date,
      visitHeldOn: date,
      closedOn: date,
      proposalFileSize: number,
    },
  },
  // A contract: client, owner and people by name, amounts as money, the status and each checklist item's
  // result translated; the opportunity and quote by their codes (as recorded).
  contract: {
    record: 'contract',
    fields: {
      clientId: ref('client'),
      ownerId: ref('staff'),
      amountFen: { kind: 'money' },
      costFen: { kind: 'money' },
      status: listed('contracts:status'),
      parties: listed('contracts:checkResult'),
      subject: text,
      price: listed('contracts:checkResult'),
      delivery: listed('contracts:checkResult'),
      payment: listed('contracts:checkResult'),
      liability: listed('contracts:checkResult'),
      dispute: listed('contracts:checkResult'),
      agree: bool,
      signedOn: date,
      transactions: number,
      clientBecameCustomer: bool,
      opportunityStage: text,
      completedOn: date,
      fileSize: number,
    },
  },
  contractMilestone: {
    record: 'contractMilestone',
    parent: 'contractId',
    fields: {
      contractId: ref('contract'),
      kind: listed('contracts:milestoneKind'),
      ownerId: ref('staff'),
      dueOn: date,
      doneOn: date,
      amountFen: { kind: 'money' },
      receivedFen: { kind: 'money' },
      receivedOn: date,
      deletedAt: dateTime,
    },
  },
  contractHandoff: {
    record: 'contractHandoff',
    parent: 'contractId',
    fields: {
      contractId: ref('contract'),
      assigneeId: ref('staff'),
      acknowledgedAt: dateTime,
    },
  },
};

/** How a field is presented: as the mapping says, else by the type of the value it holds. */
export function auditValueKind(entity: string, field: string, sample: unknown): AuditValueKind {
  const declared = AUDIT_PRESENTATION[entity]?.fields[field];
  if (declared) return declared;
  if (typeof sample === 'boolean') return bool;
  if (typeof sample === 'number') return number;
  if (typeof sample === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(sample)) return dateTime;
  if (typeof sample === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(sample)) return date;
  if (Array.isArray(sample)) return { kind: 'list' };
  return text;
}

/** What the main process tells the screen about a referenced record. */
export interface AuditName {
  name: string;
  /** The English name where the record has one (groups). */
  nameEn?: string | null;
  /** A human code beside the name: a client's KH-…, a person's employee number, an account's username. */
  code?: string | null;
  /** The record is deleted (in the recycle bin or merged away): named, and marked so. */
  deleted?: boolean;
}
