import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/contract/fields';
import { formatDate, formatNumber } from '../../../shared/i18n/format';
import type { Group, Staff } from '../../../shared/org/types';
import {
  email,
  escapeHtml as e,
  figures,
  heading,
  html,
  join,
  muted,
  printTable,
  type Html,
  type PrintColumn,
} from '../../printing/printBlocks';

export interface RosterData {
  /** The groups to print (one, or all active ones). */
  groups: Group[];
  /** Everyone, so the chart can name the manager and the deputies in charge of the printed groups. */
  staff: Staff[];
  /** Print only people of these groups (and no "no group" section); null prints the whole department. */
  onlyGroupId: string | null;
  locale: Locale;
}

const groupLabel = (g: { name: string | null; nameEn: string | null }, locale: Locale, t: TFunction) =>
  (locale === 'en-US' ? (g.nameEn ?? g.name) : g.name) ?? t('org:noGroup');

function staffColumns(locale: Locale, t: TFunction): PrintColumn<Staff>[] {
  const label = (k: string) => t(`org:staff.fields.${k}`);
  return [
    { label: label('employeeNo'), kind: 'short', cell: (s) => s.employeeNo },
    { label: label('name'), kind: 'short', cell: (s) => s.name },
    { label: label('position'), kind: 'short', cell: (s) => s.position },
    { label: label('supervisor'), kind: 'short', cell: (s) => s.supervisorName },
    { label: label('hireDate'), kind: 'short', cell: (s) => formatDate(s.hireDate, locale) },
    { label: label('status'), kind: 'short', cell: (s) => t(`org:staff.status.${s.status}`) },
    { label: label('phone'), kind: 'short', cell: (s) => s.phone },
    { label: label('email'), kind: 'text', cell: (s) => email(s.email) },
  ];
}

/** Org chart: the managers, the deputies with the printed groups in their charge, each group's lead. */
function orgChart({ groups, staff, locale }: RosterData, current: Staff[], t: TFunction): Html {
  const byId = new Map(staff.map((s) => [s.id, s]));
  const groupName = new Map(groups.map((g) => [g.id, groupLabel(g, locale, t)]));
  const printed = new Set(groups.map((g) => g.id));
  const colon = t('reports:labelSeparator');
  const line = (label: string, rest: string) => `<li><b>${e(label)}</b>${e(colon)}${e(rest)}</li>`;
  const managers = current.filter((s) => s.account?.role === 'manager');
  const deputies = current.filter((s) => s.chargeGroupIds.some((g) => printed.has(g)));
  return html(
    `<ul class="tree">${[
      ...managers.map((m) => line(t('reports:roster.manager'), m.name)),
      ...deputies.map((d) =>
        line(
          t('reports:roster.deputy'),
          t('reports:roster.inCharge', {
            name: d.name,
            groups: d.chargeGroupIds
              .filter((g) => groupName.has(g))
              .map((g) => groupName.get(g)!)
              .join(t('reports:roster.listSeparator')),
          }),
        ),
      ),
      ...groups.map((g) => {
        const lead = g.leadStaffId ? byId.get(g.leadStaffId) : undefined;
        return line(
          groupLabel(g, locale, t),
          t('reports:roster.groupLine', {
            lead: lead?.name ?? t('reports:roster.none'),
            members: t('reports:roster.members', { count: g.activeStaffCount }),
          }),
        );
      }),
    ].join('')}</ul>`,
  );
}

/** The body of the department roster (人员名册): figures, org chart outline, one table per group. */
export function rosterBody(data: RosterData, t: TFunction): Html {
  const { groups, staff, onlyGroupId, locale } = data;
  const everyoneCurrent = staff.filter((s) => s.status !== 'left');
  const current = onlyGroupId ? everyoneCurrent.filter((s) => s.groupId === onlyGroupId) : everyoneCurrent;
  const count = (n: number) => formatNumber(n, locale);

  const keyFigures = figures([
    { label: t('reports:roster.figures.staff'), value: count(current.length) },
    {
      label: t('reports:roster.figures.active'),
      value: count(current.filter((s) => s.status === 'active').length),
    },
    {
      label: t('reports:roster.figures.onLeave'),
      value: count(current.filter((s) => s.status === 'on_leave').length),
    },
    { label: t('reports:roster.figures.groups'), value: count(groups.length) },
  ]);

  const columns = staffColumns(locale, t);
  const sectionList = groups.map((g) => ({ key: g.id as string | null, title: groupLabel(g, locale, t) }));
  if (!onlyGroupId) sectionList.push({ key: null, title: t('org:noGroup') });
  const sections = sectionList.flatMap((section) => {
    const members = current.filter((s) => s.groupId === section.key);
    if (members.length === 0) return [];
    return [
      heading(2, section.title, muted(t('reports:roster.sectionCount', { n: count(members.length) }))),
      printTable(columns, members),
    ];
  });

  return join(
    keyFigures,
    heading(2, t('reports:roster.orgChart')),
    orgChart(data, everyoneCurrent, t),
    ...sections,
  );
}
