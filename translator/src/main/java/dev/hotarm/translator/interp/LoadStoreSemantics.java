package dev.hotarm.translator.interp;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.runtime.memory.GuestMemory;
import dev.hotarm.translator.a64.loadstore.LoadStore;
import dev.hotarm.translator.a64.loadstore.LoadStore.Access;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadLiteral;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadStoreExclusive;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadStoreImm;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadStorePair;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadStoreReg;
import dev.hotarm.translator.a64.loadstore.LoadStore.Mode;
import dev.hotarm.translator.a64.loadstore.LoadStore.SimdLoadStoreMultiple;
import dev.hotarm.translator.a64.loadstore.LoadStore.SimdLoadStoreSingle;

/**
 * Semantics of loads and stores. Every load reads memory before it writes any register, and
 * base write-back comes last, so an access that faults leaves the state unchanged and the
 * fault is precise.
 */
public final class LoadStoreSemantics {
    private LoadStoreSemantics() {
    }

    static long execute(Machine machine, CpuState cpu, LoadStore insn, long pc) {
        GuestMemory memory = machine.memory();
        switch (insn) {
            case LoadStoreImm i -> {
                long base = cpu.xOrSp(i.rn());
                long address = i.mode() == Mode.POST_INDEX ? base : base + i.offset();
                transfer(memory, cpu, i.access(), i.size(), i.vector(), address, i.rt());
                if (i.mode() != Mode.OFFSET) {
                    cpu.setXOrSp(i.rn(), base + i.offset());
                }
            }
            case LoadStoreReg i -> {
                long index = Alu.extend(cpu.x(i.rm()), extend(i.extend()), i.shift(), true);
                transfer(memory, cpu, i.access(), i.size(), i.vector(), cpu.xOrSp(i.rn()) + index, i.rt());
            }
            case LoadLiteral i -> transfer(memory, cpu, i.access(), i.size(), i.vector(), pc + i.offset(), i.rt());
            case LoadStorePair i -> pair(memory, cpu, i);
            case LoadStoreExclusive i -> exclusive(memory, cpu, i);
            case SimdLoadStoreMultiple i -> multiple(memory, cpu, i);
            case SimdLoadStoreSingle i -> single(memory, cpu, i);
        }
        return pc + 4;
    }

    private static dev.hotarm.translator.a64.dataproc.DataProcessing.Extend extend(
            LoadStore.IndexExtend e) {
        return switch (e) {
            case UXTW -> dev.hotarm.translator.a64.dataproc.DataProcessing.Extend.UXTW;
            case LSL -> dev.hotarm.translator.a64.dataproc.DataProcessing.Extend.UXTX;
            case SXTW -> dev.hotarm.translator.a64.dataproc.DataProcessing.Extend.SXTW;
            case SXTX -> dev.hotarm.translator.a64.dataproc.DataProcessing.Extend.SXTX;
        };
    }

    /** One register's access at {@code address}. */
    private static void transfer(GuestMemory memory, CpuState cpu, Access access, int size,
                                 boolean vector, long address, int rt) {
        if (vector) {
            if (access == Access.STORE) {
                storeVector(memory, cpu, size, address, rt);
            } else {
                loadVector(memory, cpu, size, address, rt);
            }
            return;
        }
        switch (access) {
            case STORE -> store(memory, size, address, cpu.x(rt));
            case LOAD -> cpu.setX(rt, load(memory, size, address));
            case LOAD_SIGNED_64 -> cpu.setX(rt, loadSigned(memory, size, address));
            case LOAD_SIGNED_32 -> cpu.setW(rt, (int) loadSigned(memory, size, address));
            case PREFETCH -> {
                // A hint: never faults, never changes state.
            }
        }
    }

    /** Reads {@code 1 << size} bytes (size 0-3), zero-extended. */
    public static long load(GuestMemory memory, int size, long address) {
        return switch (size) {
            case 0 -> memory.read8(address) & 0xFFL;
            case 1 -> memory.read16(address) & 0xFFFFL;
            case 2 -> memory.read32(address) & 0xFFFF_FFFFL;
            case 3 -> memory.read64(address);
            default -> throw new AssertionError(size);
        };
    }

    /** Reads {@code 1 << size} bytes (size 0-2), sign-extended to 64 bits. */
    public static long loadSigned(GuestMemory memory, int size, long address) {
        return switch (size) {
            case 0 -> memory.read8(address);
            case 1 -> memory.read16(address);
            case 2 -> memory.read32(address);
            default -> throw new AssertionError(size);
        };
    }

    /** Writes the low {@code 1 << size} bytes (size 0-3) of {@code value}. */
    public static void store(GuestMemory memory, int size, long address, long value) {
        switch (size) {
            case 0 -> memory.write8(address, (byte) value);
            case 1 -> memory.write16(address, (short) value);
            case 2 -> memory.write32(address, (int) value);
            case 3 -> memory.write64(address, value);
            default -> throw new AssertionError(size);
        }
    }

