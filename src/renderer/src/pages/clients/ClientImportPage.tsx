import { DownloadOutlined, InboxOutlined, ReloadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Progress,
  Radio,
  Result as AntResult,
  Segmented,
  Space,
  Statistic,
  Steps,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type {
  ImportCellError,
  ImportColumn,
  ImportMode,
  ImportNormalisedSummary,
  ImportPreview,
  ImportRowFilter,
  ImportRowPreview,
  ImportRowResult,
} from '../../../../shared/clients/fileTypes';
import { IMPORT_MAX_BYTES, IMPORT_MODES } from '../../../../shared/clients/fileTypes';
import type { DuplicateReason } from '../../../../shared/clients/types';
import type { FieldError } from '../../../../shared/contract/errors';
import { errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { useSaveFile } from '../../components/useSaveFile';
import { formatBytes } from '../../i18n/format';
import {
  clientFiles,
  useClientFiles,
  type ImportRowsQuery,
  type ImportRowsState,
} from '../../stores/clientFilesStore';
import { useLocale } from '../../stores/localeStore';

function fieldErrorText(t: TFunction, e: FieldError): string {
  return t(e.key.replace(/^validation\./, 'validation:'), e.params ?? {});
}

/** A problem in words, with its column when it has one. */
function cellErrorText(t: TFunction, e: ImportCellError): string {
  return e.column
    ? t('clientFiles:page.cellError', {
        column: t(`clientFiles:columns.${e.column}`),
        error: fieldErrorText(t, e.error),
      })
    : fieldErrorText(t, e.error);
}

function reasonsText(t: TFunction, reasons: DuplicateReason[]): string {
  return reasons
    .map((r) => t(`clientFiles:import.duplicateReasons.${r}`))
    .join(t('clientFiles:import.listSeparator'));
}

/** One row's problems (red) and possible duplicates (orange), each on its own line. */
function RowProblems({ row }: { row: ImportRowPreview }) {
  const { t } = useTranslation();
  const errors = Object.entries(row.errors) as [ImportColumn, FieldError][];
  return (
    <Space orientation="vertical" size={2} data-testid={`import-row-${row.rowNumber}`}>
      {errors.map(([column, e]) => (
        <Typography.Text key={column} type="danger" data-testid="import-row-error">
          {t('clientFiles:page.cellError', {
            column: t(`clientFiles:columns.${column}`),
            error: fieldErrorText(t, e),
          })}
        </Typography.Text>
      ))}
      {row.duplicateOf?.clients.map((c) => (
        <Typography.Text key={c.clientId} type="warning" data-testid="import-row-duplicate">
          {t('clientFiles:import.duplicateOfClient', {
            code: c.code,
            name: c.name,
            reasons: reasonsText(t, c.reasons),
          })}
        </Typography.Text>
      ))}
      {row.duplicateOf?.rows.map((r) => (
        <Typography.Text key={r.rowNumber} type="warning" data-testid="import-row-duplicate">
          {t('clientFiles:import.duplicateOfRow', { row: r.rowNumber, reasons: reasonsText(t, r.reasons) })}
        </Typography.Text>
      ))}
      {row.normalised?.map((n) => (
        <Typography.Text key={n.column} type="secondary" data-testid="import-row-normalised">
          {t('clientFiles:page.normalisedCell', {
            column: t(`clientFiles:columns.${n.column}`),
            from: n.from,
            to: n.to,
          })}
        </Typography.Text>
      ))}
      {row.updateNote && (
        <Typography.Text type="warning" data-testid="import-row-update-note">
          {t(`clientFiles:import.${row.updateNote.reason}`, { code: row.updateNote.code })}
        </Typography.Text>
      )}
    </Space>
  );
}

/** The most frequent readings are listed; the rest are counted. */
const NORMALISED_SHOWN = 8;

/** Which cells were read as their official form (浙江 → 浙江省), so the user knows what will be stored. */
function NormalisedNote({ items }: { items: ImportNormalisedSummary[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('clientFiles:page.normalised')}
      description={
        <Space orientation="vertical" size={0}>
          {items.slice(0, NORMALISED_SHOWN).map((n) => (
            <span key={`${n.column}:${n.from}:${n.to}`}>
              {t('clientFiles:page.normalisedItem', { from: n.from, to: n.to, count: n.rows })}
            </span>
          ))}
          {items.length > NORMALISED_SHOWN && (
            <span>{t('clientFiles:page.normalisedMore', { n: items.length - NORMALISED_SHOWN })}</span>
          )}
        </Space>
      }
      data-testid="import-normalised"
    />
  );
}

/** The filters offered above the problem rows ('all' would list the valid rows too, which need no look). */
const PROBLEM_FILTERS = ['problems', 'invalid', 'duplicates'] as const satisfies readonly ImportRowFilter[];
type ProblemFilter = (typeof PROBLEM_FILTERS)[number];

const filterCount = (preview: ImportPreview, filter: ProblemFilter): number =>
  filter === 'problems' ? preview.problems : filter === 'invalid' ? preview.invalid : preview.duplicates;

/**
 * The rows with problems, a page at a time from main (a large file may have thousands), with a filter
 * for errors or possible duplicates only.
 */
function ProblemRows({
  preview,
  rows,
  load,
}: {
  preview: ImportPreview;
  rows: ImportRowsState;
  load: (query: ImportRowsQuery) => void;
}) {
  const { t } = useTranslation();
  const columns = [
    { title: t('clientFiles:page.row'), dataIndex: 'rowNumber', width: 80 },
    {
      title: t('clientFiles:columns.name'),
      key: 'name',
      width: 240,
      render: (_: unknown, r: ImportRowPreview) => r.values.name ?? '',
    },
    {
      title: t('clientFiles:page.problems'),
      key: 'problems',
      render: (_: unknown, r: ImportRowPreview) => <RowProblems row={r} />,
    },
  ];
  return (
    <div data-testid="import-problems">
      <Segmented<ImportRowFilter>
        value={rows.filter}
        onChange={(filter) => load({ filter })}
        options={PROBLEM_FILTERS.map((f) => ({
          value: f,
          label: t(`clientFiles:page.rowsFilter.${f}`, { count: filterCount(preview, f) }),
        }))}
        style={{ marginBottom: 12 }}
        data-testid="import-rows-filter"
      />
      {rows.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={errorText(t, rows.error)}
          data-testid="import-rows-error"
        />
      )}
      <Table<ImportRowPreview>
        scroll={{ x: 'max-content' }}
        rowKey="rowNumber"
        size="small"
        columns={columns}
        dataSource={rows.data?.rows ?? []}
        loading={rows.loading}
        pagination={{
          current: rows.page,
          pageSize: rows.pageSize,
          total: rows.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total, [from, to]) => t('clientFiles:page.rowsTotal', { from, to, total }),
          onChange: (page, pageSize) => load({ page, pageSize }),
        }}
      />
    </div>
  );
}

