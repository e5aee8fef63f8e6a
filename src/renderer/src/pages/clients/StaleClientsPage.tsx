import { ClientListPage } from './ClientListPage';

/** Files not updated for the set number of days (四(一)3), oldest first: the periodic update's work list. */
export default function StaleClientsPage() {
  return <ClientListPage listKey="stale" />;
}