    /** Loads B/H/S/D/Q into Vt, clearing the bits above the element. */
    private static void loadVector(GuestMemory memory, CpuState cpu, int size, long address, int rt) {
        if (size == 4) {
            long low = memory.read64(address);
            long high = memory.read64(address + 8);
            cpu.setV(rt, low, high);
        } else {
            cpu.setD(rt, load(memory, size, address));
        }
    }

    private static void storeVector(GuestMemory memory, CpuState cpu, int size, long address, int rt) {
        if (size == 4) {
            memory.checkAccess(address, 16, GuestMemory.WRITE);
            memory.write64(address, cpu.vLow(rt));
            memory.write64(address + 8, cpu.vHigh(rt));
        } else {
            store(memory, size, address, cpu.vLow(rt));
        }
    }

    private static void pair(GuestMemory memory, CpuState cpu, LoadStorePair i) {
        long base = cpu.xOrSp(i.rn());
        long address = i.mode() == Mode.POST_INDEX ? base : base + i.offset();
        int bytes = 1 << i.size();
        if (i.access() == Access.STORE && !i.vector()) {
            storePair(memory, i.size(), address, cpu.x(i.rt()), cpu.x(i.rt2()));
        } else if (i.access() == Access.STORE) {
            memory.checkAccess(address, 2L * bytes, GuestMemory.WRITE);
            transfer(memory, cpu, Access.STORE, i.size(), true, address, i.rt());
            transfer(memory, cpu, Access.STORE, i.size(), true, address + bytes, i.rt2());
        } else if (i.vector()) {
            // Every read happens before any register changes, so a fault leaves both intact.
            boolean q = i.size() == 4;
            long firstLow = q ? memory.read64(address) : load(memory, i.size(), address);
            long firstHigh = q ? memory.read64(address + 8) : 0;
            long secondLow = q ? memory.read64(address + bytes) : load(memory, i.size(), address + bytes);
            long secondHigh = q ? memory.read64(address + bytes + 8) : 0;
            cpu.setV(i.rt(), firstLow, firstHigh);
            cpu.setV(i.rt2(), secondLow, secondHigh);
        } else {
            boolean signed = i.access() == Access.LOAD_SIGNED_64;
            long first = signed ? loadSigned(memory, i.size(), address) : load(memory, i.size(), address);
            long second = signed ? loadSigned(memory, i.size(), address + bytes)
                    : load(memory, i.size(), address + bytes);
            cpu.setX(i.rt(), first);
            cpu.setX(i.rt2(), second);
        }
        if (i.mode() != Mode.OFFSET) {
            cpu.setXOrSp(i.rn(), base + i.offset());
        }
    }

    /**
     * STP of two general registers. A pair that crosses into a page it may not write faults
     * before either half is written, as on hardware that takes the abort first; within one
     * page the check is the stores' own.
     */
    public static void storePair(GuestMemory memory, int size, long address, long first, long second) {
        int bytes = 1 << size;
        if ((address & GuestMemory.PAGE_MASK) > GuestMemory.PAGE_SIZE - 2 * bytes) {
            memory.checkAccess(address, 2L * bytes, GuestMemory.WRITE);
        }
        store(memory, size, address, first);
        store(memory, size, address + bytes, second);
    }

    /**
     * Exclusives use the local monitor in the CPU state: a store-exclusive succeeds (Ws = 0)
     * only if the monitor holds its address and memory still holds what the load-exclusive
     * read. Comparing values stands in for the global monitor; with several guest threads a
     * store can therefore succeed after another thread wrote the same value back (ABA), which
     * the lock-free algorithms glibc uses tolerate.
     */
    private static void exclusive(GuestMemory memory, CpuState cpu, LoadStoreExclusive i) {
        long address = cpu.xOrSp(i.rn());
        int bytes = 1 << i.size();
        if (i.load()) {
            long first = load(memory, i.size(), address);
            long second = i.pair() ? load(memory, i.size(), address + bytes) : 0;
            if (i.exclusive()) {
                cpu.exclusiveAddress = address;
                cpu.exclusiveValue = first;
                cpu.exclusiveValueHigh = second;
            }
            cpu.setX(i.rt(), first);
            if (i.pair()) {
                cpu.setX(i.rt2(), second);
            }
            return;
        }
        if (!i.exclusive()) {
            store(memory, i.size(), address, cpu.x(i.rt()));
            return;
        }
        boolean success = cpu.exclusiveAddress == address
                && load(memory, i.size(), address) == cpu.exclusiveValue
                && (!i.pair() || load(memory, i.size(), address + bytes) == cpu.exclusiveValueHigh);
        if (success) {
            memory.checkAccess(address, i.pair() ? 2L * bytes : bytes, GuestMemory.WRITE);
            store(memory, i.size(), address, cpu.x(i.rt()));
            if (i.pair()) {
                store(memory, i.size(), address + bytes, cpu.x(i.rt2()));
            }
        }
        cpu.exclusiveAddress = -1;
        cpu.setW(i.rs(), success ? 0 : 1);
    }

