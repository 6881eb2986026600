package dev.tiac.plan.render;

import dev.tiac.contract.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The shortest edit between two lists (Myers' O((N+M)D) algorithm), entry by entry. Lists here are
 * mostly sets kept sorted, where a few entries change among thousands: the common head and tail
 * are taken off first, and the work grows with the number of edits, not with the lists' size.
 */
final class EntryDiff {
  /** Past this many edits the lists are told apart wholesale: all old entries out, all new ones in. */
  static final int MAX_EDITS = 1_000;

  private EntryDiff() {}

  static List<ValueDiff> entries(List<Value> before, List<Value> after) {
    int head = 0;
    while (head < before.size() && head < after.size() && before.get(head).equals(after.get(head))) {
      head++;
    }
    int endBefore = before.size();
    int endAfter = after.size();
    while (endBefore > head && endAfter > head && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
      endBefore--;
      endAfter--;
    }
    List<ValueDiff> out = new ArrayList<>();
    before.subList(0, head).forEach(v -> out.add(new ValueDiff.Same(v)));
    out.addAll(middle(before.subList(head, endBefore), after.subList(head, endAfter)));
    before.subList(endBefore, before.size()).forEach(v -> out.add(new ValueDiff.Same(v)));
    return out;
  }

  private static List<ValueDiff> middle(List<Value> a, List<Value> b) {
    int n = a.size();
    int m = b.size();
    int offset = n + m + 1;
    int[] v = new int[2 * offset + 1];
    // trace.get(d): v as it stood before round d, for diagonals -d-1 .. d+1 only (memory ~ D squared).
    List<int[]> trace = new ArrayList<>();
    for (int d = 0; d <= Math.min(n + m, MAX_EDITS); d++) {
      trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
      for (int k = -d; k <= d; k += 2) {
        int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          return backtrack(a, b, trace);
        }
      }
    }
    List<ValueDiff> out = new ArrayList<>();
    a.forEach(x -> out.add(new ValueDiff.Removed(x)));
    b.forEach(x -> out.add(new ValueDiff.Added(x)));
    return out;
  }

  private static List<ValueDiff> backtrack(List<Value> a, List<Value> b, List<int[]> trace) {
    Deque<ValueDiff> out = new ArrayDeque<>();
    int x = a.size();
    int y = b.size();
    for (int d = trace.size() - 1; d > 0; d--) {
      int[] t = trace.get(d);
      int k = x - y;
      boolean down = k == -d || k != d && t[k - 1 + d + 1] < t[k + 1 + d + 1];
      int previousK = down ? k + 1 : k - 1;
      int previousX = t[previousK + d + 1];
      int snakeStart = down ? previousX : previousX + 1;
      while (x > snakeStart) {
        out.addFirst(new ValueDiff.Same(a.get(--x)));
        y--;
      }
      out.addFirst(down ? new ValueDiff.Added(b.get(--y)) : new ValueDiff.Removed(a.get(--x)));
    }
    while (x > 0) {
      out.addFirst(new ValueDiff.Same(a.get(--x)));
    }
    return new ArrayList<>(out);
  }
}
