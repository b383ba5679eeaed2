package dev.hotarm.runtime.linux.syscall;

import dev.hotarm.runtime.linux.AddressSpace;
import dev.hotarm.runtime.memory.GuestMemory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A kernel over a bare address space with one scratch area, for driving calls directly. */
final class KernelFixture {
    static final long SCRATCH = 0x10_0000;
    static final long SCRATCH_SIZE = 0x10_0000;
    static final long AT_FDCWD = -100;

    final GuestMemory memory = new GuestMemory();
    final AddressSpace space = new AddressSpace(memory);
    final List<String> strace = new ArrayList<>();
    final LinuxKernel kernel;
    private long next = SCRATCH;

    KernelFixture(String exe) {
        space.map(SCRATCH, SCRATCH_SIZE, GuestMemory.READ | GuestMemory.WRITE);
        space.initBrk(0x4000_0000L);
        kernel = new LinuxKernel(space, exe, strace::add);
    }

    KernelFixture() {
        this("/opt/guest/prog");
    }

    /** A fresh zeroed guest buffer. */
    long alloc(int size) {
        long at = next;
        next += (size + 15) & ~15;
        return at;
    }

    long string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        long at = alloc(b.length + 1);
        memory.write(at, b);
        return at;
    }

    String readString(long at) {
        return new String(memory.readCString(at, 4096), StandardCharsets.UTF_8);
    }

    long call(Syscall sc, long... args) {
        return kernel.call(sc.number, args);
    }

    String lastStrace() {
        return strace.get(strace.size() - 1);
    }
}
