import type { kriChannels } from '../../../shared/kri/channels';
import { userContextOf, type Request } from '../../core/context';
import type { DomainHandlers } from '../../core/handlers';
import { exportKris } from './exportKris';
import { addReading, deleteReading, updateReading } from './readings';
import { createKri, deleteKri, getKriDetail, listKris, updateKri } from './service';

export const kriHandlers: DomainHandlers<keyof typeof kriChannels> = (deps) => {
  const ctx = (req: Request) => userContextOf(deps, req);
  return {
    'kri.list': (input, req) => listKris(ctx(req), input),
    'kri.get': (input, req) => getKriDetail(ctx(req), input.id),
    'kri.create': (input, req) => createKri(ctx(req), input),
    'kri.update': ({ id, version, ...kri }, req) => updateKri(ctx(req), id, version, kri),
    'kri.delete': ({ id, version }, req) => deleteKri(ctx(req), id, version),
    'kri.addReading': ({ kriId, ...reading }, req) => addReading(ctx(req), kriId, reading),
    'kri.updateReading': ({ id, version, ...reading }, req) => updateReading(ctx(req), id, version, reading),
    'kri.deleteReading': ({ id, version }, req) => deleteReading(ctx(req), id, version),
    'kri.export': (input, req) => exportKris(ctx(req), input),
  };
};
