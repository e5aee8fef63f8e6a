// The en-US translations, one entry per namespace file in this folder (a test checks the two match).
import appraisal from './appraisal.json';
import appraisalReview from './appraisalReview.json';
import approvals from './approvals.json';
import audit from './audit.json';
import auth from './auth.json';
import calendar from './calendar.json';
import clientFiles from './clientFiles.json';
import clients from './clients.json';
import common from './common.json';
import contracts from './contracts.json';
import control from './control.json';
import errors from './errors.json';
import home from './home.json';
import improvement from './improvement.json';
import incentives from './incentives.json';
import meetings from './meetings.json';
import kri from './kri.json';
import market from './market.json';
import org from './org.json';
import pricing from './pricing.json';
import reports from './reports.json';
import risk from './risk.json';
import salesPlans from './salesPlans.json';
import riskDesk from './riskDesk.json';
import riskReport from './riskReport.json';
import sales from './sales.json';
import service from './service.json';
import serviceDesk from './serviceDesk.json';
import serviceReports from './serviceReports.json';
import settings from './settings.json';
import todo from './todo.json';
import validation from './validation.json';

export default {
  appraisal,
  appraisalReview,
  approvals,
  audit,
  auth,
  calendar,
  clientFiles,
  clients,
  common,
  contracts,
  control,
  errors,
  home,
  improvement,
  incentives,
  meetings,
  kri,
  market,
  org,
  pricing,
  reports,
  risk,
  riskDesk,
  riskReport,
  salesPlans,
  sales,
  service,
  serviceDesk,
  serviceReports,
  settings,
  todo,
  validation,
};
