/** "Show it yourself": the player's demonstrations of a forage level, as a growing dataset. */
import type { PlayLevel } from '../app/play/levels';
import type { Dataset } from '../core/loss';
import { forageInputSize, type ForageConfig } from '../core/tasks/forage-config';
import { DemoRecorder } from '../core/tasks/forage-demo';

/** Hand the trainer a fresh dataset after this many new examples. */
const REFRESH_EVERY = 60;

export class ForageDemo {
  readonly recorder: DemoRecorder;
  private handedOver = 0;

  constructor(level: PlayLevel) {
    this.recorder = new DemoRecorder(forageInputSize(level.task as ForageConfig), 2);
  }

  count(): number {
    return this.recorder.count;
  }

  /** True (once) when enough new examples arrived since the last dataset was handed over. */
  grew(): boolean {
    if (this.recorder.count - this.handedOver < REFRESH_EVERY) return false;
    this.handedOver = this.recorder.count;
    return true;
  }

  dataset(): Dataset {
    this.handedOver = this.recorder.count;
    return this.recorder.toDataset();
  }
}
