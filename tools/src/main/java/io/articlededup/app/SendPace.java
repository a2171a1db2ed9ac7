package io.articlededup.app;

import java.util.concurrent.locks.LockSupport;

/**
 * Paces sends to a steady rate, as a live feed would arrive: each call waits until the next slot of a
 * fixed schedule (so a slow send is caught up, not added to every later interval).
 */
final class SendPace {
    private final long intervalNanos;
    private long next = System.nanoTime();

    /** @param perSecond events per second; 0 or less sends as fast as possible */
    SendPace(double perSecond) {
        this.intervalNanos = perSecond > 0 ? (long) (1e9 / perSecond) : 0;
    }

    /** Waits for the next slot; returns at once when unpaced or behind schedule. */
    void awaitNextSlot() {
        if (intervalNanos == 0) {
            return;
        }
        next += intervalNanos;
        long wait = next - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
