import type { ThemeConfig } from 'antd';

/**
 * Zero-runtime styles: antd's component CSS comes prebuilt (antd/dist/antd.css) instead of being generated in
 * the browser on first render — that generation was most of the time before the login screen appeared.
 * The theme's tokens still apply, as CSS variables.
 */
export const theme: ThemeConfig = {
  zeroRuntime: true,
  token: {
    colorPrimary: '#1f5fbf',
    borderRadius: 6,
    fontFamily: "'Noto Sans SC', -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  },
  components: {
    Layout: { siderBg: '#0f2747', headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px' },
    Menu: { darkItemBg: '#0f2747', darkSubMenuItemBg: '#0b1f3a', darkItemSelectedBg: '#1f5fbf' },
  },
};
