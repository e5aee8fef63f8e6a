import { describe, expect, it } from 'vitest';
import { buildBridge } from '../../../src/preload/bridge';
import { CHANNEL_NAMES } from '../../../src/shared/contract/channels';
import { SHELL_CHANNELS } from '../../../src/shared/shell/channels';

function bridgeWithLog() {
  const sent: { channel: string; args: unknown[] }[] = [];
  const bridge = buildBridge(CHANNEL_NAMES, async (...args) => {
    const [channel, ...rest] = args;
    sent.push({ channel, args: rest });
    return channel === SHELL_CHANNELS.saveFile
      ? { saved: true, path: '/x.pdf' }
      : { ok: true, data: channel };
  });
  return { bridge, sent };
}

describe('preload bridge', () => {
  it('exposes the api and the shell, nothing else', () => {
    const { bridge } = bridgeWithLog();
    expect(Object.keys(bridge).sort()).toEqual(['api', 'shell']);
    expect(Object.keys(bridge.shell).sort()).toEqual(['openDataFolder', 'openFile', 'saveFile']);
  });

  it('has exactly one method per contract channel, each invoking its own channel with the one input', async () => {
    const { bridge, sent } = bridgeWithLog();
    expect(Object.keys(bridge.api).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const channel of CHANNEL_NAMES) {
      const call = bridge.api[channel] as (input: unknown) => Promise<unknown>;
      expect(await call({ probe: channel })).toEqual({ ok: true, data: channel });
    }
    expect(sent).toEqual(CHANNEL_NAMES.map((channel) => ({ channel, args: [{ probe: channel }] })));
  });

  it('sends shell requests on the shell channels', async () => {
    const { bridge, sent } = bridgeWithLog();
    const file = { fileName: 'a.pdf', mime: 'application/pdf', bytes: new Uint8Array([1]) };
    expect(await bridge.shell.saveFile(file)).toEqual({ saved: true, path: '/x.pdf' });
    expect(await bridge.shell.openDataFolder()).toBeUndefined();
    await bridge.shell.openFile(file);
    expect(sent).toEqual([
      { channel: 'shell:saveFile', args: [file] },
      { channel: 'shell:openDataFolder', args: [] },
      { channel: 'shell:openFile', args: [file] },
    ]);
  });
});
