import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useMarket } from '../../stores/marketStore';
import { ResearchFiles } from './ResearchFiles';

/** One research record: its particulars, its findings as written, its files. */
export function ResearchDetailPage() {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const detail = useMarket((s) => (s.researchDetail.id === id ? s.researchDetail.data : null));
  const error = useMarket((s) => (s.researchDetail.id === id ? s.researchDetail.error : null));
  const loadDetail = useMarket((s) => s.loadDetail);

  useEffect(() => {
    void loadDetail('researchDetail', id);
  }, [id, loadDetail]);

  if (error) return <Alert type="error" showIcon title={errorText(t, error)} />;
  if (!detail) return <Spin />;
  const r = detail.research;

  return (
    <div data-testid="research-detail-page">
      <PageHeader
        title={`${r.code} ${r.topic}`}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/sales/research')}>
              {t('market:detail.back')}
            </Button>
            {detail.mayEdit && (
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => navigate(`/sales/research/${r.id}/edit`)}
                data-testid="research-edit"
              >
                {t('market:detail.edit')}
              </Button>
            )}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="research-info">
          <Descriptions.Item label={t('market:fields.targetGroup')}>
            {r.targetGroup ?? t('market:detail.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('market:fields.conductedOn')}>
            {formatDate(r.conductedOn, locale)}
          </Descriptions.Item>
          <Descriptions.Item label={t('market:fields.owner')}>{r.ownerName}</Descriptions.Item>
        </Descriptions>
        {!detail.mayEdit && <Typography.Text type="secondary">{t('market:detail.readOnly')}</Typography.Text>}
      </Card>
      <Card title={t('market:fields.findings')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph
          style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
          data-testid="research-findings-text"
        >
          {r.findings ?? <Typography.Text type="secondary">{t('market:detail.noFindings')}</Typography.Text>}
        </Typography.Paragraph>
      </Card>
      <Card title={t('market:detail.files')}>
        <ResearchFiles researchId={r.id} files={detail.files} editable={detail.mayEdit} />
      </Card>
    </div>
  );
}
