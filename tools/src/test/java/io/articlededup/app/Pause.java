package io.articlededup.app;

/** A deliberate pause: the timing of a fault or the pace of the input, never a wait for a condition. */
final class Pause {
    private Pause() {
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
