// The floor with the app's framework: the same list rendered by React 19
// (createElement, so this file needs no JSX set-up).
import { createElement as h, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { loadSessions, markRendered, type FloorSession } from './feed.ts';

function SessionList({ sessions }: { sessions: FloorSession[] }) {
  useLayoutEffect(markRendered, []);
  return h(
    'ul',
    null,
    sessions.map((session) =>
      h('li', { key: session.id, 'data-session-id': session.id }, h('h3', null, session.title), h('time', null, session.start)),
    ),
  );
}

const root = document.getElementById('root');
void loadSessions().then((sessions) => root && createRoot(root).render(h(SessionList, { sessions })));
