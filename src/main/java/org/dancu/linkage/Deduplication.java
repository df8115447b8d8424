package org.dancu.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Deduplication within one dataset: every candidate pair scored at or above the match threshold
 * joins two records into one cluster (transitively). The cluster id is the smallest record id in
 * the cluster (numerically when both ids are numbers), so it is the same across reruns and input
 * orders: records are sorted by id before anything else, and the set of matching pairs does not
 * depend on the order.
 */
public final class Deduplication {

    /** Numbers by value, everything else as text; numbers before text. */
    public static final Comparator<String> ID_ORDER = (a, b) -> {
        boolean na = isNumber(a);
        boolean nb = isNumber(b);
        if (na && nb) {
            String x = stripZeros(a);
            String y = stripZeros(b);
            return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
        }
        return na ? -1 : nb ? 1 : a.compareTo(b);
    };

    private final Reference reference;

    private Deduplication(List<PersonRecord> records, CommuneMapping communes) {
        List<PersonRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(PersonRecord::id, ID_ORDER));
        Set<String> ids = new HashSet<>();
        for (PersonRecord record : sorted) {
            if (!ids.add(record.id())) {
                throw new IllegalArgumentException("duplicate record id " + record.id());
            }
        }
        reference = new Reference(sorted, communes);
    }

    public static Deduplication of(List<PersonRecord> records, CommuneMapping communes) {
        return new Deduplication(records, communes);
    }

    /** Trains a model on the dataset against itself (pairs i &lt; j), unsupervised. */
    public Training train(TrainingOptions options) {
        return Trainer.train(reference, reference.records, true, options);
    }

    /** Record id → cluster id, in id order; a record without a match is its own cluster. */
    public Map<String, String> clusters(LinkageModel model) {
        Scorer scorer = new Scorer(model, reference.shares);
        Prepared[] records = reference.records;
        int[] parent = IntStream.range(0, records.length).toArray();
        ThreadLocal<BlockIndex.Workspace> workspaces =
                ThreadLocal.withInitial(() -> new BlockIndex.Workspace(records.length));
        List<int[]> matches = IntStream.range(0, records.length).parallel().mapToObj(i -> {
            BlockIndex.Workspace workspace = workspaces.get();
            List<int[]> found = new ArrayList<>();
            reference.index.candidates(records[i], workspace, j -> {
                if (j > i) {
                    Levels.compare(records[i], records[j], workspace.levels);
                    double weight = scorer.score(workspace.levels, records[j]);
                    if (Scorer.probability(weight) >= model.thresholds().match()) {
                        found.add(new int[] {i, j});
                    }
                }
            });
            return found;
        }).flatMap(List::stream).toList();
        for (int[] pair : matches) {
            union(parent, pair[0], pair[1]);
        }
        Map<String, String> clusters = new LinkedHashMap<>();
        Map<Integer, String> rootIds = new HashMap<>();
        for (int i = 0; i < records.length; i++) {
            int root = find(parent, i);
            rootIds.putIfAbsent(root, records[i].id);
            clusters.put(records[i].id, rootIds.get(root));
        }
        return clusters;
    }

    /** The root is always the smaller index, i.e. the smaller id, since records are sorted. */
    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    private static boolean isNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
