import zhCommon from './locales/zh-CN/common.json';
import zhErrors from './locales/zh-CN/errors.json';
import zhValidation from './locales/zh-CN/validation.json';
import zhAuth from './locales/zh-CN/auth.json';
import zhOrg from './locales/zh-CN/org.json';
import zhAudit from './locales/zh-CN/audit.json';
import zhSettings from './locales/zh-CN/settings.json';
import zhReports from './locales/zh-CN/reports.json';
import zhHome from './locales/zh-CN/home.json';
import zhClients from './locales/zh-CN/clients.json';
import zhClientFiles from './locales/zh-CN/clientFiles.json';
import enCommon from './locales/en-US/common.json';
import enErrors from './locales/en-US/errors.json';
import enValidation from './locales/en-US/validation.json';
import enAuth from './locales/en-US/auth.json';
import enOrg from './locales/en-US/org.json';
import enAudit from './locales/en-US/audit.json';
import enSettings from './locales/en-US/settings.json';
import enReports from './locales/en-US/reports.json';
import enHome from './locales/en-US/home.json';
import enClients from './locales/en-US/clients.json';
import enClientFiles from './locales/en-US/clientFiles.json';

/** One set of translations for the screens (renderer) and for reports and exports (main). */
export const NAMESPACES = [
  'common',
  'errors',
  'validation',
  'auth',
  'org',
  'audit',
  'settings',
  'reports',
  'home',
  'clients',
  'clientFiles',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources = {
  'zh-CN': {
    common: zhCommon,
    errors: zhErrors,
    validation: zhValidation,
    auth: zhAuth,
    org: zhOrg,
    audit: zhAudit,
    settings: zhSettings,
    reports: zhReports,
    home: zhHome,
    clients: zhClients,
    clientFiles: zhClientFiles,
  },
  'en-US': {
    common: enCommon,
    errors: enErrors,
    validation: enValidation,
    auth: enAuth,
    org: enOrg,
    audit: enAudit,
    settings: enSettings,
    reports: enReports,
    home: enHome,
    clients: enClients,
    clientFiles: enClientFiles,
  },
} as const;
