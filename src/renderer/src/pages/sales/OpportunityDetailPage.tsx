import { ArrowLeftOutlined, DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Dropdown,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Steps,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import type dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { LIMITS } from '../../../../shared/contract/limits';
import { OPEN_STAGES, STAGES, type Stage } from '../../../../shared/sales/stages';
import type { Opportunity, OpportunityDetail } from '../../../../shared/sales/types';
import { listEntryName } from '../../../../shared/settings/lists';
import { errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit } from '../../components/useFormSubmit';
import { usePermission } from '../../components/usePermission';
import { useSaveFile } from '../../components/useSaveFile';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatMoneyFen,
  fromDayjs,
  toDayjs,
} from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useSales, type PersonOption } from '../../stores/salesStore';
import { CloseModal } from './CloseModal';
import { refusalLines } from './refusal';
import { STAGE_COLOR, toFen, toYuan } from './stageLook';
import { StageRecordsForm } from './StageRecordsForm';

interface Values {
  title: string;
  expectedAmountYuan: number | null;
  probability: number | null;
  expectedCloseOn: dayjs.Dayjs | null;
  nextStep: string | null;
  nextStepOn: dayjs.Dayjs | null;
  ratings: Record<string, number | null>;
  needs: string | null;
  proposal: string | null;
  visitInvitedOn: dayjs.Dayjs | null;
  visitHeldOn: dayjs.Dayjs | null;
  visitNotes: string | null;
  negotiationNotes: string | null;
}

const FIELDS = [
  'title',
  'expectedAmountFen',
  'probability',
  'expectedCloseOn',
  'nextStep',
  'nextStepOn',
  'screening',
  'needs',
  'proposal',
  'visitInvitedOn',
  'visitHeldOn',
  'visitNotes',
  'negotiationNotes',
];

const valuesOf = (o: Opportunity): Values => ({
  title: o.title,
  expectedAmountYuan: toYuan(o.expectedAmountFen),
  probability: o.probabilityOverride,
  expectedCloseOn: toDayjs(o.expectedCloseOn),
  nextStep: o.nextStep,
  nextStepOn: toDayjs(o.nextStepOn),
  ratings: Object.fromEntries(o.screening.map((r) => [r.key, r.rating])),
  needs: o.needs,
  proposal: o.proposal,
  visitInvitedOn: toDayjs(o.visitInvitedOn),
  visitHeldOn: toDayjs(o.visitHeldOn),
  visitNotes: o.visitNotes,
  negotiationNotes: o.negotiationNotes,
});

const blankToNull = (s: string | null | undefined) => (s && s.trim() ? s : null);

/** One opportunity: where it stands, its details and stage records (one form), its files and its moves. */
export function OpportunityDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const detail = useSales((s) => s.detail);
  const error = useSales((s) => s.detailError);
  const loadDetail = useSales((s) => s.loadDetail);
  const loadSettings = useSales((s) => s.loadSettings);
  const navigate = useNavigate();

  useEffect(() => {
    void loadDetail(id);
    void loadSettings();
  }, [id, loadDetail, loadSettings]);

  if (error)
    return (
      <Result
        status="404"
        title={errorText(t, error)}
        extra={<Button onClick={() => navigate('/sales/opportunities')}>{t('sales:detail.back')}</Button>}
      />
    );
  if (!detail || detail.opportunity.id !== id) return <Spin style={{ display: 'block', margin: 48 }} />;
  return <DetailView detail={detail} />;
}

