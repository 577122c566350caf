// The floor with the app's framework: the same list rendered by React 19
// (createElement, so this file needs no JSX set-up), with the chip and the
// search box as React state, filtered in render.
import { createElement as h, useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { loadSessions, markRendered, matching, type FloorSession } from './feed.ts';

function SessionList({ sessions }: { sessions: FloorSession[] }) {
  useLayoutEffect(markRendered, []);
  const [chinese, setChinese] = useState(false);
  const [q, setQ] = useState('');
  return h(
    'main',
    null,
    h(
      'div',
      { role: 'group', 'aria-label': 'Language' },
      h('button', { type: 'button', 'aria-pressed': chinese, onClick: () => setChinese(!chinese) }, 'Chinese'),
    ),
    h('input', {
      type: 'search',
      'aria-label': 'Search',
      value: q,
      onChange: (event: { target: { value: string } }) => setQ(event.target.value),
    }),
    h(
      'ul',
      null,
      sessions
        .filter(matching({ chinese, q }))
        .map((session) =>
          h('li', { key: session.id, 'data-session-id': session.id }, h('h3', null, session.title), h('time', null, session.start)),
        ),
    ),
  );
}

const root = document.getElementById('root');
void loadSessions().then((sessions) => root && createRoot(root).render(h(SessionList, { sessions })));
