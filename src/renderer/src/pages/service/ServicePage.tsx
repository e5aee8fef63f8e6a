import { Route, Routes } from 'react-router-dom';
import { IntakePage } from './IntakePage';
import { TicketDetailPage } from './TicketDetailPage';
import { TicketListPage } from './TicketListPage';

/** /service: the desk's tickets; /service/new: registering a call; /service/:id: one ticket. */
export default function ServicePage() {
  return (
    <Routes>
      <Route index element={<TicketListPage />} />
      <Route path="new" element={<IntakePage />} />
      <Route path=":id" element={<TicketDetailPage />} />
    </Routes>
  );
}
