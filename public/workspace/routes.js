import { awardPage } from './pages/award.js';
import { callPage } from './pages/call.js';
import { callsPage } from './pages/calls.js';
import { historyPage } from './pages/history.js';
import { holderPage } from './pages/holder.js';
import { holdersPage } from './pages/holders.js';
import { newCallPage } from './pages/new-call.js';
import { supervisionPage } from './pages/supervision.js';

/** Every bookmarkable address of the workspace, first match wins. */
export const ROUTES = [
  { pattern: /^\/app\/calls$/, page: callsPage },
  { pattern: /^\/app\/calls\/new$/, page: newCallPage },
  { pattern: /^\/app\/calls\/([^/]+)$/, page: callPage },
  { pattern: /^\/app\/holders$/, page: holdersPage },
  { pattern: /^\/app\/holders\/([^/]+)$/, page: holderPage },
  { pattern: /^\/app\/awards\/([^/]+)$/, page: awardPage },
  { pattern: /^\/app\/supervision\/(\d{4})$/, page: supervisionPage },
  { pattern: /^\/app\/history$/, page: historyPage },
];
