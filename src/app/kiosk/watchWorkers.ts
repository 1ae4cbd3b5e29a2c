/**
 * A worker port factory that also tells `onCrash` when a worker dies by itself (a crash, an
 * uncaught error in the worker, killed from outside; not after the pool's own `terminate()`). The
 * pool still replaces the worker as it always does; the kiosk additionally goes back to its attract
 * loop, and outside a kiosk the player sees a notice (main.ts).
 */
import type { PortFactory } from '../../worker/port';

export function watchWorkers(factory: PortFactory, onCrash: (reason: string) => void): PortFactory {
  return () => {
    const port = factory();
    return {
      post: (request, transfer) => port.post(request, transfer),
      listen: (onReply, onDeath) =>
        port.listen(onReply, (reason) => {
          onDeath(reason);
          onCrash(reason);
        }),
      terminate: () => port.terminate(),
    };
  };
}
