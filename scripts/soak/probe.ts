/**
 * What the soak measures in the page, through the Chrome DevTools Protocol: the JS heap after a
 * forced garbage collection, DOM nodes and event listeners, long tasks, console and page errors,
 * and whether the page reloaded itself (the kiosk's last resort after repeated failures).
 *
 * The heap figure is the main thread's (`Runtime.getHeapUsage` after `HeapProfiler.collectGarbage`,
 * twice, so objects freed by finalisers of the first pass go too); the workers' heaps are not in it.
 */
import { writeFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { TextureFigures } from '../../src/app/inspect';
import { bytesByKind, jsHeapSplit, parseSnapshot } from '../heap-snapshot';

export interface PageFigures {
  /** Main-thread JS heap in use after a forced GC, bytes. */
  readonly heapBytes: number;
  /** Nodes alive (attached or not) after the GC, from Memory.getDOMCounters. */
  readonly domNodes: number;
  /** Elements in the document now (what a leak of shown-and-never-removed elements would raise). */
  readonly attachedElements: number;
  /** JS event listeners alive, from Memory.getDOMCounters. */
  readonly listeners: number;
  /** Phaser's textures and the pixels they hold (outside the JS heap), from `?inspect`. */
  readonly textures: number;
  readonly textureBytes: number;
}

export interface LongTasks {
  readonly count: number;
  /** The longest task since the last read, ms (0 when none). */
  readonly worstMs: number;
}

/** Installed before every load of the page: counts long tasks (≥ 50 ms) until read. */
function longTaskObserver(): void {
  const w = window as unknown as { __soakLongTasks?: { count: number; worst: number } };
  w.__soakLongTasks = { count: 0, worst: 0 };
  try {
    new PerformanceObserver((list) => {
      const acc = w.__soakLongTasks!;
      for (const e of list.getEntries()) {
        acc.count++;
        acc.worst = Math.max(acc.worst, e.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: the counts stay 0
  }
}

export class PageProbe {
  /** Console errors and uncaught page errors, in order. */
  readonly errors: string[] = [];
  /** What the kiosk said on the console about itself ("kiosk: restarting after …"). */
  readonly kioskLog: string[] = [];
  /** Loads of the main frame after the first (a reload is the kiosk giving up on recovery). */
  reloads = 0;
  private loads = 0;

  private constructor(
    private readonly page: Page,
    /** The page's DevTools session (also what the visitor's touch drags go through). */
    readonly cdp: CDPSession,
  ) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(`console: ${msg.text()}`);
      else if (msg.text().startsWith('kiosk:')) this.kioskLog.push(msg.text());
    });
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
    page.on('crash', () => this.errors.push('the page crashed'));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && ++this.loads > 1) this.reloads++;
    });
  }

  static async attach(context: BrowserContext, page: Page): Promise<PageProbe> {
    await page.addInitScript(longTaskObserver);
    const cdp = await context.newCDPSession(page);
    return new PageProbe(page, cdp);
  }

  /** Forces a full garbage collection, then reads the heap and the DOM counters. */
  async figures(): Promise<PageFigures> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    await this.cdp.send('HeapProfiler.collectGarbage');
    const heap = await this.cdp.send('Runtime.getHeapUsage');
    const dom = await this.cdp.send('Memory.getDOMCounters');
    const attachedElements = await this.page.evaluate(() => document.getElementsByTagName('*').length);
    const tex = await this.page.evaluate(() =>
      (window as unknown as { weightlings: { textures(): TextureFigures } }).weightlings.textures(),
    );
    return {
      heapBytes: heap.usedSize,
      domNodes: dom.nodes,
      attachedElements,
      listeners: dom.jsEventListeners,
      textures: tex.count,
      textureBytes: tex.bytes,
    };
  }

  /** Writes a heap snapshot of the main thread (after a forced GC) to `file`. */
  async heapSnapshot(file: string): Promise<void> {
    writeFileSync(file, await this.snapshotText());
  }

  /**
   * The JS heap split, from a heap snapshot: how much is compiled code (bytecode and machine code,
   * which the engine makes as functions grow hot) and how much is everything else (the page's data).
   */
  async heapSplit(): Promise<{ codeBytes: number; dataBytes: number }> {
    const { onHeap, code } = jsHeapSplit(bytesByKind(parseSnapshot(await this.snapshotText())));
    return { codeBytes: code, dataBytes: onHeap - code };
  }

  private async snapshotText(): Promise<string> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    const onChunk = ({ chunk }: { chunk: string }): void => void chunks.push(chunk);
    this.cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    try {
      await this.cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    } finally {
      this.cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    }
    return chunks.join('');
  }

  /** Long tasks since the last call (and starts counting afresh). */
  async takeLongTasks(): Promise<LongTasks> {
    return this.page.evaluate(() => {
      const w = window as unknown as { __soakLongTasks?: { count: number; worst: number } };
      const acc = w.__soakLongTasks ?? { count: 0, worst: 0 };
      w.__soakLongTasks = { count: 0, worst: 0 };
      return { count: acc.count, worstMs: Math.round(acc.worst) };
    });
  }
}
