import type { ItemResult } from '../engine/report.js';
import { terminalLine } from '../util/terminal.js';
import type { Paint } from '../render/text.js';

/** A one-line counter on a terminal's stderr while checks run; silent elsewhere. */
export function progressLine(write: (text: string) => void, enabled: boolean, paint: Paint) {
  let shown = false;
  return {
    update(result: ItemResult, done: number, total: number) {
      if (!enabled || result.status === 'manual' || result.status === 'skipped') return;
      const title = terminalLine(result.title);
      const label = title.length > 50 ? `${title.slice(0, 49)}…` : title;
      write(`\r\x1b[2K${paint('dim', `[${done}/${total}]`)} ${label}`);
      shown = true;
    },
    clear() {
      if (shown) write('\r\x1b[2K');
      shown = false;
    },
  };
}
