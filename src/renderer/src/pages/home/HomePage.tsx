import { Col, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { roleMay } from '../../../../shared/contract/permissions';
import { useHome } from '../../stores/homeStore';
import { useSession } from '../../stores/sessionStore';
import { HOME_CARDS, type HomeCardDef } from './cards';

function Section({ title, cards }: { title: string; cards: HomeCardDef[] }) {
  if (cards.length === 0) return null;
  return (
    <>
      <Typography.Title level={5} style={{ margin: '8px 0 12px' }}>
        {title}
      </Typography.Title>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {cards.map((c) => (
          <Col key={c.key} xs={24} xl={c.span}>
            <c.card />
          </Col>
        ))}
      </Row>
    </>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const load = useHome((s) => s.load);
  // Home paints at once; its figures arrive in one call and fill the cards.
  useEffect(() => {
    void load();
  }, [load]);
  if (!user) return null;
  const visible = HOME_CARDS.filter((c) => c.permission === null || roleMay(user.role, c.permission));
  return (
    <div data-testid="home-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('home:greeting', { name: user.displayName })}
      </Typography.Title>
      <Section title={t('home:sections.tasks')} cards={visible.filter((c) => c.section === 'tasks')} />
      <Section title={t('home:sections.figures')} cards={visible.filter((c) => c.section === 'figures')} />
    </div>
  );
}
