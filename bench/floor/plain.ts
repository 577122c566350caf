// The floor without a framework: the feed's sessions as a plain DOM list.
import { loadSessions, markRendered, type FloorSession } from './feed.ts';

function render(sessions: FloorSession[]): void {
  const list = document.createElement('ul');
  for (const session of sessions) {
    const item = document.createElement('li');
    item.dataset.sessionId = session.id;
    const title = document.createElement('h3');
    title.textContent = session.title;
    const start = document.createElement('time');
    start.textContent = session.start;
    item.append(title, start);
    list.append(item);
  }
  document.getElementById('root')?.append(list);
  markRendered();
}

void loadSessions().then(render);
