/** Client files (客户档案): rulebook 四(一), 三(一)1–2. */
export const CLIENT_TYPES = ['enterprise', 'individual'] as const;
export type ClientType = (typeof CLIENT_TYPES)[number];

export const CLIENT_SOURCES = [
  'market_research',
  'referral',
  'exhibition',
  'online',
  'cold_call',
  'other',
] as const;
export type ClientSource = (typeof CLIENT_SOURCES)[number];

/** 分类管理: value tier. */
export const VALUE_TIERS = ['A', 'B', 'C', 'D'] as const;
export type ValueTier = (typeof VALUE_TIERS)[number];

/** Lifecycle: potential 潜在 → key follow-up 重点跟进 → customer 成交 → dormant 沉睡 / lost 流失. */
export const CLIENT_STATUSES = ['potential', 'key_follow_up', 'customer', 'dormant', 'lost'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const COMMUNICATION_CHANNELS = ['phone', 'visit', 'wechat', 'email', 'meeting', 'other'] as const;
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];

export interface Client {
  id: string;
  code: string;
  type: ClientType;
  name: string;
  creditCode: string | null;
  industry: string | null;
  province: string | null;
  city: string | null;
  address: string | null;
  source: ClientSource;
  tier: ValueTier;
  status: ClientStatus;
  statusChangedAt: string;
  ownerId: string | null;
  ownerName: string | null;
  groupId: string | null;
  groupName: string | null;
  groupNameEn: string | null;
  tags: string[];
  notes: string | null;
  primaryContactName: string | null;
  primaryContactMobile: string | null;
  /** Last change to the file or anything in it (contact, record, transaction). */
  touchedAt: string;
  completeness: number;
  stale: boolean;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

/** The fields of a client file a person edits: the form, an update, an import row. */
export const CLIENT_EDIT_FIELDS = [
  'type',
  'name',
  'creditCode',
  'industry',
  'province',
  'city',
  'address',
  'source',
  'tier',
  'ownerId',
  'tags',
  'notes',
] as const satisfies readonly (keyof Client)[];

export interface Contact {
  id: string;
  clientId: string;
  name: string;
  title: string | null;
  mobile: string | null;
  email: string | null;
  wechat: string | null;
  isPrimary: boolean;
  birthday: string | null;
  notes: string | null;
  version: number;
}

export interface Communication {
  id: string;
  clientId: string;
  contactId: string | null;
  contactName: string | null;
  at: string;
  channel: CommunicationChannel;
  staffId: string | null;
  staffName: string | null;
  content: string;
  nextAction: string | null;
  nextActionDate: string | null;
  nextActionDone: boolean;
  version: number;
}

export interface Transaction {
  id: string;
  clientId: string;
  date: string;
  item: string;
  quantity: number;
  amountFen: number;
  contractRef: string | null;
  notes: string | null;
  version: number;
}

export interface StatusChange {
  id: string;
  from: ClientStatus | null;
  to: ClientStatus;
  reason: string | null;
  at: string;
  byName: string | null;
}

export interface Attachment {
  id: string;
  clientId: string;
  fileName: string;
  mime: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
  createdByName: string | null;
}

export interface Completeness {
  score: number;
  /** Keys under clients:fields (or 'primaryContact', 'communication') of what is missing. */
  missing: string[];
}

export interface ClientDetail {
  client: Client;
  contacts: Contact[];
  /** Newest first, at most 50; `communicationsTotal` tells whether there are more. */
  communications: Communication[];
  communicationsTotal: number;
  transactions: Transaction[];
  transactionsTotalFen: number;
  statusHistory: StatusChange[];
  attachments: Attachment[];
  completeness: Completeness;
}

export interface ClientPage {
  rows: Client[];
  total: number;
  page: number;
  pageSize: number;
}

export type DuplicateReason = 'creditCode' | 'name' | 'phone';

export interface DuplicateMatch {
  clientId: string;
  code: string;
  name: string;
  ownerName: string | null;
  reasons: DuplicateReason[];
  /** Whether the caller may open the matching file (it may belong to someone else). */
  visible: boolean;
}

export interface FollowUp {
  communicationId: string;
  clientId: string;
  clientCode: string;
  clientName: string;
  staffId: string | null;
  staffName: string | null;
  nextAction: string;
  nextActionDate: string;
  /** overdue: before today; today; week: within the next 7 days. */
  due: 'overdue' | 'today' | 'week';
  version: number;
}

export const CLIENT_SORT_FIELDS = [
  'updatedAt',
  'name',
  'code',
  'tier',
  'status',
  'touchedAt',
  'createdAt',
] as const;
export type ClientSortField = (typeof CLIENT_SORT_FIELDS)[number];
