package dev.hotarm.translator.jit;

/**
 * Execution counts of block starts that are not translated yet: an open-addressed table of
 * primitive keys, so counting cold code boxes nothing. Entries are never removed; once a
 * block is translated the code cache answers first, and a block translated again after
 * invalidation is hot at once, which is what a block that ran that often should be.
 */
final class ColdCounts {
    private long[] keys = new long[1024];
    private int[] counts = new int[1024];
    private int size;

    /** Adds one execution of the block starting at {@code pc}; returns the new count. */
    int increment(long pc) {
        // Guest PCs are 4-byte aligned, so pc | 1 is never 0, the mark of an empty slot.
        long key = pc | 1;
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return ++counts[i];
            }
            i = (i + 1) & mask;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
            return increment(pc);
        }
        keys[i] = key;
        counts[i] = 1;
        size++;
        return 1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[2 * oldKeys.length];
        counts = new int[2 * oldKeys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = hash(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h >>> 32);
    }
}
