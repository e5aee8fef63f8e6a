import { startApp } from './electron/app';

startApp();
