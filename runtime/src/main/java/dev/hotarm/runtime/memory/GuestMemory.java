package dev.hotarm.runtime.memory;

import dev.hotarm.runtime.exception.GuestFault;
import dev.hotarm.runtime.exception.GuestFault.Access;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A sparse 48-bit guest address space of 4 KiB pages, little-endian, with software-checked
 * permissions.
 *
 * <p>Three views map a virtual page number to the page's bytes: one for reads, one for writes,
 * one for instruction fetch. A view holds the page only while the page grants that access, so
 * the fast path is two array loads and a null check; everything rare (unmapped, forbidden,
 * crossing a page, MMIO) goes to the slow path. A page holding translated code can later be
 * write-protected by clearing its write view alone.
 *
 * <p>Each view is a two-level table: the top 18 bits of the 36-bit page number select a
 * 256 Ki-entry second level, allocated on first use.
 */
public final class GuestMemory {
    public static final int PAGE_SHIFT = 12;
    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    public static final long PAGE_MASK = PAGE_SIZE - 1;
    /** Addresses are 48 bits wide (TCR_EL1.T0SZ = 16 on Linux). */
    public static final long ADDRESS_LIMIT = 1L << 48;

    public static final int READ = 1, WRITE = 2, EXEC = 4;

    private static final int L2_BITS = 18;
    private static final int L2_MASK = (1 << L2_BITS) - 1;
    private static final int L1_SIZE = 1 << (48 - PAGE_SHIFT - L2_BITS);

    private static final VarHandle I16 =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[][][] readView = new byte[L1_SIZE][][];
    /** The write view in use: {@link #pageWriteView}, or an empty one while journaling. */
    private byte[][][] writeView = new byte[L1_SIZE][][];
    private final byte[][][] pageWriteView = writeView;
    private WriteJournal journal;
    /** The write view while journaling: always empty, allocated on first use. */
    private byte[][][] emptyWriteView;
    private final byte[][][] execView = new byte[L1_SIZE][][];
    /** Every mapped page's bytes, whatever its permissions. */
    private final byte[][][] pages = new byte[L1_SIZE][][];
    private final byte[][] perms = new byte[L1_SIZE][];

    private record MmioRegion(long base, long size, MmioDevice device) { }

    /** Told when guest code that an engine translated is about to change or go away. */
    public interface CodeListener {
        /** The page at {@code pageAddress} is written, unmapped or loses execute permission. */
        void codeChanged(long pageAddress);
    }

    /** Records every guest write while installed (for lockstep comparison of engines). */
    public interface WriteJournal {
        /** The byte at {@code address} held {@code oldValue} and is about to be written. */
        void written(long address, byte oldValue);
    }

    private CodeListener codeListener;
    /** Pages an engine translated code from; their write view is withheld until written. */
    private final byte[][] codePages = new byte[L1_SIZE][];

    private final List<MmioRegion> mmio = new ArrayList<>();
    private long mappedPages;

    // ---------------------------------------------------------------- fast paths

    public byte read8(long address) {
        byte[] page = page(readView, address);
        if (page != null) {
            return page[(int) (address & PAGE_MASK)];
        }
        return (byte) slowRead(address, 1);
    }

    public short read16(long address) {
        int offset = (int) (address & PAGE_MASK);
        if (offset <= PAGE_SIZE - 2) {
            byte[] page = page(readView, address);
            if (page != null) {
                return (short) I16.get(page, offset);
            }
        }
        return (short) slowRead(address, 2);
    }

    public int read32(long address) {
        int offset = (int) (address & PAGE_MASK);
        if (offset <= PAGE_SIZE - 4) {
            byte[] page = page(readView, address);
            if (page != null) {
                return (int) I32.get(page, offset);
            }
        }
        return (int) slowRead(address, 4);
    }

    public long read64(long address) {
        int offset = (int) (address & PAGE_MASK);
        if (offset <= PAGE_SIZE - 8) {
            byte[] page = page(readView, address);
            if (page != null) {
                return (long) I64.get(page, offset);
            }
        }
        return slowRead(address, 8);
    }