function DetailView({ detail }: { detail: OpportunityDetail }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const locale = useLocale((s) => s.locale);
  const settings = useSales((s) => s.settings);
  const update = useSales((s) => s.update);
  const move = useSales((s) => s.move);
  const reopen = useSales((s) => s.reopen);
  const assign = useSales((s) => s.assign);
  const addFile = useSales((s) => s.addFile);
  const deleteFile = useSales((s) => s.deleteFile);
  const openFile = useSales((s) => s.openFile);
  const people = useSales((s) => s.people);
  const canAssign = usePermission('sales.assign');
  const saver = useSaveFile();
  const o = detail.opportunity;
  const [form] = Form.useForm<Values>();
  const ratings = Form.useWatch('ratings', form);
  const [closing, setClosing] = useState<'won' | 'lost' | null>(null);
  const [handing, setHanding] = useState<PersonOption[] | null>(null);
  const [newOwner, setNewOwner] = useState<string | null>(null);
  const { busy, submit } = useFormSubmit(form, FIELDS, () => message.success(t('sales:detail.saved')));

  useEffect(() => {
    form.setFieldsValue(valuesOf(o));
  }, [o, form]);

  const scorecard = settings?.salesScorecard ?? [];
  const open = o.stage !== 'won' && o.stage !== 'lost';
  const index = OPEN_STAGES.indexOf(o.stage as (typeof OPEN_STAGES)[number]);
  const nextStage: Stage | null = open ? (STAGES[index + 1] ?? null) : null;

  function save(v: Values) {
    void submit(() =>
      update({
        id: o.id,
        version: o.version,
        title: v.title,
        expectedAmountFen: toFen(v.expectedAmountYuan),
        probability: v.probability ?? null,
        expectedCloseOn: fromDayjs(v.expectedCloseOn),
        nextStep: blankToNull(v.nextStep),
        nextStepOn: fromDayjs(v.nextStepOn),
        sourceActivityId: o.sourceActivityId,
        screening: scorecard.flatMap((c) => {
          const r = v.ratings?.[c.key];
          return typeof r === 'number' ? [{ key: c.key, rating: r }] : [];
        }),
        needs: blankToNull(v.needs),
        proposal: blankToNull(v.proposal),
        visitInvitedOn: fromDayjs(v.visitInvitedOn),
        visitHeldOn: fromDayjs(v.visitHeldOn),
        visitNotes: blankToNull(v.visitNotes),
        negotiationNotes: blankToNull(v.negotiationNotes),
      }),
    );
  }

  async function moveTo(to: Stage) {
    if (to === 'won' || to === 'lost') return setClosing(to);
    const r = await move({
      id: o.id,
      version: o.version,
      to,
      lostReason: null,
      lostNote: null,
      closedOn: null,
    });
    if (r.ok) return void message.success(t('sales:board.moved', { stage: t(`sales:stage.${to}`) }));
    modal.warning({
      title: t('sales:board.refused', { stage: t(`sales:stage.${to}`) }),
      content: (
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="move-refused">
          {refusalLines(t, r.error).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ),
      okText: t('sales:board.ok'),
    });
  }

  const backStages = open ? OPEN_STAGES.slice(0, Math.max(0, index)) : [];
  const files = (
    <div style={{ marginBottom: 16 }} data-testid="proposal-files">
      <Typography.Text type="secondary">{t('sales:detail.files')}</Typography.Text>
      <List
        size="small"
        dataSource={detail.proposalFiles}
        locale={{ emptyText: t('sales:detail.noFiles') }}
        renderItem={(f) => (
          <List.Item
            actions={[
              <Button
                key="delete"
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('sales:detail.deleteFile')}
                onClick={() =>
                  void deleteFile(f.id).then((r) => !r.ok && message.error(errorText(t, r.error)))
                }
              />,
            ]}
          >
            <Button
              type="link"
              icon={<PaperClipOutlined />}
              onClick={() => void saver.produceAndSave(() => openFile(f.id))}
            >
              {f.fileName}
            </Button>
            <Typography.Text type="secondary">
              {formatBytes(f.sizeBytes, locale)} · {formatDateTime(f.createdAt, locale)}
            </Typography.Text>
          </List.Item>
        )}
      />
      <Upload
        showUploadList={false}
        beforeUpload={(file) => {
          void file.arrayBuffer().then(async (buf) => {
            const r = await addFile(o.id, file.name, new Uint8Array(buf));
            if (!r.ok)
              message.error(r.error.fields ? refusalLines(t, r.error).join('；') : errorText(t, r.error));
          });
          return false;
        }}
      >
        <Button size="small" icon={<UploadOutlined />}>
          {t('sales:detail.addFile')}
        </Button>
      </Upload>
    </div>
  );

  const stepItems = useMemo(
    () =>
      [...OPEN_STAGES, o.stage === 'lost' ? 'lost' : 'won'].map((s) => ({
        title: t(`sales:stage.${s}`),
      })),
    [o.stage, t],
  );
  const current = o.stage === 'won' || o.stage === 'lost' ? OPEN_STAGES.length : index;

  return (
    <div data-testid="opportunity-detail">
      <PageHeader
        title={`${o.code} · ${o.title}`}
        intro={
          <Space size={8} wrap>
            <Tag color={STAGE_COLOR[o.stage]} data-testid="opportunity-stage">
              {t(`sales:stage.${o.stage}`)}
            </Tag>
            <span>{o.clientName}</span>
            <span>· {o.ownerName}</span>
          </Space>
        }
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/sales/opportunities')}>
              {t('sales:detail.back')}
            </Button>
            {backStages.length > 0 && (
              <Dropdown
                menu={{
                  items: backStages.map((s) => ({ key: s, label: t(`sales:stage.${s}`) })),
                  onClick: ({ key }) => void moveTo(key as Stage),
                }}
              >
                <Button>{t('sales:detail.moveBack')}</Button>
              </Dropdown>
            )}
            {open && (
              <Button danger onClick={() => setClosing('lost')} data-testid="lose">
                {t('sales:detail.lose')}
              </Button>
            )}
            {open && nextStage !== 'won' && (
              <Button onClick={() => setClosing('won')} data-testid="win">
                {t('sales:detail.win')}
              </Button>
            )}
            {nextStage && (
              <Button type="primary" onClick={() => void moveTo(nextStage)} data-testid="move-next">
                {t('sales:detail.moveTo', { stage: t(`sales:stage.${nextStage}`) })}
              </Button>
            )}
            {detail.allowed.reopen && (
              <Button
                type="primary"
                onClick={() => void reopen(o).then((r) => !r.ok && message.error(errorText(t, r.error)))}
              >
                {t('sales:detail.reopen')}
              </Button>
            )}
            {canAssign && detail.allowed.assign && open && (
              <Button onClick={() => void people().then(setHanding)}>{t('sales:detail.assign')}</Button>
            )}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Steps
          size="small"
          current={current}
          status={o.stage === 'lost' ? 'error' : o.stage === 'won' ? 'finish' : 'process'}
          items={stepItems}
          data-testid="stage-steps"
        />
      </Card>
      {o.stage === 'lost' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('sales:detail.lostBecause', {
            reason: listEntryName(settings?.salesLostReasons ?? [], o.lostReason, locale),
          })}
          description={[o.lostNote, t('sales:detail.closed', { date: formatDate(o.closedOn, locale) })]
            .filter(Boolean)
            .join(' · ')}
        />
      )}
      {o.stage === 'won' && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('sales:detail.closed', { date: formatDate(o.closedOn, locale) })}
        />
      )}
      <Form<Values> form={form} layout="vertical" name="opportunity" onFinish={save}>
        <Row gutter={16}>
          <Col xs={24} lg={9}>
            <Card title={t('sales:detail.info')} size="small" style={{ marginBottom: 16 }}>
              <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
                <Descriptions.Item label={t('sales:field.client')}>
                  {t('sales:detail.client', { name: o.clientName, code: o.clientCode })}
                </Descriptions.Item>
                <Descriptions.Item label={t('sales:field.probability')}>
                  {o.probabilityOverride === null
                    ? t('sales:detail.probabilityStage', { pct: `${o.probability}%` })
                    : t('sales:detail.probabilityOwn', { pct: `${o.probability}%` })}
                </Descriptions.Item>
                <Descriptions.Item label={t('sales:field.weighted')}>
                  {formatMoneyFen(o.weightedFen, locale)}
                </Descriptions.Item>
                {o.sourceActivityTitle && (
                  <Descriptions.Item label={t('sales:field.sourceActivity')}>
                    {o.sourceActivityCode} · {o.sourceActivityTitle}
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('sales:field.createdAt')}>
                  {formatDateTime(o.createdAt, locale)}
                </Descriptions.Item>
              </Descriptions>
              <Form.Item
                name="title"
                label={t('sales:field.title')}
                rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
              >
                <Input maxLength={LIMITS.shortText} />
              </Form.Item>
              <Row gutter={12}>
                <Col span={14}>
                  <Form.Item name="expectedAmountYuan" label={t('sales:form.amountYuan')}>
                    <InputNumber
                      min={0}
                      precision={2}
                      style={{ width: '100%' }}
                      data-testid="detail-amount"
                    />
                  </Form.Item>
                </Col>
                <Col span={10}>
                  <Form.Item name="probability" label={t('sales:field.probability')}>
                    <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="expectedCloseOn" label={t('sales:field.expectedCloseOn')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="nextStep" label={t('sales:field.nextStep')}>
                <Input maxLength={LIMITS.shortText} />
              </Form.Item>
              <Form.Item name="nextStepOn" label={t('sales:field.nextStepOn')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Card>
            <Card title={t('sales:detail.history')} size="small" style={{ marginBottom: 16 }}>
              <Timeline
                items={detail.stageChanges.map((c) => ({
                  color: c.toStage === 'won' ? 'green' : c.toStage === 'lost' ? 'red' : 'blue',
                  content: (
                    <>
                      <div>
                        {c.fromStage ? `${t(`sales:stage.${c.fromStage}`)} → ` : ''}
                        {t(`sales:stage.${c.toStage}`)}
                      </div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('sales:detail.changedBy', {
                          name: c.changedByName ?? '—',
                          time: formatDateTime(c.changedAt, locale),
                        })}
                      </Typography.Text>
                    </>
                  ),
                }))}
              />
            </Card>
          </Col>
          <Col xs={24} lg={15}>
            <Card title={t('sales:detail.records')} size="small" style={{ marginBottom: 16 }}>
              <StageRecordsForm
                scorecard={scorecard}
                minScore={settings?.salesKeyTargetMinScore ?? 0}
                ratings={ratings}
                files={files}
              />
            </Card>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="opportunity-save">
          {t('sales:detail.save')}
        </Button>
      </Form>
      <CloseModal opportunity={closing ? o : null} to={closing ?? 'won'} onClose={() => setClosing(null)} />
      <Modal
        open={handing !== null}
        title={t('sales:detail.assignTitle')}
        onCancel={() => setHanding(null)}
        okButtonProps={{ disabled: !newOwner }}
        onOk={() =>
          void assign(o, newOwner!).then((r) => {
            if (!r.ok)
              return void message.error(
                r.error.fields ? refusalLines(t, r.error).join('；') : errorText(t, r.error),
              );
            message.success(t('sales:detail.assigned'));
            setHanding(null);
          })
        }
      >
        <Select
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          value={newOwner}
          onChange={setNewOwner}
          options={(handing ?? [])
            .filter((p) => p.id !== o.ownerId)
            .map((p) => ({ value: p.id, label: p.name }))}
        />
      </Modal>
    </div>
  );
}
