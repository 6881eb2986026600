package dev.tiac.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * SIGINT and SIGTERM handled by tiac for as long as a run is armed, then given back. Shutdown
 * hooks cannot do this: the JVM exits the moment its hooks return and a second Ctrl-C is lost
 * while they run. The handler API ({@code sun.misc.Signal}, in the exported {@code
 * jdk.unsupported} module) is reached by reflection so the build needs no internal API; where a
 * JVM lacks it the defaults stay, and Ctrl-C ends the run as before.
 */
final class Signals implements AutoCloseable {
  /** INT and TERM, with the exit codes a shell gives them (128 + number). */
  enum Kind {
    INT(130), TERM(143);

    final int exitCode;

    Kind(int exitCode) {
      this.exitCode = exitCode;
    }
  }

  private final List<Runnable> restore = new ArrayList<>();

  private Signals() {}

  /** Routes both signals to {@code handler}, on the JVM's signal thread, until {@link #close()}. */
  static Signals route(Consumer<Kind> handler) {
    Signals signals = new Signals();
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
      Constructor<?> named = signal.getConstructor(String.class);
      Method handle = signal.getMethod("handle", signal, handlerType);
      for (Kind kind : Kind.values()) {
        Object which = named.newInstance(kind.name());
        Object ours = Proxy.newProxyInstance(Signals.class.getClassLoader(), new Class<?>[] {handlerType},
            (proxy, method, args) -> switch (method.getName()) {
              case "handle" -> {
                handler.accept(kind);
                yield null;
              }
              case "hashCode" -> System.identityHashCode(proxy);
              case "equals" -> proxy == args[0];
              default -> "tiac " + kind + " handler";
            });
        Object previous = handle.invoke(null, which, ours);
        signals.restore.add(() -> {
          try {
            handle.invoke(null, which, previous);
          } catch (ReflectiveOperationException e) {
            // the JVM is on its way out; its own handling is all that is left
          }
        });
      }
    } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
      signals.close(); // no handler API here: the JVM's default handling stays
    }
    return signals;
  }

  @Override
  public void close() {
    restore.forEach(Runnable::run);
    restore.clear();
  }
}
