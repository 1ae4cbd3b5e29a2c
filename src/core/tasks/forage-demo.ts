/**
 * A growable dataset of (sensor → action) examples: the player's demonstrations, the teacher's
 * examples and DAgger labels all land here. Two flat Float32Arrays whose capacity doubles when
 * full (amortised O(1) per example, no object per sample), read as a `Dataset` for training.
 */
import type { Dataset } from '../loss';

export class DemoRecorder {
  readonly inputSize: number;
  readonly outputSize: number;
  /** Examples recorded. */
  count = 0;
  private inputBuf: Float32Array;
  private targetBuf: Float32Array;
  private capacity: number;

  constructor(inputSize: number, outputSize = 2, initialCapacity = 256) {
    this.inputSize = inputSize;
    this.outputSize = outputSize;
    this.capacity = Math.max(1, initialCapacity);
    this.inputBuf = new Float32Array(this.capacity * inputSize);
    this.targetBuf = new Float32Array(this.capacity * outputSize);
  }

  /** Examples the buffers hold before the next growth. */
  get allocated(): number {
    return this.capacity;
  }

  private grow(): void {
    this.capacity *= 2;
    const inputs = new Float32Array(this.capacity * this.inputSize);
    inputs.set(this.inputBuf);
    const targets = new Float32Array(this.capacity * this.outputSize);
    targets.set(this.targetBuf);
    this.inputBuf = inputs;
    this.targetBuf = targets;
  }

  /** Appends one example: input[inOff … +inputSize) → target[tOff … +outputSize). */
  append(input: ArrayLike<number>, inOff: number, target: ArrayLike<number>, tOff: number): void {
    if (this.count === this.capacity) this.grow();
    const ni = this.inputSize;
    const no = this.outputSize;
    const ib = this.count * ni;
    const tb = this.count * no;
    for (let j = 0; j < ni; j++) this.inputBuf[ib + j] = input[inOff + j] as number;
    for (let j = 0; j < no; j++) this.targetBuf[tb + j] = target[tOff + j] as number;
    this.count++;
  }

  /** Appends one forage example: the sensors at input[inOff…] and the action (turn, thrust) taken. */
  appendAction(input: ArrayLike<number>, inOff: number, turn: number, thrust: number): void {
    if (this.count === this.capacity) this.grow();
    const ni = this.inputSize;
    const ib = this.count * ni;
    const tb = this.count * this.outputSize;
    for (let j = 0; j < ni; j++) this.inputBuf[ib + j] = input[inOff + j] as number;
    this.targetBuf[tb] = turn;
    this.targetBuf[tb + 1] = thrust;
    this.count++;
  }

  /** Forgets every example (keeps the buffers). */
  clear(): void {
    this.count = 0;
  }

  /**
   * The examples as a Dataset of views into the buffers (no copy): valid until the next append
   * that grows them. Use `toDataset()` for a snapshot that outlives the recorder.
   */
  view(): Dataset {
    return {
      inputs: this.inputBuf.subarray(0, this.count * this.inputSize),
      targets: this.targetBuf.subarray(0, this.count * this.outputSize),
      count: this.count,
    };
  }

  /** A copy of the examples, exactly count rows long (transferable to a worker). */
  toDataset(): Dataset {
    return {
      inputs: this.inputBuf.slice(0, this.count * this.inputSize),
      targets: this.targetBuf.slice(0, this.count * this.outputSize),
      count: this.count,
    };
  }

  /** A recorder holding a copy of a dataset's examples (e.g. a saved demonstration, to extend). */
  static fromDataset(data: Dataset, inputSize: number, outputSize: number): DemoRecorder {
    const rec = new DemoRecorder(inputSize, outputSize, Math.max(1, data.count));
    for (let s = 0; s < data.count; s++) rec.append(data.inputs, s * inputSize, data.targets, s * outputSize);
    return rec;
  }
}
