package io.articlededup.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time of the calling thread (the one that runs the topology on the driver) and of the whole process
 * (RocksDB's flush and compaction threads, GC, JIT too). On a machine shared with other work, CPU time
 * per article is a steadier measure than wall time.
 */
record CpuTime(long threadNanos, long processNanos) {

    static CpuTime now() {
        return new CpuTime(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime());
    }

    CpuTime minus(CpuTime earlier) {
        return new CpuTime(threadNanos - earlier.threadNanos, processNanos - earlier.processNanos);
    }

    double threadSeconds() {
        return threadNanos / 1e9;
    }

    double processSeconds() {
        return processNanos / 1e9;
    }
}
