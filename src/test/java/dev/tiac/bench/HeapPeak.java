package dev.tiac.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap in use. Between two collections the heap only grows, so its maxima are just before a
 * collection: a GC notification listener adds up every pool's usage before each collection, and a
 * 5 ms sampler covers the growth after the last one. The peak is the larger of the two.
 */
final class HeapPeak implements AutoCloseable {
  private final AtomicLong peak = new AtomicLong();
  private final List<Runnable> undo = new ArrayList<>();
  private final Thread sampler;
  private volatile boolean running = true;

  HeapPeak() {
    NotificationListener listener = (notification, handback) -> {
      if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long before = info.getGcInfo().getMemoryUsageBeforeGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
        record(before);
      }
    };
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      NotificationEmitter emitter = (NotificationEmitter) gc;
      emitter.addNotificationListener(listener, null, null);
      undo.add(() -> {
        try {
          emitter.removeNotificationListener(listener);
        } catch (javax.management.ListenerNotFoundException e) {
          // already gone
        }
      });
    }
    sampler = new Thread(() -> {
      while (running) {
        record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-peak");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void record(long used) {
    peak.accumulateAndGet(used, Math::max);
  }

  long peakBytes() {
    record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    return peak.get();
  }

  /** Heap still in use after a full collection: what the served world keeps. */
  static long retainedBytes() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    undo.forEach(Runnable::run);
  }
}
