import { Col, Form, Input, Radio, Rate, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/contract/limits';
import {
  FEEDBACK_METHODS,
  type FeedbackMethod,
  type TicketDetail,
  type TicketSeverity,
} from '../../../../shared/service/types';
import { FormModal } from '../../components/FormModal';
import { useLocale } from '../../stores/localeStore';
import { useTicket } from '../../stores/serviceTicketStore';
import { staffOption } from '../clients/owners';
import { entryOptions } from './labels';
import { StepAtField } from './StepAtField';
import { CategoryField, HandlerField, SeverityField } from './ticketFields';
import { useHandlers, useServiceSettings } from './useServiceLists';

/** The moves a dialog opens for (the header's buttons). */
export type StepDialog =
  | 'startInvestigation'
  | 'saveInvestigation'
  | 'startResolving'
  | 'resolve'
  | 'answer'
  | 'close'
  | 'reopen'
  | 'convert'
  | 'assign';

interface DialogProps {
  detail: TicketDetail;
  onClose: () => void;
}

const required = (t: (k: string) => string) => [
  { required: true, whitespace: true, message: t('validation:required') },
];
const text = (s: string | undefined | null) => (s && s.trim() ? s.trim() : null);
const row = (d: TicketDetail) => ({ id: d.id, version: d.version });

/** First response to a complaint: the investigation starts; the note is what the client was told. */
function StartInvestigation({ detail, onClose }: DialogProps) {
  const { t } = useTranslation();
  const startInvestigation = useTicket((s) => s.startInvestigation);
  return (
    <FormModal<{ at: Dayjs; note: string }, TicketDetail>
      title={t('serviceDesk:moves.startInvestigation')}
      fields={['at', 'note']}
      name="startInvestigation"
      testId="move-form"
      initialValues={{ at: dayjs() }}
      run={(v) => startInvestigation({ ...row(detail), at: v.at.toISOString(), note: v.note.trim() })}
      successMessage={() => t('serviceDesk:moves.done.startInvestigation')}
      onClose={onClose}
    >
      <StepAtField notBefore={detail.receivedAt} label={t('serviceDesk:fields.firstResponseAt')} />
      <Form.Item
        name="note"
        label={t('serviceDesk:fields.firstResponseNote')}
        extra={t('serviceDesk:moves.firstResponseHint')}
        rules={required(t)}
      >
        <Input.TextArea rows={3} maxLength={LIMITS.text} autoFocus />
      </Form.Item>
    </FormModal>
  );
}

interface InvestigationValues {
  at?: Dayjs;
  findings?: string;
  rootCause?: string;
  responsibleDept?: string | null;
  solution?: string;
}

/** The investigation's four fields; all required to move on to resolving. */
function InvestigationFields({ detail, mandatory }: { detail: TicketDetail; mandatory: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const settings = useServiceSettings();
  const rules = mandatory ? required(t) : [];
  return (
    <>
      <Form.Item name="findings" label={t('serviceDesk:fields.findings')} rules={rules}>
        <Input.TextArea rows={3} maxLength={LIMITS.longText} autoFocus />
      </Form.Item>
      <Row gutter={12}>
        <Col span={14}>
          <Form.Item name="rootCause" label={t('serviceDesk:fields.rootCause')} rules={rules}>
            <Input maxLength={LIMITS.text} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item
            name="responsibleDept"
            label={t('serviceDesk:fields.responsibleDept')}
            rules={mandatory ? [{ required: true, message: t('validation:required') }] : []}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={entryOptions(settings?.serviceDepartments, locale, detail.responsibleDept)}
              data-testid="responsible-dept"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="solution" label={t('serviceDesk:fields.solution')} rules={rules}>
        <Input.TextArea rows={3} maxLength={LIMITS.longText} />
      </Form.Item>
    </>
  );
}

const investigationOf = (d: TicketDetail): InvestigationValues => ({
  findings: d.findings ?? undefined,
  rootCause: d.rootCause ?? undefined,
  responsibleDept: d.responsibleDept,
  solution: d.solution ?? undefined,
});
const investigationInput = (v: InvestigationValues) => ({
  findings: text(v.findings),
  rootCause: text(v.rootCause),
  responsibleDept: v.responsibleDept ?? null,
  solution: text(v.solution),
});
const INVESTIGATION_FIELDS = ['findings', 'rootCause', 'responsibleDept', 'solution'];

/** Saves what the investigation has found so far (any of the fields, while investigating). */
function SaveInvestigation({ detail, onClose }: DialogProps) {
  const { t } = useTranslation();
  const saveInvestigation = useTicket((s) => s.saveInvestigation);
  return (
    <FormModal<InvestigationValues, TicketDetail>
      title={t('serviceDesk:moves.saveInvestigation')}
      fields={INVESTIGATION_FIELDS}
      name="investigation"
      testId="move-form"
      width={640}
      initialValues={investigationOf(detail)}
      run={(v) => saveInvestigation({ ...row(detail), ...investigationInput(v) })}
      successMessage={() => t('serviceDesk:moves.done.saveInvestigation')}
      onClose={onClose}
    >
      <InvestigationFields detail={detail} mandatory={false} />
    </FormModal>
  );
}

/** The investigation is complete (findings, root cause, responsible department, solution): resolving starts. */
function StartResolving({ detail, onClose }: DialogProps) {
  const { t } = useTranslation();
  const startResolving = useTicket((s) => s.startResolving);
  return (
    <FormModal<InvestigationValues, TicketDetail>
      title={t('serviceDesk:moves.startResolving')}
      fields={['at', ...INVESTIGATION_FIELDS]}
      name="startResolving"
      testId="move-form"
      width={640}
      initialValues={{ ...investigationOf(detail), at: dayjs() }}
      run={(v) =>
        startResolving({ ...row(detail), at: (v.at ?? dayjs()).toISOString(), ...investigationInput(v) })
      }
      successMessage={() => t('serviceDesk:moves.done.startResolving')}
      onClose={onClose}
    >
      <InvestigationFields detail={detail} mandatory />
      <StepAtField notBefore={detail.receivedAt} />
    </FormModal>
  );
}

/** Every action is done: the complaint is resolved and waits for the feedback visit. */
function Resolve({ detail, onClose }: DialogProps) {
  const { t } = useTranslation();
  const resolve = useTicket((s) => s.resolve);
  return (
    <FormModal<{ at: Dayjs; summary: string }, TicketDetail>
      title={t('serviceDesk:moves.resolve')}
      fields={['at', 'summary']}
      name="resolve"
      testId="move-form"
      initialValues={{ at: dayjs() }}
      run={(v) => resolve({ ...row(detail), at: v.at.toISOString(), summary: v.summary.trim() })}
      successMessage={() => t('serviceDesk:moves.done.resolve')}
      onClose={onClose}
    >
      <Form.Item name="summary" label={t('serviceDesk:fields.resolutionSummary')} rules={required(t)}>
        <Input.TextArea rows={4} maxLength={LIMITS.text} autoFocus />
      </Form.Item>
      <StepAtField notBefore={detail.receivedAt} label={t('serviceDesk:fields.resolvedAt')} />
    </FormModal>
  );
}

/** An inquiry answered: its answer and when it was given. */
function Answer({ detail, onClose }: DialogProps) {
  const { t } = useTranslation();
  const answer = useTicket((s) => s.answer);
  return (
    <FormModal<{ at: Dayjs; answer: string }, TicketDetail>
      title={t('serviceDesk:moves.answer')}
      fields={['at', 'answer']}
      name="answer"
      testId="move-form"
      width={640}
      initialValues={{ at: dayjs(), answer: detail.answer ?? undefined }}
      run={(v) => answer({ ...row(detail), at: v.at.toISOString(), answer: v.answer.trim() })}
      successMessage={() => t('serviceDesk:moves.done.answer')}
      onClose={onClose}
    >
      <Form.Item name="answer" label={t('serviceDesk:fields.answer')} rules={required(t)}>
        <Input.TextArea rows={5} maxLength={LIMITS.longText} autoFocus />
      </Form.Item>
      <StepAtField notBefore={detail.receivedAt} label={t('serviceDesk:fields.answeredAt')} />
    </FormModal>
  );
}

interface CloseValues {
  at: Dayjs;
  feedbackMethod?: FeedbackMethod;
  feedbackAt?: Dayjs;
  clientSatisfied?: boolean;
  satisfactionScore?: number;
  feedbackNote?: string;
}

/**
 * Closing. A complaint after its feedback visit (回访): how and when the client was told, satisfied or not,
 * a score 1–5 — all four required (main says which is missing). An answered inquiry closes as it is.
 */
function Close({ detail, onClose }: DialogProps) {
  const { t } = useTranslation();
  const close = useTicket((s) => s.close);
  const complaint = detail.kind === 'complaint';
  const must = complaint ? [{ required: true, message: t('validation:required') }] : [];
  return (
    <FormModal<CloseValues, TicketDetail>
      title={t(complaint ? 'serviceDesk:moves.closeComplaint' : 'serviceDesk:moves.close')}
      fields={['at', 'feedbackMethod', 'feedbackAt', 'clientSatisfied', 'satisfactionScore', 'feedbackNote']}
      name="close"
      testId="move-form"
      width={complaint ? 640 : 520}
      initialValues={{ at: dayjs(), ...(complaint ? { feedbackAt: dayjs(), feedbackMethod: 'phone' } : {}) }}
      run={(v) =>
        close({
          ...row(detail),
          at: v.at.toISOString(),
          feedbackMethod: v.feedbackMethod ?? null,
          feedbackAt: v.feedbackAt ? v.feedbackAt.toISOString() : null,
          clientSatisfied: v.clientSatisfied ?? null,
          satisfactionScore: v.satisfactionScore || null,
          feedbackNote: text(v.feedbackNote),
        })
      }
      successMessage={() => t('serviceDesk:moves.done.close')}
      onClose={onClose}
    >
      {complaint && (
        <>
          <Row gutter={12}>
            <Col span={10}>
              <Form.Item name="feedbackMethod" label={t('serviceDesk:fields.feedbackMethod')} rules={must}>
                <Select
                  options={FEEDBACK_METHODS.map((m) => ({
                    value: m,
                    label: t(`service:feedbackMethod.${m}`),
                  }))}
                  data-testid="feedback-method"
                />
              </Form.Item>
            </Col>
            <Col span={14}>
              <StepAtField
                name="feedbackAt"
                notBefore={detail.receivedAt}
                label={t('serviceDesk:fields.feedbackAt')}
              />
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={10}>
              <Form.Item name="clientSatisfied" label={t('serviceDesk:fields.clientSatisfied')} rules={must}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: true, label: t('serviceDesk:satisfied.yes') },
                    { value: false, label: t('serviceDesk:satisfied.no') },
                  ]}
                  data-testid="client-satisfied"
                />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item
                name="satisfactionScore"
                label={t('serviceDesk:fields.satisfactionScore')}
                rules={must}
              >
                <Rate
                  count={5}
                  tooltips={[1, 2, 3, 4, 5].map((n) => t(`serviceDesk:score.${n}`))}
                  data-testid="satisfaction-score"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="feedbackNote" label={t('serviceDesk:fields.feedbackNote')}>
            <Input.TextArea rows={2} maxLength={LIMITS.text} />
          </Form.Item>
        </>
      )}
      <StepAtField notBefore={detail.receivedAt} label={t('serviceDesk:fields.closedAt')} />
    </FormModal>
  );
}

