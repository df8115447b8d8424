package org.dancu.linkage;

/**
 * The reference records' blocking keys, all rules in one open-addressing table from key to a run
 * of record positions (compressed rows), built for a million records in a few hundred megabytes.
 * Blocks larger than their rule's {@linkplain BlockingRule#largestBlock() cap} are not looked up: they are
 * too common to tell anything.
 */
final class BlockIndex {

    private static final BlockingRule[] RULES = BlockingRule.values();

    private final long[] slots;
    private final int[] starts;
    private final int[] positions;
    private final int mask;

    BlockIndex(Prepared[] reference) {
        int n = reference.length;
        long[] keys = new long[n * RULES.length];
        int entries = 0;
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < RULES.length; r++) {
                long key = RULES[r].key(reference[i]);
                keys[i * RULES.length + r] = key;
                if (key != 0) {
                    entries++;
                }
            }
        }
        int size = Integer.highestOneBit(Math.max(16, entries * 2 - 1)) << 1;
        mask = size - 1;
        slots = new long[size];
        int[] counts = new int[size + 1];
        for (long key : keys) {
            if (key != 0) {
                counts[slot(key)]++;
            }
        }
        starts = new int[size + 1];
        for (int s = 0; s < size; s++) {
            starts[s + 1] = starts[s] + counts[s];
        }
        int[] fill = new int[size];
        positions = new int[entries];
        for (int i = 0; i < keys.length; i++) {
            long key = keys[i];
            if (key != 0) {
                int s = find(key);
                positions[starts[s] + fill[s]++] = i / RULES.length;
            }
        }
    }

    /** The slot for the key, claiming an empty one; only used while building. */
    private int slot(long key) {
        int s = (int) key & mask;
        while (slots[s] != 0 && slots[s] != key) {
            s = s + 1 & mask;
        }
        slots[s] = key;
        return s;
    }

    private int find(long key) {
        int s = (int) key & mask;
        while (slots[s] != key) {
            if (slots[s] == 0) {
                return -1;
            }
            s = s + 1 & mask;
        }
        return s;
    }

    /** Positions of reference records sharing at least one key with the record; each reported once. */
    void candidates(Prepared record, Workspace workspace, java.util.function.IntConsumer consumer) {
        candidates(record, RULES, workspace, consumer);
    }

    /** As {@link #candidates(Prepared, Workspace, java.util.function.IntConsumer)}, by the given rules only. */
    void candidates(Prepared record, BlockingRule[] rules, Workspace workspace,
                    java.util.function.IntConsumer consumer) {
        int stamp = workspace.nextStamp();
        int[] seen = workspace.seen;
        for (BlockingRule rule : rules) {
            long key = rule.key(record);
            if (key == 0) {
                continue;
            }
            int s = find(key);
            if (s < 0) {
                continue;
            }
            int from = starts[s];
            int to = starts[s + 1];
            if (to - from > rule.largestBlock()) {
                workspace.oversized++;
                continue;
            }
            for (int i = from; i < to; i++) {
                int position = positions[i];
                if (seen[position] != stamp) {
                    seen[position] = stamp;
                    consumer.accept(position);
                }
            }
        }
    }

    /** Per-thread scratch space: which reference positions this record has already met. */
    static final class Workspace {
        final int[] seen;
        final byte[] levels = new byte[Levels.COUNT];
        private int stamp;
        long oversized;

        Workspace(int referenceSize) {
            seen = new int[referenceSize];
        }

        int nextStamp() {
            if (++stamp == Integer.MAX_VALUE) {
                java.util.Arrays.fill(seen, 0);
                stamp = 1;
            }
            return stamp;
        }
    }
}
