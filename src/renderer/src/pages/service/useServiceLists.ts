import { useEffect } from 'react';
import type { OrgSettings } from '../../../../shared/settings/types';
import { useService } from '../../stores/serviceStore';
import { useSettings } from '../../stores/settingsStore';

/** The settings lists the desk's screens label and offer (categories, responsible departments), loaded once. */
export function useServiceSettings(): OrgSettings | undefined {
  const settings = useSettings((s) => s.record?.settings);
  const load = useSettings((s) => s.load);
  useEffect(() => {
    if (!settings) void load();
  }, [settings, load]);
  return settings;
}

/** Active staff, the people a ticket can be handed to. */
export function useHandlers() {
  const handlers = useService((s) => s.handlers);
  const load = useService((s) => s.loadHandlers);
  useEffect(() => {
    void load();
  }, [load]);
  return handlers;
}
