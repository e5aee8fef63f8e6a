import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Badge, Dropdown, Layout, Menu, Modal, Spin, Typography } from 'antd';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { roleMay } from '../../../shared/contract/permissions';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ChangePasswordForm } from '../pages/auth/ChangePasswordForm';
import { useSession } from '../stores/sessionStore';
import { useTodo } from '../stores/todoStore';
import { NAV_AREAS, type NavEntry } from './navigation';

const { Sider, Header, Content } = Layout;

function useVisibleEntries(): NavEntry[] {
  const role = useSession((s) => s.user?.role);
  return useMemo(
    () =>
      NAV_AREAS.flatMap((a) => a.entries).filter(
        (e) => !e.permission || (role !== undefined && roleMay(role, e.permission)),
      ),
    [role],
  );
}

function SideMenu() {
  const { t } = useTranslation();
  const role = useSession((s) => s.user?.role);
  const navigate = useNavigate();
  const location = useLocation();
  // My to-do's overdue and due-today items, counted beside the entry that opens them.
  const urgent = useTodo((s) => s.list?.urgentByNavPath);
  const loadTodo = useTodo((s) => s.load);
  useEffect(() => {
    void loadTodo();
  }, [loadTodo]);
  const labelOf = (e: NavEntry) => {
    const count = urgent?.[e.path] ?? 0;
    if (!count) return t(e.label);
    return (
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
        {t(e.label)}
        <Badge
          count={count}
          size="small"
          title={t('todo:menuCount', { count })}
          data-testid={`nav-count-${e.key}`}
        />
      </span>
    );
  };
  const items = NAV_AREAS.map((area) => {
    const entries = area.entries.filter(
      (e) => !e.permission || (role !== undefined && roleMay(role, e.permission)),
    );
    const children = entries.map((e) => ({ key: e.path, icon: e.icon, label: labelOf(e) }));
    if (children.length === 0) return null;
    return area.label
      ? { type: 'group' as const, key: area.key, label: t(area.label), children }
      : children[0]!;
  }).filter((x) => x !== null);
  // The entry whose path is the longest whole-segment prefix of the location (/clients/… is Client files).
  const selected =
    NAV_AREAS.flatMap((a) => a.entries)
      .filter((e) => location.pathname === e.path || location.pathname.startsWith(`${e.path}/`))
      .sort((a, b) => b.path.length - a.path.length)[0]?.path ?? '/home';
  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[selected]}
      items={items}
      onClick={({ key }) => navigate(key)}
      style={{ borderInlineEnd: 0 }}
    />
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const logout = useSession((s) => s.logout);
  const { message } = App.useApp();
  const [changing, setChanging] = useState(false);
  if (!user) return null;
  return (
    <>
      <Modal
        open={changing}
        title={t('auth:changePassword.menu')}
        footer={null}
        onCancel={() => setChanging(false)}
        destroyOnHidden
      >
        <ChangePasswordForm
          onDone={() => {
            setChanging(false);
            message.success(t('auth:changePassword.done'));
          }}
        />
      </Modal>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <KeyOutlined />, label: t('auth:changePassword.menu') },
            { key: 'logout', icon: <LogoutOutlined />, label: t('auth:logout') },
          ],
          onClick: ({ key }) => {
            if (key === 'logout') void logout();
            if (key === 'password') setChanging(true);
          },
        }}
      >
        <span
          style={{ cursor: 'pointer', display: 'inline-flex', alignItems: 'center', gap: 8 }}
          data-testid="user-menu"
        >
          <Avatar size="small" icon={<UserOutlined />} />
          <span>
            {user.displayName}
            <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
              {t(`org:roles.${user.role}`)}
            </Typography.Text>
          </span>
        </span>
      </Dropdown>
    </>
  );
}

function Frame() {
  const { t } = useTranslation();
  const departmentName = useSession((s) => s.departmentName);
  const entries = useVisibleEntries();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={216} breakpoint="lg" collapsedWidth={64}>
        <div
          style={{ color: '#fff', padding: '18px 20px 10px', fontWeight: 700, fontSize: 16, lineHeight: 1.3 }}
        >
          {t('common:appName')}
          <div style={{ fontWeight: 400, fontSize: 12, opacity: 0.7 }}>{departmentName}</div>
        </div>
        <SideMenu />
      </Sider>
      <Layout>
        <Header
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            gap: 20,
            borderBottom: '1px solid #e6e9ef',
          }}
        >
          <LanguageSwitch />
          <UserMenu />
        </Header>
        <Content style={{ padding: 20 }}>
          <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
            <Routes>
              {entries.map((e) => (
                <Route key={e.key} path={`${e.path}/*`} element={<e.page />} />
              ))}
              <Route path="*" element={<Navigate to="/home" replace />} />
            </Routes>
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}

export default function Shell() {
  return (
    <HashRouter>
      <Frame />
    </HashRouter>
  );
}