/** Excel import of client files: template, preview, duplicates mode, commit, report. */
export default function ClientImportPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const s = useClientFiles();
  const { previewImport, resetImport, loadImportRows } = s;
  const templateSaver = useSaveFile();
  const reportSaver = useSaveFile();
  const [mode, setMode] = useState<ImportMode>('skip');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [tooLarge, setTooLarge] = useState<string | null>(null);

  // A fresh page starts a fresh import.
  useEffect(() => {
    resetImport();
  }, [resetImport]);

  const preview = s.preview;
  const step = s.result ? 2 : preview ? 1 : 0;
  const blocked = !!preview && preview.invalid > 0 && !skipInvalid;

  async function pick(file: File): Promise<void> {
    setTooLarge(null);
    if (file.size > IMPORT_MAX_BYTES) {
      setTooLarge(
        t('clientFiles:page.tooLarge', {
          size: formatBytes(file.size, locale),
          max: formatBytes(IMPORT_MAX_BYTES, locale),
        }),
      );
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    setSkipInvalid(false);
    await previewImport(file.name, bytes);
  }

  const resultColumns = [
    { title: t('clientFiles:page.row'), dataIndex: 'rowNumber', width: 80 },
    { title: t('clientFiles:columns.name'), dataIndex: 'name', width: 240 },
    {
      title: t('clientFiles:page.outcome'),
      key: 'outcome',
      width: 120,
      render: (_: unknown, r: ImportRowResult) => (
        <Tag color={r.outcome === 'failed' ? 'red' : r.outcome === 'skipped' ? 'orange' : 'green'}>
          {t(`clientFiles:import.outcomes.${r.outcome}`)}
        </Tag>
      ),
    },
    {
      title: t('clientFiles:page.reason'),
      key: 'reason',
      // The reason, then every problem of the row on a line of its own.
      render: (_: unknown, r: ImportRowResult) => (
        <Space orientation="vertical" size={2} data-testid={`import-result-${r.rowNumber}`}>
          {r.reason && <span>{t(`clientFiles:import.reasons.${r.reason}`)}</span>}
          {r.errors?.map((e, i) => (
            <Typography.Text key={i} type="danger" data-testid="import-result-error">
              {cellErrorText(t, e)}
            </Typography.Text>
          ))}
        </Space>
      ),
    },
  ];

  const result = s.result;
  return (
    <div data-testid="clients-import-page">
      <PageHeader
        title={t('clientFiles:page.title')}
        intro={t('clientFiles:page.intro')}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              loading={templateSaver.busy}
              onClick={() => void templateSaver.produceAndSave(() => clientFiles.importTemplate(locale))}
              data-testid="import-template"
            >
              {t('clientFiles:page.template')}
            </Button>
            <Button icon={<UnorderedListOutlined />} onClick={() => navigate('/clients')}>
              {t('clientFiles:page.toList')}
            </Button>
          </>
        }
      />
      <Card>
        <Steps
          current={step}
          style={{ marginBottom: 24 }}
          items={[
            { title: t('clientFiles:page.steps.choose') },
            { title: t('clientFiles:page.steps.preview') },
            { title: t('clientFiles:page.steps.done') },
          ]}
        />

        {step < 2 && !s.committing && (
          <Upload.Dragger
            accept=".xlsx"
            multiple={false}
            showUploadList={false}
            disabled={s.previewing}
            beforeUpload={(file) => {
              void pick(file);
              return false;
            }}
            data-testid="import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">
              {t(preview ? 'clientFiles:page.chooseAnother' : 'clientFiles:page.choose')}
            </p>
            <p className="ant-upload-hint">
              {t('clientFiles:page.chooseHint', { max: formatBytes(IMPORT_MAX_BYTES, locale) })}
            </p>
          </Upload.Dragger>
        )}
        {s.previewing && (
          <Alert type="info" showIcon style={{ marginTop: 16 }} title={t('clientFiles:page.reading')} />
        )}
        {tooLarge && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 16 }}
            title={tooLarge}
            data-testid="import-error"
          />
        )}
        {s.previewError && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 16 }}
            title={errorText(t, s.previewError)}
            data-testid="import-error"
          />
        )}

        {preview && !result && (
          <div style={{ marginTop: 24 }} data-testid="import-preview">
            <Typography.Title level={5}>
              {t('clientFiles:page.previewOf', { file: preview.fileName, sheet: preview.sheetName })}
            </Typography.Title>
            <Space size={48} style={{ marginBottom: 16 }} wrap>
              <Statistic title={t('clientFiles:page.summary.total')} value={preview.total} />
              <Statistic title={t('clientFiles:page.summary.valid')} value={preview.valid} />
              <Statistic
                title={t('clientFiles:page.summary.invalid')}
                value={preview.invalid}
                styles={{ content: { color: preview.invalid ? '#cf1322' : undefined } }}
              />
              <Statistic
                title={t('clientFiles:page.summary.duplicates')}
                value={preview.duplicates}
                styles={{ content: { color: preview.duplicates ? '#d48806' : undefined } }}
              />
            </Space>
            {preview.ignoredHeaders.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title={t('clientFiles:page.ignoredHeaders', {
                  headers: preview.ignoredHeaders.join(t('clientFiles:import.listSeparator')),
                })}
              />
            )}
            {preview.normalised.length > 0 && <NormalisedNote items={preview.normalised} />}
            {preview.problems > 0 ? (
              <ProblemRows
                preview={preview}
                rows={s.importRows}
                load={(query) => void loadImportRows(query)}
              />
            ) : (
              <Alert type="success" showIcon title={t('clientFiles:page.allValid')} />
            )}

            <div style={{ marginTop: 24 }}>
              <Typography.Title level={5}>{t('clientFiles:page.modeTitle')}</Typography.Title>
              <Radio.Group
                value={mode}
                onChange={(e) => setMode(e.target.value as ImportMode)}
                disabled={s.committing}
                data-testid="import-mode"
              >
                <Space orientation="vertical">
                  {IMPORT_MODES.map((m) => (
                    <Radio key={m} value={m} data-testid={`import-mode-${m}`}>
                      {t(`clientFiles:import.modes.${m}`)}
                      <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                        {t(`clientFiles:page.modeHints.${m}`)}
                      </Typography.Text>
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
              {preview.invalid > 0 && (
                <div style={{ marginTop: 12 }}>
                  <Checkbox
                    checked={skipInvalid}
                    disabled={s.committing}
                    onChange={(e) => setSkipInvalid(e.target.checked)}
                    data-testid="import-skip-invalid"
                  >
                    {t('clientFiles:page.skipInvalid', { count: preview.invalid })}
                  </Checkbox>
                </div>
              )}
            </div>

            {s.committing && s.progress && (
              <Progress
                style={{ marginTop: 16 }}
                percent={s.progress.total ? Math.floor((s.progress.done / s.progress.total) * 100) : 0}
                status="active"
                data-testid="import-progress"
              />
            )}
            {s.commitError && (
              <Alert
                type="error"
                showIcon
                style={{ marginTop: 16 }}
                title={errorText(t, s.commitError)}
                data-testid="import-error"
              />
            )}
            <Space style={{ marginTop: 16 }}>
              <Button
                type="primary"
                disabled={blocked || preview.total === 0}
                loading={s.committing}
                onClick={() => void s.commitImport(mode, skipInvalid)}
                data-testid="import-commit"
              >
                {t('clientFiles:page.commit')}
              </Button>
              <Button
                icon={<DownloadOutlined />}
                loading={reportSaver.busy}
                disabled={s.committing || preview.problems === 0}
                onClick={() =>
                  void reportSaver.produceAndSave(() => clientFiles.importReport(preview.jobId, locale))
                }
                data-testid="import-problems-report"
              >
                {t('clientFiles:page.problemsReport')}
              </Button>
              {blocked && <Typography.Text type="danger">{t('clientFiles:page.blocked')}</Typography.Text>}
            </Space>
          </div>
        )}

        {preview && result && (
          <div data-testid="import-result">
            <AntResult
              status={result.committed ? (result.failed ? 'warning' : 'success') : 'error'}
              title={t(result.committed ? 'clientFiles:page.doneTitle' : 'clientFiles:page.rolledBackTitle')}
              subTitle={result.error ? errorText(t, result.error) : undefined}
              extra={[
                <Button
                  key="report"
                  type="primary"
                  icon={<DownloadOutlined />}
                  loading={reportSaver.busy}
                  onClick={() =>
                    void reportSaver.produceAndSave(() => clientFiles.importReport(preview.jobId, locale))
                  }
                  data-testid="import-report"
                >
                  {t('clientFiles:page.report')}
                </Button>,
                <Button key="again" icon={<ReloadOutlined />} onClick={resetImport}>
                  {t('clientFiles:page.again')}
                </Button>,
                <Button key="list" onClick={() => navigate('/clients')}>
                  {t('clientFiles:page.toList')}
                </Button>,
              ]}
            />
            <Space size={48} style={{ marginBottom: 16 }} wrap data-testid="import-counts">
              <Statistic title={t('clientFiles:import.outcomes.created')} value={result.created} />
              <Statistic title={t('clientFiles:import.outcomes.updated')} value={result.updated} />
              <Statistic title={t('clientFiles:import.outcomes.skipped')} value={result.skipped} />
              <Statistic title={t('clientFiles:import.outcomes.failed')} value={result.failed} />
            </Space>
            {result.problems.length > 0 && (
              <Table<ImportRowResult>
                scroll={{ x: 'max-content' }}
                rowKey="rowNumber"
                size="small"
                columns={resultColumns}
                dataSource={result.problems}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
              />
            )}
          </div>
        )}
      </Card>
    </div>
  );
}
