// The floor without a framework: the feed's sessions as a plain DOM list,
// filtered by the chip and the search box in the page (plain.html). Each
// session's element is made once; a filter puts back the ones that match.
import { loadSessions, markRendered, matching, type FloorFilter, type FloorSession } from './feed.ts';

function itemOf(session: FloorSession): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.sessionId = session.id;
  const title = document.createElement('h3');
  title.textContent = session.title;
  const start = document.createElement('time');
  start.textContent = session.start;
  item.append(title, start);
  return item;
}

function render(sessions: FloorSession[]): void {
  const items = sessions.map(itemOf);
  const list = document.createElement('ul');
  list.append(...items);
  document.getElementById('root')?.append(list);
  markRendered();

  const chip = document.getElementById('chinese');
  const search = document.getElementById('search');
  const filter: FloorFilter = { chinese: false, q: '' };
  const update = () => {
    const shows = matching(filter);
    list.replaceChildren(...items.filter((_, at) => shows(sessions[at] as FloorSession)));
  };
  chip?.addEventListener('click', () => {
    filter.chinese = !filter.chinese;
    chip.setAttribute('aria-pressed', String(filter.chinese));
    update();
  });
  search?.addEventListener('input', () => {
    filter.q = search instanceof HTMLInputElement ? search.value : '';
    update();
  });
}

void loadSessions().then(render);
