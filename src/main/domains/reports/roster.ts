import type { Locale } from '../../../shared/contract/fields';
import type { Group, Staff } from '../../../shared/org/types';
import { escapeHtml } from '../../printing/reportDocument';
import { formatDate } from '../../i18n/format';
import type { TFunction } from 'i18next';

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

/** The body of the department roster (人员名册): figures, org chart outline, one table per group. */
export function rosterBody({ groups, staff, onlyGroupId, locale }: RosterData, t: TFunction): string {
  const everyoneCurrent = staff.filter((s) => s.status !== 'left');
  const current = onlyGroupId ? everyoneCurrent.filter((s) => s.groupId === onlyGroupId) : everyoneCurrent;
  const byId = new Map(staff.map((s) => [s.id, s]));
  const groupName = new Map(groups.map((g) => [g.id, groupLabel(g, locale, t)]));
  const e = escapeHtml;

  const figures = [
    { label: t('reports:roster.figures.staff'), value: current.length },
    { label: t('reports:roster.figures.active'), value: current.filter((s) => s.status === 'active').length },
    {
      label: t('reports:roster.figures.onLeave'),
      value: current.filter((s) => s.status === 'on_leave').length,
    },
    { label: t('reports:roster.figures.groups'), value: groups.length },
  ]
    .map(
      (f) =>
        `<div class="figure"><div class="value">${f.value.toLocaleString(locale)}</div><div class="label">${e(f.label)}</div></div>`,
    )
    .join('');

  // Org chart: managers (accounts with role manager), deputies with their groups, then group leads.
  const printed = new Set(groups.map((g) => g.id));
  const managers = everyoneCurrent.filter((s) => s.account?.role === 'manager');
  const deputies = everyoneCurrent.filter((s) => s.chargeGroupIds.some((g) => printed.has(g)));
  const chart = `<ul class="tree">
    ${managers.map((m) => `<li><b>${e(t('reports:roster.manager'))}</b>: ${e(m.name)}</li>`).join('')}
    ${deputies
      .map(
        (d) =>
          `<li><b>${e(t('reports:roster.deputy'))}</b>: ${e(d.name)} — ${e(t('reports:roster.inCharge'))} ${d.chargeGroupIds
            .filter((g) => groupName.has(g))
            .map((g) => e(groupName.get(g)!))
            .join(t('reports:roster.listSeparator'))}</li>`,
      )
      .join('')}
    ${groups
      .map((g) => {
        const lead = g.leadStaffId ? byId.get(g.leadStaffId) : undefined;
        return `<li><b>${e(groupLabel(g, locale, t))}</b>: ${e(t('reports:roster.lead'))} ${e(lead?.name ?? t('reports:roster.none'))} · ${e(
          t('reports:roster.members', { count: g.activeStaffCount }),
        )}</li>`;
      })
      .join('')}
  </ul>`;

  const columns = [
    'employeeNo',
    'name',
    'position',
    'supervisor',
    'hireDate',
    'status',
    'phone',
    'email',
  ] as const;
  const head = `<thead><tr>${columns.map((c) => `<th>${e(t(`org:staff.fields.${c}`))}</th>`).join('')}</tr></thead>`;
  const row = (s: Staff) =>
    `<tr><td>${e(s.employeeNo)}</td><td>${e(s.name)}</td><td>${e(s.position ?? '')}</td><td>${e(s.supervisorName ?? '')}</td>` +
    `<td>${s.hireDate ? e(formatDate(s.hireDate, locale)) : ''}</td><td>${e(t(`org:staff.status.${s.status}`))}</td>` +
    `<td>${e(s.phone ?? '')}</td><td>${e(s.email ?? '')}</td></tr>`;

  const sectionList = groups.map((g) => ({ key: g.id as string | null, title: groupLabel(g, locale, t) }));
  if (!onlyGroupId) sectionList.push({ key: null, title: t('org:noGroup') });
  const sections = sectionList
    .map((section) => {
      const members = current.filter((s) => s.groupId === section.key);
      if (members.length === 0) return '';
      return `<h2>${e(section.title)} <span class="muted">(${members.length})</span></h2><table>${head}<tbody>${members.map(row).join('')}</tbody></table>`;
    })
    .join('');

  return `<div class="figures">${figures}</div><h2>${e(t('reports:roster.orgChart'))}</h2>${chart}${sections}`;
}
