package dev.tiac.config.check;

import dev.tiac.config.diagnostics.Diagnostic;
import dev.tiac.config.interpolate.Expression;
import dev.tiac.config.interpolate.Expressions;
import dev.tiac.config.load.MergedDocument;
import dev.tiac.config.load.StringLeaves;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** References between resources must form no cycle, or no order could apply them. */
final class CycleCheck implements Check {
  /** An edge: the resource that refers, the one referred to, and where the reference is written. */
  private record Edge(String from, String to, String pointer) {}

  @Override
  public void run(MergedDocument document, List<Declared> declared, List<Diagnostic> out) {
    List<Edge> edges = new ArrayList<>();
    StringLeaves.visit(document.tree(), text -> text.contains("${ref:"), (pointer, text) -> collect(text, pointer, declared, edges));
    Map<String, List<Edge>> graph = new LinkedHashMap<>();
    edges.forEach(e -> graph.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e));
    Set<String> done = new HashSet<>();
    for (String start : graph.keySet()) {
      List<Edge> path = new ArrayList<>();
      if (findCycle(start, graph, new HashMap<>(), path, done)) {
        Edge closing = path.get(path.size() - 1);
        List<String> names = new ArrayList<>();
        path.forEach(e -> names.add(e.from()));
        names.add(closing.to());
        out.add(Diagnostic.error(document.valueAt(closing.pointer()), closing.pointer(),
            "dependency cycle: " + String.join(" -> ", names) + "; break it by removing one of these references"));
        return;
      }
    }
  }

  private boolean findCycle(String node, Map<String, List<Edge>> graph, Map<String, Boolean> onPath, List<Edge> path, Set<String> done) {
    if (done.contains(node)) {
      return false;
    }
    onPath.put(node, true);
    for (Edge edge : graph.getOrDefault(node, List.of())) {
      path.add(edge);
      if (Boolean.TRUE.equals(onPath.get(edge.to()))) {
        while (!path.get(0).from().equals(edge.to())) {
          path.remove(0);
        }
        return true;
      }
      if (findCycle(edge.to(), graph, onPath, path, done)) {
        return true;
      }
      path.remove(path.size() - 1);
    }
    onPath.put(node, false);
    done.add(node);
    return false;
  }

  private static void collect(String text, String pointer, List<Declared> declared, List<Edge> edges) {
    var owner = DeclaredResources.owning(declared, pointer);
    for (Expression e : Expressions.parse(text).expressions()) {
      if (e.kind() == Expression.Kind.REF) {
        Expressions.RefAddress.parse(e.argument()).ifPresent(ref -> edges.add(new Edge(owner.map(Declared::address).orElse("connections"), ref.address(), pointer)));
      }
    }
  }
}