/** A closed ticket comes back: the reason is on the timeline; a new resolution deadline runs from now. */
function Reopen({ detail, onClose }: DialogProps) {
  const { t } = useTranslation();
  const reopen = useTicket((s) => s.reopen);
  return (
    <FormModal<{ reason: string }, TicketDetail>
      title={t('serviceDesk:moves.reopen')}
      fields={['reason']}
      name="reopen"
      testId="move-form"
      run={(v) => reopen({ ...row(detail), reason: v.reason.trim() })}
      successMessage={() => t('serviceDesk:moves.done.reopen')}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label={t('serviceDesk:fields.reopenReason')}
        extra={t('serviceDesk:moves.reopenHint')}
        rules={required(t)}
      >
        <Input.TextArea rows={3} maxLength={LIMITS.text} autoFocus />
      </Form.Item>
    </FormModal>
  );
}

/** An inquiry that turns out to be a complaint: same ticket and history, the complaint workflow from here. */
function Convert({ detail, onClose }: DialogProps) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const settings = useServiceSettings();
  const convert = useTicket((s) => s.convert);
  return (
    <FormModal<{ category: string; severity: TicketSeverity; reason: string }, TicketDetail>
      title={t('serviceDesk:moves.convert')}
      fields={['category', 'severity', 'reason']}
      name="convert"
      testId="move-form"
      initialValues={{ category: detail.category, severity: detail.severity }}
      run={(v) =>
        convert({ ...row(detail), category: v.category, severity: v.severity, reason: v.reason.trim() })
      }
      successMessage={() => t('serviceDesk:moves.done.convert')}
      onClose={onClose}
    >
      <Row gutter={12}>
        <Col span={12}>
          <CategoryField options={entryOptions(settings?.serviceCategories, locale, detail.category)} />
        </Col>
        <Col span={12}>
          <SeverityField block />
        </Col>
      </Row>
      <Form.Item
        name="reason"
        label={t('serviceDesk:fields.convertReason')}
        extra={t('serviceDesk:moves.convertHint')}
        rules={required(t)}
      >
        <Input.TextArea rows={3} maxLength={LIMITS.text} autoFocus />
      </Form.Item>
    </FormModal>
  );
}

