import type { authChannels } from '../../../shared/auth/channels';
import type { HandlersOf } from '../../core/handlers';
import type { Services } from '../../core/services';

export const authHandlers = (s: Services): HandlersOf<keyof typeof authChannels> => ({
  'auth.setupStatus': () => s.auth.setupStatus(),
  'auth.setup': (input, req) => s.auth.setup(input, req.session),
  'auth.login': (input, req) => s.auth.login(input.username, input.password, req.session),
  'auth.logout': (_input, req) => s.auth.logout(req.session, req.actor),
  'auth.me': (_input, req) => s.auth.me(req.session),
  'auth.changePassword': (input, req) =>
    s.auth.changePassword(req.session, input.currentPassword, input.newPassword, req.actor),
});
