import { Route, Routes } from 'react-router-dom';
import { LeadFormPage } from './LeadFormPage';
import { OpportunityDetailPage } from './OpportunityDetailPage';
import { PipelinePage } from './PipelinePage';

/** /sales/opportunities: the board and the list; /new: a new lead (?activity= its source); /:id one opportunity. */
export default function OpportunitiesPage() {
  return (
    <Routes>
      <Route index element={<PipelinePage />} />
      <Route path="new" element={<LeadFormPage />} />
      <Route path=":id" element={<OpportunityDetailPage />} />
    </Routes>
  );
}
