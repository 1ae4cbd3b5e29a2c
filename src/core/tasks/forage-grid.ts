/**
 * A uniform spatial grid over the arena for circles of one kind (food or hazards), so that a
 * creature's sensors and collisions only look at objects in nearby cells.
 *
 * Built by counting sort, with no allocation after construction: `cellStart[c] … cellStart[c+1]`
 * index into `items`, which lists object indices cell by cell (each cell in ascending index order).
 * An object is filed in the cell of its centre only; queries expand their box by the objects'
 * radius. The grid is an accelerator: callers test every candidate exactly, so a result never
 * depends on the cell size (a test checks grid queries against brute force).
 *
 * Coordinates are centred: x in [−width/2, width/2], y in [−height/2, height/2].
 */
export class CircleGrid {
  readonly cellSize: number;
  readonly cols: number;
  readonly rows: number;
  /** Start of each cell's run in `items`; cellStart[cols·rows] = number filed. */
  readonly cellStart: Int32Array;
  /** Object indices, cell by cell. */
  readonly items: Int32Array;
  /** The query box of `cover`: x0, y0, x1, y1 (centred). */
  readonly query = new Float64Array(4);
  /** The cell range `cover` found, inclusive. */
  c0 = 0;
  c1 = 0;
  r0 = 0;
  r1 = 0;
  private readonly cellOf: Int32Array;
  private readonly halfWidth: number;
  private readonly halfHeight: number;
  private readonly invCell: number;

  constructor(width: number, height: number, cellSize: number, capacity: number) {
    this.cellSize = cellSize;
    this.invCell = 1 / cellSize;
    this.cols = Math.max(1, Math.ceil(width / cellSize));
    this.rows = Math.max(1, Math.ceil(height / cellSize));
    this.halfWidth = width / 2;
    this.halfHeight = height / 2;
    this.cellStart = new Int32Array(this.cols * this.rows + 1);
    this.items = new Int32Array(Math.max(1, capacity));
    this.cellOf = new Int32Array(Math.max(1, capacity));
  }

  /**
   * The cells overlapping the box in `query` (x0, y0, x1, y1, centred; set it first): writes the
   * inclusive column range c0…c1 and row range r0…r1, clamped to the grid. (The box travels in an
   * array because V8 boxes the double arguments of calls it does not inline.)
   */
  cover(): void {
    const q = this.query;
    this.c0 = this.clampCol(Math.floor(((q[0] as number) + this.halfWidth) * this.invCell));
    this.r0 = this.clampRow(Math.floor(((q[1] as number) + this.halfHeight) * this.invCell));
    this.c1 = this.clampCol(Math.floor(((q[2] as number) + this.halfWidth) * this.invCell));
    this.r1 = this.clampRow(Math.floor(((q[3] as number) + this.halfHeight) * this.invCell));
  }

  private clampCol(c: number): number {
    return c < 0 ? 0 : c >= this.cols ? this.cols - 1 : c;
  }

  private clampRow(r: number): number {
    return r < 0 ? 0 : r >= this.rows ? this.rows - 1 : r;
  }

  /** Files objects 0 … n−1 whose `active[i]` is non-zero, at centres (xs[i], ys[i]). */
  build(xs: Float64Array, ys: Float64Array, active: Uint8Array, n: number): void {
    const start = this.cellStart;
    const cells = this.cols * this.rows;
    start.fill(0);
    for (let i = 0; i < n; i++) {
      if (active[i] === 0) {
        this.cellOf[i] = -1;
        continue;
      }
      const col = this.clampCol(Math.floor(((xs[i] as number) + this.halfWidth) * this.invCell));
      const row = this.clampRow(Math.floor(((ys[i] as number) + this.halfHeight) * this.invCell));
      const c = row * this.cols + col;
      this.cellOf[i] = c;
      start[c + 1] = (start[c + 1] as number) + 1;
    }
    for (let c = 0; c < cells; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
    // Place each object at its cell's next free slot; cellStart is shifted back afterwards.
    for (let i = 0; i < n; i++) {
      const c = this.cellOf[i] as number;
      if (c < 0) continue;
      const slot = start[c] as number;
      this.items[slot] = i;
      start[c] = slot + 1;
    }
    for (let c = cells; c > 0; c--) start[c] = start[c - 1] as number;
    start[0] = 0;
  }

  /**
   * Brute-force reference for tests: indices of active objects whose centre lies in the box
   * [x0, x1] × [y0, y1], ascending.
   */
  static inBoxBruteForce(
    xs: Float64Array,
    ys: Float64Array,
    active: Uint8Array,
    n: number,
    x0: number,
    y0: number,
    x1: number,
    y1: number,
  ): number[] {
    const found: number[] = [];
    for (let i = 0; i < n; i++) {
      const x = xs[i] as number;
      const y = ys[i] as number;
      if (active[i] !== 0 && x >= x0 && x <= x1 && y >= y0 && y <= y1) found.push(i);
    }
    return found;
  }
}
