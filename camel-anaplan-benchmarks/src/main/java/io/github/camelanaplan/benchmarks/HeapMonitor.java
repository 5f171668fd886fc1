package io.github.camelanaplan.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of this JVM while a workload runs: the heap in use just before each collection (the high-water marks
 * between collections, reported by GC notifications) and a 10 ms sample of the heap in use, whichever is higher.
 * Peak RSS is the kernel's {@code VmHWM} for the whole process.
 */
final class HeapMonitor implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final List<Runnable> unregister = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapMonitor() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = this::onGc;
                emitter.addNotificationListener(listener, null, null);
                unregister.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (ListenerNotFoundException ignored) {
                        // already gone
                    }
                });
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        record(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
        peakLive.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
    }

    /** The heap pools' use in a GC report, which also lists non-heap pools (metaspace, code cache). */
    private static long heapUsed(java.util.Map<String, MemoryUsage> pools) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> {
                    MemoryUsage usage = pools.get(pool.getName());
                    return usage == null ? 0 : usage.getUsed();
                }).sum();
    }

    private void record(long used) {
        peak.accumulateAndGet(used, Math::max);
    }

    long peakHeapBytes() {
        record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        return peak.get();
    }

    /**
     * The most heap still in use after a collection: what the workload actually kept alive at its worst, as
     * opposed to {@link #peakHeapBytes()}, which includes garbage not yet collected and so grows toward -Xmx.
     */
    long peakLiveHeapBytes() {
        return peakLive.get();
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /** Peak resident set size of this process, or -1 where /proc is not available. */
    static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unregister.forEach(Runnable::run);
    }
}
