import { App, Card, Empty, Spin, Tag, Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Stage } from '../../../../shared/sales/stages';
import type { BoardColumn, Opportunity } from '../../../../shared/sales/types';
import { formatDate, formatMoneyFen } from '../../i18n/format';
import { useLocale } from '../../stores/localeStore';
import { useSales } from '../../stores/salesStore';
import { CloseModal } from './CloseModal';
import { refusalLines } from './refusal';
import { STAGE_COLOR } from './stageLook';

const DRAG_TYPE = 'application/x-opportunity';

/**
 * The board: one column per stage, a card per opportunity, dragged from one column to another (native drag
 * and drop). Main decides: a move that skips a required record comes back refused, and the board says what is
 * missing; won and lost ask for the closing day and the reason first.
 */
export function PipelineBoard({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const locale = useLocale((s) => s.locale);
  const navigate = useNavigate();
  const board = useSales((s) => s.board);
  const loading = useSales((s) => s.boardLoading);
  const move = useSales((s) => s.move);
  const [over, setOver] = useState<Stage | null>(null);
  const [closing, setClosing] = useState<{ o: Opportunity; to: 'won' | 'lost' } | null>(null);

  const cardOf = (id: string) => board?.columns.flatMap((c) => c.cards).find((o) => o.id === id) ?? null;

  async function drop(e: DragEvent, to: Stage) {
    e.preventDefault();
    setOver(null);
    const o = cardOf(e.dataTransfer.getData(DRAG_TYPE));
    if (!o || o.stage === to) return;
    if (to === 'won' || to === 'lost') return setClosing({ o, to });
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
        <div data-testid="move-refused">
          <Typography.Text strong>
            {o.code} · {o.title}
          </Typography.Text>
          {r.error.fields && (
            <Typography.Paragraph style={{ margin: '8px 0 4px' }}>
              {t('sales:board.missing')}
            </Typography.Paragraph>
          )}
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {refusalLines(t, r.error).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ),
      okText: t('sales:board.ok'),
    });
  }

  const column = (c: BoardColumn) => (
    <div
      key={c.stage}
      data-testid={`board-column-${c.stage}`}
      onDragOver={(e) => {
        if (!canWrite) return;
        e.preventDefault();
        if (over !== c.stage) setOver(c.stage);
      }}
      onDragLeave={() => setOver((s) => (s === c.stage ? null : s))}
      onDrop={(e) => void drop(e, c.stage)}
      style={{
        flex: '1 0 196px',
        display: 'flex',
        flexDirection: 'column',
        background:
          over === c.stage
            ? 'var(--ant-color-primary-bg, #e6f4ff)'
            : 'var(--ant-color-fill-quaternary, #fafafa)',
        border: `1px ${over === c.stage ? 'dashed #1677ff' : 'solid #f0f0f0'}`,
        borderRadius: 8,
        padding: 8,
        minHeight: 420,
      }}
    >
      <div style={{ padding: '2px 4px 8px' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Tag color={STAGE_COLOR[c.stage]} style={{ marginInlineEnd: 0 }}>
            {t(`sales:stage.${c.stage}`)}
          </Tag>
          <Typography.Text type="secondary">{t('sales:board.count', { count: c.count })}</Typography.Text>
        </div>
        <div style={{ fontSize: 12, color: 'rgba(0, 0, 0, 0.55)', lineHeight: 1.6 }}>
          <div>{formatMoneyFen(c.amountFen, locale)}</div>
          {c.stage !== 'won' && c.stage !== 'lost' && (
            <div>{t('sales:board.weighted', { amount: formatMoneyFen(c.weightedFen, locale) })}</div>
          )}
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        {c.cards.map((o) => (
          <Card
            key={o.id}
            size="small"
            hoverable
            draggable={canWrite}
            onDragStart={(e) => {
              e.dataTransfer.setData(DRAG_TYPE, o.id);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onClick={() => navigate(`/sales/opportunities/${o.id}`)}
            data-testid="board-card"
            data-code={o.code}
            styles={{ body: { padding: 10 } }}
          >
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.code}
            </Typography.Text>
            <div style={{ fontWeight: 500, lineHeight: 1.35, margin: '2px 0' }}>{o.title}</div>
            <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
              {o.clientName}
            </Typography.Text>
            <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 6, fontSize: 12 }}>
              <span>{o.expectedAmountFen === null ? '—' : formatMoneyFen(o.expectedAmountFen, locale)}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {o.stage === 'won' || o.stage === 'lost'
                  ? formatDate(o.closedOn, locale)
                  : o.expectedCloseOn
                    ? formatDate(o.expectedCloseOn, locale)
                    : `${o.probability}%`}
              </Typography.Text>
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.ownerName}
            </Typography.Text>
          </Card>
        ))}
        {c.count > c.cards.length && (
          <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
            {t('sales:board.more', { count: c.count - c.cards.length })}
          </Typography.Text>
        )}
        {c.count === 0 && canWrite && (
          <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center', padding: 16 }}>
            {t('sales:board.dropHere')}
          </Typography.Text>
        )}
      </div>
    </div>
  );

  if (!board) return <Spin style={{ display: 'block', margin: 48 }} />;
  const empty = board.columns.every((c) => c.count === 0);
  return (
    <Spin spinning={loading} delay={300}>
      {empty && <Empty description={t('sales:list.empty')} style={{ margin: '8px 0 16px' }} />}
      <div
        style={{ display: 'flex', gap: 12, overflowX: 'auto', paddingBottom: 8 }}
        data-testid="pipeline-board"
        data-loading={loading ? 'yes' : 'no'}
      >
        {board.columns.map(column)}
      </div>
      <CloseModal
        opportunity={closing?.o ?? null}
        to={closing?.to ?? 'won'}
        onClose={() => setClosing(null)}
      />
    </Spin>
  );
}
