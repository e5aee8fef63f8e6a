import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../shared/contract/channels';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'bizops',
  buildBridge(CHANNEL_NAMES, (channel, input) => ipcRenderer.invoke(channel, input)),
);
