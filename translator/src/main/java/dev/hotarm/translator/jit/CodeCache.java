package dev.hotarm.translator.jit;

import dev.hotarm.runtime.memory.GuestMemory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translated blocks by guest PC. A direct-mapped table answers most lookups with one array
 * load and a compare; the map behind it holds everything. Only the dispatcher and exit slots
 * that are still empty look here: chained exits bypass it.
 */
final class CodeCache {
    private static final int TABLE_BITS = 16;
    private static final int TABLE_MASK = (1 << TABLE_BITS) - 1;

    private final TranslatedBlock[] table = new TranslatedBlock[1 << TABLE_BITS];
    private final Map<Long, TranslatedBlock> blocks = new HashMap<>();
    /** Blocks by guest page, for invalidation when a page's code changes. */
    private final Map<Long, List<TranslatedBlock>> byPage = new HashMap<>();

    TranslatedBlock get(long pc) {
        TranslatedBlock b = table[index(pc)];
        if (b != null && b.pc == pc) {
            return b;
        }
        b = blocks.get(pc);
        if (b != null) {
            table[index(pc)] = b;
        }
        return b;
    }

    void put(TranslatedBlock block, long lastPc) {
        blocks.put(block.pc, block);
        table[index(block.pc)] = block;
        long lastPage = lastPc >>> GuestMemory.PAGE_SHIFT;
        for (long page = block.pc >>> GuestMemory.PAGE_SHIFT; page <= lastPage; page++) {
            byPage.computeIfAbsent(page, p -> new ArrayList<>()).add(block);
        }
    }

    /** Drops every block with code on the page; returns how many. */
    int invalidatePage(long page) {
        List<TranslatedBlock> list = byPage.remove(page);
        if (list == null) {
            return 0;
        }
        for (TranslatedBlock b : list) {
            b.valid = false;
            blocks.remove(b.pc, b);
            int i = index(b.pc);
            if (table[i] == b) {
                table[i] = null;
            }
        }
        return list.size();
    }

    boolean hasCodeOn(long page) {
        return byPage.containsKey(page);
    }

    int size() {
        return blocks.size();
    }

    private static int index(long pc) {
        return (int) (pc >>> 2) & TABLE_MASK;
    }
}
