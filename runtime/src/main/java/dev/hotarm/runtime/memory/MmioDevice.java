package dev.hotarm.runtime.memory;

/**
 * A device mapped into the guest address space. Accesses to its region never take the page
 * fast path; they arrive here with the offset from the region's base.
 */
public interface MmioDevice {
    /** Reads {@code size} bytes (1, 2, 4 or 8) at {@code offset}, zero-extended. */
    long read(long offset, int size);

    /** Writes the low {@code size} bytes of {@code value} at {@code offset}. */
    void write(long offset, int size, long value);
}
