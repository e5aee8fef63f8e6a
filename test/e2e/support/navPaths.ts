import { NAV_ITEMS, pageTestId } from '../../../src/renderer/src/app/navItems';

/** Every page of the left navigation with the test id its root carries, read from the navigation itself. */
export const NAV_PATHS = NAV_ITEMS.map((e) => ({ path: e.path, testId: pageTestId(e.key) }));