    /**
     * LD1-LD4/ST1-ST4, multiple structures. Element e of register r of the list sits at byte
     * offset (e * structures + r % structures) * esize + (r / structures) * regsize: for
     * LD1 that is plain memory order, for LDn the registers interleave. Loads gather every
     * register before writing any, stores check the whole range before writing.
     */
    private static void multiple(GuestMemory memory, CpuState cpu, SimdLoadStoreMultiple i) {
        long base = cpu.xOrSp(i.rn());
        int bytesPerRegister = i.q() ? 16 : 8;
        int total = bytesPerRegister * i.registers();
        int esize = 1 << i.elementSize();
        int elements = bytesPerRegister / esize;
        int selem = i.structures();
        if (i.load()) {
            long[] values = new long[2 * i.registers()];
            for (int r = 0; r < i.registers() && selem == 1; r++) {
                // No interleave: lane order is memory order, so whole doublewords will do.
                values[2 * r] = memory.read64(base + (long) r * bytesPerRegister);
                values[2 * r + 1] = i.q() ? memory.read64(base + (long) r * bytesPerRegister + 8) : 0;
            }
            for (int r = 0; r < i.registers() && selem > 1; r++) {
                for (int e = 0; e < elements; e++) {
                    long address = base + (long) (r / selem) * bytesPerRegister
                            + (long) (e * selem + r % selem) * esize;
                    setLane(values, 2 * r, i.elementSize(), e, load(memory, i.elementSize(), address));
                }
            }
            for (int r = 0; r < i.registers(); r++) {
                cpu.setV((i.rt() + r) & 31, values[2 * r], values[2 * r + 1]);
            }
        } else {
            memory.checkAccess(base, total, GuestMemory.WRITE);
            for (int r = 0; r < i.registers(); r++) {
                int v = (i.rt() + r) & 31;
                if (selem == 1) {
                    memory.write64(base + (long) r * bytesPerRegister, cpu.vLow(v));
                    if (i.q()) {
                        memory.write64(base + (long) r * bytesPerRegister + 8, cpu.vHigh(v));
                    }
                    continue;
                }
                long[] value = {cpu.vLow(v), cpu.vHigh(v)};
                for (int e = 0; e < elements; e++) {
                    long address = base + (long) (r / selem) * bytesPerRegister
                            + (long) (e * selem + r % selem) * esize;
                    store(memory, i.elementSize(), address, lane(value, 0, i.elementSize(), e));
                }
            }
        }
        if (i.postIndex()) {
            cpu.setXOrSp(i.rn(), base + (i.rm() == 31 ? total : cpu.x(i.rm())));
        }
    }

    /**
     * LD1-LD4/ST1-ST4 to or from one lane, and LD1R-LD4R. A lane load keeps the other lanes;
     * a replicating load fills 64 or 128 bits and clears the rest. Registers are written only
     * after every element has been read.
     */
    private static void single(GuestMemory memory, CpuState cpu, SimdLoadStoreSingle i) {
        long base = cpu.xOrSp(i.rn());
        int esize = 1 << i.elementSize();
        int total = esize * i.structures();
        if (!i.load()) {
            memory.checkAccess(base, total, GuestMemory.WRITE);
            for (int s = 0; s < i.structures(); s++) {
                int v = (i.rt() + s) & 31;
                long[] value = {cpu.vLow(v), cpu.vHigh(v)};
                store(memory, i.elementSize(), base + (long) s * esize,
                        lane(value, 0, i.elementSize(), i.index()));
            }
        } else {
            long[] values = new long[2 * i.structures()];
            for (int s = 0; s < i.structures(); s++) {
                long element = load(memory, i.elementSize(), base + (long) s * esize);
                int v = (i.rt() + s) & 31;
                if (i.replicate()) {
                    int lanes = (i.q() ? 16 : 8) / esize;
                    for (int e = 0; e < lanes; e++) {
                        setLane(values, 2 * s, i.elementSize(), e, element);
                    }
                } else {
                    values[2 * s] = cpu.vLow(v);
                    values[2 * s + 1] = cpu.vHigh(v);
                    setLane(values, 2 * s, i.elementSize(), i.index(), element);
                }
            }
            for (int s = 0; s < i.structures(); s++) {
                cpu.setV((i.rt() + s) & 31, values[2 * s], values[2 * s + 1]);
            }
        }
        if (i.postIndex()) {
            cpu.setXOrSp(i.rn(), base + (i.rm() == 31 ? total : cpu.x(i.rm())));
        }
    }

    /** Lane {@code e} of {@code 1 << size} bytes of the 128-bit value at words[at], words[at + 1]. */
    private static long lane(long[] words, int at, int size, int e) {
        int bits = 8 << size;
        int bit = e * bits;
        long word = words[at + (bit >>> 6)];
        return bits == 64 ? word : (word >>> (bit & 63)) & ((1L << bits) - 1);
    }

    private static void setLane(long[] words, int at, int size, int e, long value) {
        int bits = 8 << size;
        int bit = e * bits;
        int w = at + (bit >>> 6);
        if (bits == 64) {
            words[w] = value;
            return;
        }
        long mask = ((1L << bits) - 1) << (bit & 63);
        words[w] = (words[w] & ~mask) | ((value << (bit & 63)) & mask);
    }
}