/** Hands the ticket to another active staff member (their group takes it over). */
function Assign({ detail, onClose }: DialogProps) {
  const { t } = useTranslation();
  const handlers = useHandlers();
  const assign = useTicket((s) => s.assign);
  return (
    <FormModal<{ handlerId: string }, TicketDetail>
      title={t('serviceDesk:moves.assign')}
      fields={['handlerId']}
      name="assign"
      testId="move-form"
      initialValues={{ handlerId: detail.handlerId ?? undefined }}
      run={(v) => assign({ ...row(detail), handlerId: v.handlerId })}
      successMessage={(d) => t('serviceDesk:moves.done.assign', { name: d.handlerName ?? '' })}
      onClose={onClose}
    >
      <HandlerField options={handlers.map(staffOption)} autoFocus testId="assign-handler" />
    </FormModal>
  );
}

/** The dialog of one move, with the step's fields. */
export function StepForm({ dialog, detail, onClose }: DialogProps & { dialog: StepDialog }) {
  const props = { detail, onClose };
  switch (dialog) {
    case 'startInvestigation':
      return <StartInvestigation {...props} />;
    case 'saveInvestigation':
      return <SaveInvestigation {...props} />;
    case 'startResolving':
      return <StartResolving {...props} />;
    case 'resolve':
      return <Resolve {...props} />;
    case 'answer':
      return <Answer {...props} />;
    case 'close':
      return <Close {...props} />;
    case 'reopen':
      return <Reopen {...props} />;
    case 'convert':
      return <Convert {...props} />;
    case 'assign':
      return <Assign {...props} />;
  }
}
