import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { READY_STATUS, fakeMain, ok } from './fakeTransport';
import { renderApp } from './renderApp';
import { initialLocale } from '../../src/renderer/src/i18n';

describe('language switch', () => {
  it('switches every string at run time, remembers the choice, and switches back', async () => {
    fakeMain({
      'system.status': () => ok(READY_STATUS),
      'auth.setupStatus': () => ok({ needsSetup: false, departmentName: '业务部' }),
      'auth.me': () => ok(null),
    });
    renderApp('zh-CN');
    expect(await screen.findByRole('heading', { name: '登录' })).toBeInTheDocument();
    expect(screen.getByLabelText('用户名')).toBeInTheDocument();

    await userEvent.click(screen.getByText('English'));
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en-US');
    expect(localStorage.getItem('bizops.locale')).toBe('en-US');
    expect(initialLocale()).toBe('en-US');

    await userEvent.click(screen.getByText('中文'));
    await waitFor(() => expect(screen.getByRole('heading', { name: '登录' })).toBeInTheDocument());
    expect(localStorage.getItem('bizops.locale')).toBe('zh-CN');
  });

  it('defaults to the system language when nothing is saved', () => {
    localStorage.clear();
    const lang = Object.getOwnPropertyDescriptor(Navigator.prototype, 'language')!;
    Object.defineProperty(navigator, 'language', { value: 'en-GB', configurable: true });
    expect(initialLocale()).toBe('en-US');
    Object.defineProperty(navigator, 'language', { value: 'zh-TW', configurable: true });
    expect(initialLocale()).toBe('zh-CN');
    Object.defineProperty(Navigator.prototype, 'language', lang);
  });
});
