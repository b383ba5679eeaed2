package dev.hotarm.runtime.linux.syscall;

import dev.hotarm.runtime.linux.AddressSpace;
import dev.hotarm.runtime.memory.GuestMemory;

/** The text of /proc files that describe the guest rather than the JVM hosting it. */
final class ProcFiles {
    private ProcFiles() { }

    /**
     * /proc/self/maps: one line per run of pages with equal rights. glibc reads it to find
     * the main thread's stack (pthread_getattr_np), so the stack line matters most.
     */
    static String maps(AddressSpace space, String exePath) {
        GuestMemory memory = space.memory();
        StringBuilder sb = new StringBuilder();
        space.forEachRange((start, end) -> {
            long runStart = start;
            int runPerm = memory.permissions(start);
            for (long p = start + GuestMemory.PAGE_SIZE; p <= end; p += GuestMemory.PAGE_SIZE) {
                int perm = p < end ? memory.permissions(p) : -1;
                if (perm != runPerm) {
                    line(sb, runStart, p, runPerm, name(space, runStart, p, exePath));
                    runStart = p;
                    runPerm = perm;
                }
            }
        });
        return sb.toString();
    }

    private static String name(AddressSpace space, long start, long end, String exePath) {
        if (end == AddressSpace.STACK_TOP) {
            return "[stack]";
        }
        if (start >= space.brkStart() && end <= AddressSpace.pageUp(space.brkEnd())
                && space.brkEnd() > space.brkStart()) {
            return "[heap]";
        }
        return end <= space.brkStart() ? exePath : "";
    }

    private static void line(StringBuilder sb, long start, long end, int perm, String name) {
        String head = String.format("%08x-%08x %c%c%cp 00000000 00:00 0", start, end,
                (perm & GuestMemory.READ) != 0 ? 'r' : '-',
                (perm & GuestMemory.WRITE) != 0 ? 'w' : '-',
                (perm & GuestMemory.EXEC) != 0 ? 'x' : '-');
        sb.append(head);
        if (!name.isEmpty()) {
            sb.append(" ".repeat(Math.max(1, 73 - head.length()))).append(name);
        }
        sb.append('\n');
    }
}
