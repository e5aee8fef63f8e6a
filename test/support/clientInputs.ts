import type { Client } from '../../src/shared/clients/types';

/** The clients.update input that writes a file back as it is (tests change one field on top). */
export const clientUpdateInput = (c: Client) => ({
  id: c.id,
  version: c.version,
  type: c.type,
  name: c.name,
  creditCode: c.creditCode,
  industry: c.industry,
  province: c.province,
  city: c.city,
  address: c.address,
  source: c.source,
  tier: c.tier,
  ownerId: c.ownerId,
  tags: c.tags,
  notes: c.notes,
});
