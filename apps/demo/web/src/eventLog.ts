import type { JourneyEvent } from '@dinie-embed/api';
import { JOURNEY_EVENT } from './sandboxPanel.ts';

/** What a line of the log says about an event, beyond its type. */
function detail(event: JourneyEvent): string {
  switch (event.type) {
    case 'journey.step_changed':
      return `${event.previous ?? '—'} → ${event.step}`;
    case 'journey.exited':
      return event.reason;
    default: {
      const ids = Object.entries(event)
        .filter(([key, value]) => key.endsWith('Id') && typeof value === 'string')
        .map(([key, value]) => `${key}=${value}`);
      return ids.join(' ');
    }
  }
}

/**
 * The partner's view of the journey's `onEvent`: each event as a line of an ordered list, newest
 * last, as a partner would send them to its analytics; the sandbox panel is told to look again.
 * Plain DOM, shared by both credit pages.
 */
export function eventLogger(list: HTMLOListElement): (event: JourneyEvent) => void {
  return (event) => {
    const item = document.createElement('li');
    item.dataset.type = event.type;
    const time = document.createElement('time');
    time.dateTime = event.at;
    time.textContent = event.at.slice(11, 19);
    const type = document.createElement('strong');
    type.textContent = event.type;
    item.append(time, ' ', type, ` ${detail(event)}`);
    list.append(item);
    window.dispatchEvent(new Event(JOURNEY_EVENT));
  };
}