    public void write8(long address, byte value) {
        byte[] page = page(writeView, address);
        if (page != null) {
            page[(int) (address & PAGE_MASK)] = value;
            return;
        }
        slowWrite(address, 1, value);
    }

    public void write16(long address, short value) {
        int offset = (int) (address & PAGE_MASK);
        if (offset <= PAGE_SIZE - 2) {
            byte[] page = page(writeView, address);
            if (page != null) {
                I16.set(page, offset, value);
                return;
            }
        }
        slowWrite(address, 2, value);
    }

    public void write32(long address, int value) {
        int offset = (int) (address & PAGE_MASK);
        if (offset <= PAGE_SIZE - 4) {
            byte[] page = page(writeView, address);
            if (page != null) {
                I32.set(page, offset, value);
                return;
            }
        }
        slowWrite(address, 4, value);
    }

    public void write64(long address, long value) {
        int offset = (int) (address & PAGE_MASK);
        if (offset <= PAGE_SIZE - 8) {
            byte[] page = page(writeView, address);
            if (page != null) {
                I64.set(page, offset, value);
                return;
            }
        }
        slowWrite(address, 8, value);
    }

    /** Fetches the instruction word at {@code pc}, which must be 4-byte aligned. */
    public int fetch32(long pc) {
        byte[] page = page(execView, pc);
        if (page == null || (pc & 3) != 0) {
            throw new GuestFault(pc, Access.EXECUTE, isMapped(pc));
        }
        return (int) I32.get(page, (int) (pc & PAGE_MASK));
    }

    private static byte[] page(byte[][][] view, long address) {
        if (address >>> 48 != 0) {
            return null;
        }
        long vpn = address >>> PAGE_SHIFT;
        byte[][] l2 = view[(int) (vpn >>> L2_BITS)];
        return l2 == null ? null : l2[(int) vpn & L2_MASK];
    }

    // ---------------------------------------------------------------- slow paths

    private long slowRead(long address, int size) {
        MmioRegion region = mmioAt(address);
        if (region != null) {
            return region.device.read(address - region.base, size);
        }
        long value = 0;
        for (int i = 0; i < size; i++) {
            byte[] page = page(readView, address + i);
            if (page == null) {
                throw new GuestFault(address + i, Access.READ, isMapped(address + i));
            }
            value |= (page[(int) ((address + i) & PAGE_MASK)] & 0xFFL) << (8 * i);
        }
        return value;
    }

    private void slowWrite(long address, int size, long value) {
        MmioRegion region = mmioAt(address);
        if (region != null) {
            region.device.write(address - region.base, size, value);
            return;
        }
        if (journal != null) {
            journaledWrite(address, size, value);
            return;
        }
        // Check every byte first so a faulting store that crosses pages changes nothing.
        for (int i = 0; i < size; i++) {
            releaseCode(address + i);
            if (page(writeView, address + i) == null) {
                throw new GuestFault(address + i, Access.WRITE, isMapped(address + i));
            }
        }
        for (int i = 0; i < size; i++) {
            byte[] page = page(writeView, address + i);
            page[(int) ((address + i) & PAGE_MASK)] = (byte) (value >>> (8 * i));
        }
    }

    private void journaledWrite(long address, int size, long value) {
        for (int i = 0; i < size; i++) {
            long a = address + i;
            releaseCode(a);
            if ((permissions(a) & WRITE) == 0) {
                throw new GuestFault(a, Access.WRITE, isMapped(a));
            }
        }
        for (int i = 0; i < size; i++) {
            long a = address + i;
            byte[] page = get(pages, a >>> PAGE_SHIFT);
            int offset = (int) (a & PAGE_MASK);
            journal.written(a, page[offset]);
            page[offset] = (byte) (value >>> (8 * i));
        }
    }

