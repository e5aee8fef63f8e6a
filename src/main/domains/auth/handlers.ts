import type { authChannels } from '../../../shared/auth/channels';
import { contextOf } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { changePassword, login, logout, me, setup, setupStatus } from './service';

export const authHandlers: DomainHandlers<keyof typeof authChannels> = (deps) => ({
  'auth.setupStatus': (_input, req) => setupStatus(contextOf(deps, req)),
  'auth.setup': (input, req) => setup(contextOf(deps, req), req.session, input),
  'auth.login': (input, req) => login(contextOf(deps, req), req.session, input.username, input.password),
  'auth.logout': (_input, req) => logout(contextOf(deps, req), req.session),
  'auth.me': (_input, req) => me(req.session),
  'auth.changePassword': (input, req) =>
    changePassword(contextOf(deps, req), req.session, input.currentPassword, input.newPassword),
});
