import {
  AlertOutlined,
  ApartmentOutlined,
  AreaChartOutlined,
  AuditOutlined,
  AimOutlined,
  FileSearchOutlined,
  NotificationOutlined,
  BarChartOutlined,
  BulbOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ContactsOutlined,
  CustomerServiceOutlined,
  DeleteOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FileTextOutlined,
  TagsOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FundProjectionScreenOutlined,
  FunnelPlotOutlined,
  CarryOutOutlined,
  HeatMapOutlined,
  HomeOutlined,
  InfoCircleOutlined,
  ImportOutlined,
  KeyOutlined,
  LineChartOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { NAV_ITEM_AREAS, type NavItem, type NavKey } from './navItems';

export interface NavEntry extends NavItem {
  icon: ReactNode;
  page: LazyExoticComponent<ComponentType>;
}

export interface NavArea {
  key: string;
  label: string | null;
  entries: NavEntry[];
}

// Pages load lazily: start-up pays only for the shell and the first screen.
const HomePage = lazy(() => import('../pages/home/HomePage'));
const StaffPage = lazy(() => import('../pages/org/StaffPage'));
const GroupsPage = lazy(() => import('../pages/org/GroupsPage'));
const AccountsPage = lazy(() => import('../pages/org/AccountsPage'));
const ClientsPage = lazy(() => import('../pages/clients/ClientsPage'));
const FollowupsPage = lazy(() => import('../pages/clients/FollowupsPage'));
const StaleClientsPage = lazy(() => import('../pages/clients/StaleClientsPage'));
const RecycleBinPage = lazy(() => import('../pages/clients/RecycleBinPage'));
const ClientImportPage = lazy(() => import('../pages/clients/ClientImportPage'));
const ServicePage = lazy(() => import('../pages/service/ServicePage'));
const ServiceStatsPage = lazy(() => import('../pages/service/ServiceStatsPage'));
const ImprovementsPage = lazy(() => import('../pages/improvement/ImprovementsPage'));
const ApprovalsPage = lazy(() => import('../pages/approvals/ApprovalsPage'));
const RisksPage = lazy(() => import('../pages/risk/RisksPage'));
const RiskHeatMapPage = lazy(() => import('../pages/risk/HeatMapPage'));
const RiskActionsPage = lazy(() => import('../pages/risk/ActionsPage'));
const MeetingsPage = lazy(() => import('../pages/meetings/MeetingsPage'));
const KrisPage = lazy(() => import('../pages/kri/KrisPage'));
const ControlPage = lazy(() => import('../pages/control/ControlPage'));
const AppraisalLibraryPage = lazy(() => import('../pages/appraisal/LibraryPage'));
const AppraisalCyclesPage = lazy(() => import('../pages/appraisal/CyclesPage'));
const AppraisalFormsPage = lazy(() => import('../pages/appraisal/FormsPage'));
const AppraisalHistoryPage = lazy(() => import('../pages/appraisal/HistoryPage'));
const IncentivesPage = lazy(() => import('../pages/incentives/IncentivesPage'));
const SalesPlansPage = lazy(() => import('../pages/salesPlans/SalesPlansPage'));
const MarketResearchPage = lazy(() => import('../pages/market/ResearchPage'));
const CompetitorsPage = lazy(() => import('../pages/market/CompetitorsPage'));
const ActivitiesPage = lazy(() => import('../pages/market/ActivitiesPage'));
const ContractsPage = lazy(() => import('../pages/contracts/ContractsPage'));
const ProductsPage = lazy(() => import('../pages/pricing/ProductsPage'));
const QuotesPage = lazy(() => import('../pages/quotes/QuotesPage'));
const AuditPage = lazy(() => import('../pages/audit/AuditPage'));
const OpportunitiesPage = lazy(() => import('../pages/sales/OpportunitiesPage'));
const SalesFunnelPage = lazy(() => import('../pages/sales/FunnelPage'));
const SettingsPage = lazy(() => import('../pages/settings/SettingsPage'));
const AboutPage = lazy(() => import('../pages/about/AboutPage'));

/** Each navigation entry's icon and page (an entry in navItems.ts without one here is a type error). */
const SCREENS: Record<NavKey, Pick<NavEntry, 'icon' | 'page'>> = {
  home: { icon: <HomeOutlined />, page: HomePage },
  staff: { icon: <TeamOutlined />, page: StaffPage },
  groups: { icon: <ApartmentOutlined />, page: GroupsPage },
  accounts: { icon: <KeyOutlined />, page: AccountsPage },
  clients: { icon: <ContactsOutlined />, page: ClientsPage },
  'clients-import': { icon: <ImportOutlined />, page: ClientImportPage },
  followups: { icon: <CalendarOutlined />, page: FollowupsPage },
  'clients-stale': { icon: <FieldTimeOutlined />, page: StaleClientsPage },
  'clients-recycle': { icon: <DeleteOutlined />, page: RecycleBinPage },
  service: { icon: <CustomerServiceOutlined />, page: ServicePage },
  'service-stats': { icon: <AreaChartOutlined />, page: ServiceStatsPage },
  improvements: { icon: <BulbOutlined />, page: ImprovementsPage },
  approvals: { icon: <FileDoneOutlined />, page: ApprovalsPage },
  risks: { icon: <AlertOutlined />, page: RisksPage },
  'risks-heatmap': { icon: <HeatMapOutlined />, page: RiskHeatMapPage },
  'risks-actions': { icon: <CheckSquareOutlined />, page: RiskActionsPage },
  'risk-meetings': { icon: <ScheduleOutlined />, page: MeetingsPage },
  kris: { icon: <DashboardOutlined />, page: KrisPage },
  control: { icon: <SafetyCertificateOutlined />, page: ControlPage },
  'appraisal-library': { icon: <FundProjectionScreenOutlined />, page: AppraisalLibraryPage },
  'appraisal-cycles': { icon: <CarryOutOutlined />, page: AppraisalCyclesPage },
  'appraisal-forms': { icon: <SolutionOutlined />, page: AppraisalFormsPage },
  'appraisal-history': { icon: <LineChartOutlined />, page: AppraisalHistoryPage },
  incentives: { icon: <TrophyOutlined />, page: IncentivesPage },
  'sales-plans': { icon: <RiseOutlined />, page: SalesPlansPage },
  'market-research': { icon: <FileSearchOutlined />, page: MarketResearchPage },
  competitors: { icon: <AimOutlined />, page: CompetitorsPage },
  'promotion-activities': { icon: <NotificationOutlined />, page: ActivitiesPage },
  contracts: { icon: <FileProtectOutlined />, page: ContractsPage },
  'price-system': { icon: <TagsOutlined />, page: ProductsPage },
  quotes: { icon: <FileTextOutlined />, page: QuotesPage },
  audit: { icon: <AuditOutlined />, page: AuditPage },
  'sales-opportunities': { icon: <FunnelPlotOutlined />, page: OpportunitiesPage },
  'sales-funnel': { icon: <BarChartOutlined />, page: SalesFunnelPage },
  settings: { icon: <SettingOutlined />, page: SettingsPage },
  about: { icon: <InfoCircleOutlined />, page: AboutPage },
};

/** Navigation by rulebook area (navItems.ts), each entry with its icon and page. */
export const NAV_AREAS: NavArea[] = NAV_ITEM_AREAS.map((area) => ({
  key: area.key,
  label: area.label,
  entries: area.entries.map((e): NavEntry => ({ ...e, ...SCREENS[e.key] })),
}));
