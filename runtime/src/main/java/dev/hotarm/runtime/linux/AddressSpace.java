package dev.hotarm.runtime.linux;

import dev.hotarm.runtime.memory.GuestMemory;

import java.util.Map;
import java.util.TreeMap;

/**
 * The process's view of its address space: which page ranges are in use (so mmap can pick free
 * ones without scanning pages), and the program break. Contents and permissions live in
 * {@link GuestMemory}; this class only keeps the two in step.
 */
public final class AddressSpace {
    /** The initial stack's top: just below the 47-bit user limit, as on Linux. */
    public static final long STACK_TOP = 0x0000_7fff_ffff_f000L;
    public static final long STACK_SIZE = 8L << 20;
    /** mmap without a usable hint allocates downward from here, below the stack. */
    public static final long MMAP_TOP = 0x0000_7fff_f000_0000L;
    /** ... and never below here, leaving the low range to the executable and the heap. */
    public static final long MMAP_BOTTOM = 0x0000_1000_0000_0000L;

    private final GuestMemory memory;
    /** Start to end (exclusive) of every range in use, page aligned, never overlapping. */
    private final TreeMap<Long, Long> used = new TreeMap<>();
    private long brkStart;
    private long brk;

    public AddressSpace(GuestMemory memory) {
        this.memory = memory;
    }

    public GuestMemory memory() {
        return memory;
    }

    public static long pageUp(long address) {
        return (address + GuestMemory.PAGE_MASK) & ~GuestMemory.PAGE_MASK;
    }

    public static long pageDown(long address) {
        return address & ~GuestMemory.PAGE_MASK;
    }

    /** Maps zeroed pages over {@code [start, start + length)}, replacing what was there. */
    public void map(long start, long length, int prot) {
        long end = pageUp(start + length);
        start = pageDown(start);
        memory.map(start, end - start, prot);
        markUsed(start, end);
    }

    /** Unmaps {@code [start, start + length)}; holes in it are fine. */
    public void unmap(long start, long length) {
        long end = pageUp(start + length);
        start = pageDown(start);
        memory.unmap(start, end - start);
        markFree(start, end);
    }

    /** Records pages that the caller mapped directly in {@link GuestMemory} (mremap). */
    public void markUsed(long start, long end) {
        markFree(start, end);
        Map.Entry<Long, Long> below = used.floorEntry(start);
        if (below != null && below.getValue() == start) {
            start = below.getKey();
            used.remove(start);
        }
        Long aboveEnd = used.remove(end);
        if (aboveEnd != null) {
            end = aboveEnd;
        }
        used.put(start, end);
    }

    public void markFree(long start, long end) {
        Map.Entry<Long, Long> below = used.lowerEntry(start);
        if (below != null && below.getValue() > start) {
            used.put(below.getKey(), start);
            if (below.getValue() > end) {
                used.put(end, below.getValue());
            }
        }
        for (Map.Entry<Long, Long> e : used.subMap(start, true, end, false).entrySet().stream()
                .toList()) {
            used.remove(e.getKey());
            if (e.getValue() > end) {
                used.put(end, e.getValue());
            }
        }
    }

    /** True when no page of {@code [start, start + length)} is in use. */
    public boolean isFree(long start, long length) {
        long end = pageUp(start + length);
        if (start < GuestMemory.PAGE_SIZE || end > GuestMemory.ADDRESS_LIMIT || end <= start) {
            return false;
        }
        Map.Entry<Long, Long> below = used.lowerEntry(end);
        return (below == null || below.getValue() <= start) && memory.isFree(start, end - start);
    }

    /** The highest free range of {@code length} bytes below {@link #MMAP_TOP}, or -1. */
    public long findFree(long length) {
        length = pageUp(length);
        long high = MMAP_TOP;
        for (Map.Entry<Long, Long> e : used.headMap(high, false).descendingMap().entrySet()) {
            if (e.getValue() <= high && high - e.getValue() >= length) {
                break;
            }
            high = Math.min(high, e.getKey());
        }
        long start = high - length;
        return start >= MMAP_BOTTOM ? start : -1;
    }

    /** Receives one range in use: {@code [start, end)}. */
    public interface RangeVisitor {
        void visit(long start, long end);
    }

    /** Visits the ranges in use in address order. */
    public void forEachRange(RangeVisitor visitor) {
        for (Map.Entry<Long, Long> e : used.entrySet()) {
            visitor.visit(e.getKey(), e.getValue());
        }
    }

    public long brkEnd() {
        return brk;
    }

    // ---------------------------------------------------------------- program break

    /** Sets where the heap starts: the page after the executable's highest segment. */
    public void initBrk(long start) {
        brkStart = brk = start;
    }

    public long brkStart() {
        return brkStart;
    }

    /**
     * brk(2): moves the break when the range is free and returns the new break; otherwise
     * returns the current one, which is how Linux reports failure.
     */
    public long brk(long requested) {
        if (requested < brkStart) {
            return brk;
        }
        long oldTop = pageUp(brk);
        long newTop = pageUp(requested);
        if (newTop > oldTop) {
            if (!isFree(oldTop, newTop - oldTop)) {
                return brk;
            }
            map(oldTop, newTop - oldTop, GuestMemory.READ | GuestMemory.WRITE);
        } else if (newTop < oldTop) {
            unmap(newTop, oldTop - newTop);
        }
        brk = requested;
        return brk;
    }
}