    /**
     * Installs a journal that sees every byte the guest writes, or removes it ({@code null}).
     * While one is installed no write takes the fast path.
     */
    public void setWriteJournal(WriteJournal journal) {
        this.journal = journal;
        if (journal != null && emptyWriteView == null) {
            emptyWriteView = new byte[L1_SIZE][][];
        }
        writeView = journal != null ? emptyWriteView : pageWriteView;
    }

    private MmioRegion mmioAt(long address) {
        for (MmioRegion r : mmio) {
            if (address - r.base >= 0 && address - r.base < r.size) {
                return r;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- bulk access

    /** Copies guest memory into {@code dst}, faulting like a sequence of byte reads would. */
    public void read(long address, byte[] dst, int offset, int length) {
        while (length > 0) {
            byte[] page = page(readView, address);
            if (page == null) {
                throw new GuestFault(address, Access.READ, isMapped(address));
            }
            int inPage = (int) (address & PAGE_MASK);
            int n = Math.min(length, PAGE_SIZE - inPage);
            System.arraycopy(page, inPage, dst, offset, n);
            address += n;
            offset += n;
            length -= n;
        }
    }

    public byte[] read(long address, int length) {
        byte[] b = new byte[length];
        read(address, b, 0, length);
        return b;
    }

    /** Copies {@code src} into guest memory, checking write permission for every page first. */
    public void write(long address, byte[] src, int offset, int length) {
        checkAccess(address, length, WRITE);
        if (journal != null) {
            for (int i = 0; i < length; i++) {
                journaledWrite(address + i, 1, src[offset + i]);
            }
            return;
        }
        while (length > 0) {
            byte[] page = page(writeView, address);
            int inPage = (int) (address & PAGE_MASK);
            int n = Math.min(length, PAGE_SIZE - inPage);
            System.arraycopy(src, offset, page, inPage, n);
            address += n;
            offset += n;
            length -= n;
        }
    }

    public void write(long address, byte[] src) {
        write(address, src, 0, src.length);
    }

    /**
     * Copies guest memory into native memory (system calls hand it to the host), faulting
     * like {@link #read(long, byte[], int, int)} does.
     */
    public void readTo(long address, MemorySegment dst, long dstOffset, long length) {
        checkAccess(address, length, READ);
        while (length > 0) {
            byte[] page = page(readView, address);
            int inPage = (int) (address & PAGE_MASK);
            int n = (int) Math.min(length, PAGE_SIZE - inPage);
            MemorySegment.copy(page, inPage, dst, ValueLayout.JAVA_BYTE, dstOffset, n);
            address += n;
            dstOffset += n;
            length -= n;
        }
    }

    /** Copies native memory into guest memory, checking write permission for every page first. */
    public void writeFrom(MemorySegment src, long srcOffset, long address, long length) {
        checkAccess(address, length, WRITE);
        while (length > 0) {
            byte[] page = page(writeView, address);
            int inPage = (int) (address & PAGE_MASK);
            int n = (int) Math.min(length, PAGE_SIZE - inPage);
            MemorySegment.copy(src, ValueLayout.JAVA_BYTE, srcOffset, page, inPage, n);
            address += n;
            srcOffset += n;
            length -= n;
        }
    }

    /** Reads a NUL-terminated string of at most {@code max} bytes. */
    public byte[] readCString(long address, int max) {
        int n = 0;
        while (n < max && read8(address + n) != 0) {
            n++;
        }
        return read(address, n);
    }

    /** Throws the fault an access of {@code length} bytes with permission {@code perm} would. */
    public void checkAccess(long address, long length, int perm) {
        byte[][][] view = perm == WRITE ? pageWriteView : perm == EXEC ? execView : readView;
        Access access = perm == WRITE ? Access.WRITE : perm == EXEC ? Access.EXECUTE : Access.READ;
        if (length <= 0) {
            return;
        }
        long end = address + length - 1;
        for (long p = address & ~PAGE_MASK; Long.compareUnsigned(p, end) <= 0; p += PAGE_SIZE) {
            if (perm == WRITE) {
                releaseCode(p);
            }
            if (page(view, p) == null) {
                long at = Long.compareUnsigned(p, address) < 0 ? address : p;
                throw new GuestFault(at, access, isMapped(at));
            }
            if (p + PAGE_SIZE == 0) {
                break;
            }
        }
    }

    /** Reads a byte without permission checks (for debuggers and comparison); 0 if unmapped. */
    public byte peek(long address) {
        byte[] page = address >>> 48 != 0 ? null : get(pages, address >>> PAGE_SHIFT);
        return page == null ? 0 : page[(int) (address & PAGE_MASK)];
    }

    /** Writes without permission checks: for the loader, which fills read-only segments. */
    public void poke(long address, byte[] src, int offset, int length) {
        while (length > 0) {
            releaseCode(address);
            byte[] page = page(pages, address);
            if (page == null) {
                throw new GuestFault(address, Access.WRITE, false);
            }
            int inPage = (int) (address & PAGE_MASK);
            int n = Math.min(length, PAGE_SIZE - inPage);
            System.arraycopy(src, offset, page, inPage, n);
            address += n;
            offset += n;
            length -= n;
        }
    }

    // ---------------------------------------------------------------- mappings

    /**
     * Maps zero-filled pages over {@code [address, address + length)} with permissions
     * {@code prot} (READ | WRITE | EXEC), replacing whatever was mapped there.
     */
    public void map(long address, long length, int prot) {
        forEachPage(address, length, vpn -> {
            releaseCode(vpn << PAGE_SHIFT);
            if (get(pages, vpn) == null) {
                mappedPages++;
            }
            set(pages, vpn, new byte[PAGE_SIZE]);
            setPerm(vpn, prot);
        });
    }

    /** Unmaps every page in the range; unmapped pages in it are ignored, as munmap does. */
    public void unmap(long address, long length) {
        forEachPage(address, length, vpn -> {
            releaseCode(vpn << PAGE_SHIFT);
            if (get(pages, vpn) != null) {
                mappedPages--;
            }
            set(pages, vpn, null);
            setPerm(vpn, 0);
        });
    }

    /** Changes permissions of mapped pages; returns false if some page in the range is unmapped. */
    public boolean protect(long address, long length, int prot) {
        boolean[] allMapped = {true};
        forEachPage(address, length, vpn -> {
            if (get(pages, vpn) == null) {
                allMapped[0] = false;
            } else {
                releaseCode(vpn << PAGE_SHIFT);
                setPerm(vpn, prot);
            }
        });
        return allMapped[0];
    }

    /** Moves the pages of one range to another address (mremap), keeping contents and perms. */
    public void move(long from, long to, long length) {
        long count = pageCount(from, length);
        byte[][] data = new byte[(int) count][];
        int[] prot = new int[(int) count];
        long vpn0 = from >>> PAGE_SHIFT;
        for (int i = 0; i < count; i++) {
            data[i] = get(pages, vpn0 + i);
            prot[i] = perm(vpn0 + i);
        }
        unmap(from, length);
        long dst0 = to >>> PAGE_SHIFT;
        for (int i = 0; i < count; i++) {
            if (data[i] != null) {
                if (get(pages, dst0 + i) == null) {
                    mappedPages++;
                }
                set(pages, dst0 + i, data[i]);
                setPerm(dst0 + i, prot[i]);
            }
        }
    }

    public boolean isMapped(long address) {
        return address >>> 48 == 0 && get(pages, address >>> PAGE_SHIFT) != null;
    }

    /** True when no page in the range is mapped. */
    public boolean isFree(long address, long length) {
        if (address < 0 || address + length > ADDRESS_LIMIT || address + length < address) {
            return false;
        }
        long vpn0 = address >>> PAGE_SHIFT;
        long count = pageCount(address, length);
        for (long i = 0; i < count; i++) {
            if (get(pages, vpn0 + i) != null) {
                return false;
            }
        }
        return true;
    }

    /** Permissions of the page holding {@code address}: READ | WRITE | EXEC, 0 if unmapped. */
    public int permissions(long address) {
        return address >>> 48 != 0 ? 0 : perm(address >>> PAGE_SHIFT);
    }

    public long mappedPages() {
        return mappedPages;
    }

    /** Routes accesses to {@code [base, base + size)}, unmapped, to {@code device}. */
    public void addMmio(long base, long size, MmioDevice device) {
        mmio.add(new MmioRegion(base, size, device));
    }

    // ---------------------------------------------------------------- translated code

    public void setCodeListener(CodeListener listener) {
        this.codeListener = listener;
    }

    /**
     * Marks the page holding {@code address} as holding translated code: its write view is
     * withheld, so the next write to it takes the slow path, which tells the listener first.
     */
    public void protectCode(long address) {
        long vpn = address >>> PAGE_SHIFT;
        int i1 = (int) (vpn >>> L2_BITS);
        if (codePages[i1] == null) {
            codePages[i1] = new byte[1 << L2_BITS];
        }
        codePages[i1][(int) vpn & L2_MASK] = 1;
        set(pageWriteView, vpn, null);
    }

    /** If the page was protected as code, tells the listener and gives the write view back. */
    private void releaseCode(long address) {
        if (address >>> 48 != 0) {
            return;
        }
        long vpn = address >>> PAGE_SHIFT;
        byte[] l2 = codePages[(int) (vpn >>> L2_BITS)];
        if (l2 == null || l2[(int) vpn & L2_MASK] == 0) {
            return;
        }
        l2[(int) vpn & L2_MASK] = 0;
        if ((perm(vpn) & WRITE) != 0) {
            set(pageWriteView, vpn, get(pages, vpn));
        }
        if (codeListener != null) {
            codeListener.codeChanged(vpn << PAGE_SHIFT);
        }
    }

    // ---------------------------------------------------------------- table plumbing

    private interface PageAction {
        void apply(long vpn);
    }

    private static long pageCount(long address, long length) {
        long first = address >>> PAGE_SHIFT;
        long last = (address + length - 1) >>> PAGE_SHIFT;
        return length <= 0 ? 0 : last - first + 1;
    }

    private static void forEachPage(long address, long length, PageAction action) {
        long vpn0 = address >>> PAGE_SHIFT;
        long count = pageCount(address, length);
        for (long i = 0; i < count; i++) {
            action.apply(vpn0 + i);
        }
    }

    private static byte[] get(byte[][][] view, long vpn) {
        byte[][] l2 = view[(int) (vpn >>> L2_BITS)];
        return l2 == null ? null : l2[(int) vpn & L2_MASK];
    }

    private static void set(byte[][][] view, long vpn, byte[] page) {
        int i1 = (int) (vpn >>> L2_BITS);
        byte[][] l2 = view[i1];
        if (l2 == null) {
            if (page == null) {
                return;
            }
            l2 = view[i1] = new byte[1 << L2_BITS][];
        }
        l2[(int) vpn & L2_MASK] = page;
    }

    private int perm(long vpn) {
        byte[] l2 = perms[(int) (vpn >>> L2_BITS)];
        return l2 == null ? 0 : l2[(int) vpn & L2_MASK];
    }

    private void setPerm(long vpn, int prot) {
        int i1 = (int) (vpn >>> L2_BITS);
        if (perms[i1] == null) {
            perms[i1] = new byte[1 << L2_BITS];
        }
        perms[i1][(int) vpn & L2_MASK] = (byte) prot;
        byte[] data = get(pages, vpn);
        set(readView, vpn, (prot & READ) != 0 ? data : null);
        boolean code = codePages[i1] != null && codePages[i1][(int) vpn & L2_MASK] != 0;
        set(pageWriteView, vpn, (prot & WRITE) != 0 && !code ? data : null);
        set(execView, vpn, (prot & EXEC) != 0 ? data : null);
    }
}
