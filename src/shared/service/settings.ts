import { z } from 'zod';
import { DEADLINE_MODES } from '../calendar/types';
import { settingsList } from '../settings/lists';

/**
 * Customer service settings (三(三), DOMAIN.md §3), part of the department settings: the category and
 * responsible-department lists, and the deadlines (规定时间) per kind and severity.
 */

export const deadline = z.strictObject({
  hours: z.number().min(0.5).max(720).multipleOf(0.5),
  mode: z.enum(DEADLINE_MODES),
});
export type Deadline = z.output<typeof deadline>;

const perSeverity = z.strictObject({ normal: deadline, major: deadline, critical: deadline });

export const serviceDeadlinesSchema = z.strictObject({
  /** Inquiry: answered within (咨询答复). */
  inquiryAnswer: perSeverity,
  /** Complaint: first response to the client within (首次响应). */
  complaintFirstResponse: perSeverity,
  /** Complaint: resolved within (处理完成). */
  complaintResolution: perSeverity,
});
export type ServiceDeadlines = z.output<typeof serviceDeadlinesSchema>;

export const serviceSettingsFields = {
  serviceCategories: settingsList(),
  serviceDepartments: settingsList(),
  serviceDeadlines: serviceDeadlinesSchema,
  /** A deadline this close (hours) is "near": it goes on the handler's and their lead's to-do. */
  serviceWarnHours: z.number().min(0.5).max(72).multipleOf(0.5),
  /** The effect check of an improvement measure compares windows of this many days before and after it. */
  improvementWindowDays: z.number().int().min(14).max(365),
  /** A rate must fall (rise) by at least this share to count as better (worse), in percent. */
  improvementThresholdPct: z.number().int().min(1).max(90),
};

const d = (hours: number): Deadline => ({ hours, mode: 'calendar' });
const same = (hours: number) => ({ normal: d(hours), major: d(hours), critical: d(hours) });

export const DEFAULT_SERVICE_SETTINGS = {
  serviceCategories: [
    { key: 'product_quality', nameZh: '产品质量', nameEn: 'Product quality', active: true },
    { key: 'delivery', nameZh: '交付配送', nameEn: 'Delivery', active: true },
    { key: 'service_attitude', nameZh: '服务态度', nameEn: 'Service attitude', active: true },
    { key: 'billing', nameZh: '账单结算', nameEn: 'Billing', active: true },
    { key: 'other', nameZh: '其他', nameEn: 'Other', active: true },
  ],
  serviceDepartments: [
    { key: 'sales', nameZh: '销售组', nameEn: 'Sales group', active: true },
    { key: 'market', nameZh: '市场拓展组', nameEn: 'Market expansion group', active: true },
    { key: 'customer_service', nameZh: '客户服务组', nameEn: 'Customer service group', active: true },
    { key: 'production', nameZh: '生产部', nameEn: 'Production', active: true },
    { key: 'logistics', nameZh: '物流部', nameEn: 'Logistics', active: true },
    { key: 'finance', nameZh: '财务部', nameEn: 'Finance', active: true },
    { key: 'quality', nameZh: '质量部', nameEn: 'Quality', active: true },
  ],
  serviceDeadlines: {
    inquiryAnswer: same(24),
    complaintFirstResponse: same(4),
    complaintResolution: { normal: d(72), major: d(72), critical: d(24) },
  },
  serviceWarnHours: 2,
  improvementWindowDays: 90,
  improvementThresholdPct: 10,
} satisfies z.input<z.ZodObject<typeof serviceSettingsFields>>;

export { listEntry, listEntryName, type ListEntry } from '../settings/lists';
