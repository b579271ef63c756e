import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../../../core/commands';
import type { ShowCommand } from '../../../core/show';
import { createPointerSender } from './pointer-sender';

function harness() {
  const frames: Array<() => void> = [];
  const sent: ShowCommand[] = [];
  const answers: Array<(r: CommandResult) => void> = [];
  const sender = createPointerSender(
    (command) => {
      sent.push(command);
      return new Promise((resolve) => answers.push(resolve));
    },
    { frame: (run) => frames.push(run), cancelFrame: () => undefined },
  );
  const tick = () => frames.splice(0).forEach((run) => run());
  const answer = async () => {
    answers.shift()!({ ok: true });
    await Promise.resolve();
    await Promise.resolve();
  };
  return { sender, sent, frames, tick, answer };
}

describe('createPointerSender', () => {
  it('sends at most one move per frame, the latest', () => {
    const h = harness();
    for (let i = 1; i <= 10; i++) h.sender.move({ x: i / 10, y: 0.5 });
    expect(h.frames).toHaveLength(1);
    h.tick();
    expect(h.sent).toEqual([{ type: 'pointer', x: 1, y: 0.5 }]);
  });

  it('never has two on their way: moves made meanwhile wait, and only the latest goes', async () => {
    const h = harness();
    h.sender.move({ x: 0.1, y: 0.1 });
    h.tick();
    for (let i = 0; i < 50; i++) h.sender.move({ x: 0.2, y: i / 100 });
    h.sender.move(null);
    h.tick();
    expect(h.sent).toHaveLength(1);
    await h.answer();
    h.tick();
    expect(h.sent.slice(1)).toEqual([{ type: 'pointer', off: true }]);
    await h.answer();
    h.tick();
    expect(h.sent).toHaveLength(2);
  });

  it('sends nothing after stop', () => {
    const h = harness();
    h.sender.move({ x: 0.5, y: 0.5 });
    h.sender.stop();
    h.tick();
    expect(h.sent).toEqual([]);
  });
});
