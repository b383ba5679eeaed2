package dev.hotarm.runtime.linux.syscall;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exception.GuestExit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessSyscallsTest {
    final KernelFixture k = new KernelFixture();

    @Test
    void supervisorCall_readsX8AndArgumentsAndWritesX0() {
        CpuState cpu = new CpuState();
        cpu.x[8] = Syscall.GETPID.number;
        cpu.x[1] = 99;
        k.kernel.supervisorCall(cpu, 0);
        assertEquals(ProcessHandle.current().pid(), cpu.x[0]);
        assertEquals(99, cpu.x[1]);
    }

    @Test
    void unknownSyscall_isEnosysAndStraceSaysSo() {
        assertEquals(-Errno.ENOSYS, k.kernel.call(0x1234, 1, 2));
        assertEquals("syscall_0x1234(0x1, 0x2, 0, 0, 0, 0) = -1 ENOSYS "
                + "(Function not implemented)", k.lastStrace());
    }

    @Test
    void notYetImplemented_areEnosys() {
        assertEquals(-Errno.ENOSYS, k.call(Syscall.CLONE, 0x11, 0, 0, 0, 0));
        assertEquals(-Errno.ENOSYS, k.call(Syscall.EXECVE, k.string("/bin/sh"), 0, 0));
        assertEquals(-Errno.ENOSYS, k.call(Syscall.RSEQ, 0, 32, 0, 0));
        assertEquals(-Errno.ECHILD, k.call(Syscall.WAIT4, -1, 0, 0, 0));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "255, 255", "256, 0", "511, 255", "-1, 255"})
    void exitGroup_throwsLowByteOfStatus(long status, int expected) {
        GuestExit e = assertThrows(GuestExit.class, () -> k.call(Syscall.EXIT_GROUP, status));
        assertEquals(expected, e.status());
        assertTrue(k.lastStrace().startsWith("exit_group("));
        assertTrue(k.lastStrace().endsWith(") = ?"));
    }

    @Test
    void exit_endsTheProcessToo() {
        assertEquals(3, assertThrows(GuestExit.class, () -> k.call(Syscall.EXIT, 3)).status());
    }

    @Test
    void kill_self_fatalSignalExitsWith128PlusSignal() {
        int pid = k.kernel.pid();
        assertEquals(0, k.call(Syscall.KILL, pid, 0));
        assertEquals(0, k.call(Syscall.KILL, pid, 17), "SIGCHLD is ignored by default");
        assertEquals(143, assertThrows(GuestExit.class,
                () -> k.call(Syscall.KILL, pid, 15)).status());
        assertEquals("kill(" + pid + ", SIGTERM) = ?", k.lastStrace());
        assertEquals(134, assertThrows(GuestExit.class,
                () -> k.call(Syscall.TGKILL, pid, pid, 6)).status());
        assertEquals(137, assertThrows(GuestExit.class,
                () -> k.call(Syscall.TKILL, pid, 9)).status());
        assertEquals(-Errno.EINVAL, k.call(Syscall.KILL, pid, 65));
        assertEquals(-Errno.ESRCH, k.call(Syscall.KILL, 1, 0));
    }

    @Test
    void kill_self_ignoredOrBlockedSignalDoesNotExit() {
        long act = k.alloc(32);
        k.memory.write64(act, 1); // SIG_IGN
        assertEquals(0, k.call(Syscall.RT_SIGACTION, 15, act, 0, 8));
        assertEquals(0, k.call(Syscall.KILL, k.kernel.pid(), 15));
        long set = k.alloc(8);
        k.memory.write64(set, 1L << (10 - 1));
        assertEquals(0, k.call(Syscall.RT_SIGPROCMASK, 0, set, 0, 8));
        assertEquals(0, k.call(Syscall.KILL, k.kernel.pid(), 10));
    }

    @Test
    void rtSigaction_recordsAndReturnsOldAction() {
        long act = k.alloc(32), old = k.alloc(32);
        k.memory.write64(act, 0x401234);
        k.memory.write64(act + 8, 0x0400_0000L | 0x1000_0000L); // SA_RESTORER | SA_RESTART
        k.memory.write64(act + 16, 0x405678);
        k.memory.write64(act + 24, 0b1010);
        assertEquals(0, k.call(Syscall.RT_SIGACTION, 2, act, old, 8));
        assertEquals(0, k.memory.read64(old));
        assertEquals(0, k.call(Syscall.RT_SIGACTION, 2, 0, old, 8));
        assertEquals(0x401234, k.memory.read64(old));
        assertEquals(0x1400_0000L, k.memory.read64(old + 8));
        assertEquals(0x405678, k.memory.read64(old + 16));
        assertEquals(0b1010, k.memory.read64(old + 24));
        assertEquals("rt_sigaction(SIGINT, NULL, 0x" + Long.toHexString(old) + ", 8) = 0",
                k.lastStrace());
        assertEquals(-Errno.EINVAL, k.call(Syscall.RT_SIGACTION, 9, act, 0, 8));
        assertEquals(-Errno.EINVAL, k.call(Syscall.RT_SIGACTION, 2, act, 0, 16));
        assertEquals(-Errno.EINVAL, k.call(Syscall.RT_SIGACTION, 0, 0, old, 8));
    }

    @Test
    void rtSigprocmask_blockUnblockSetmask() {
        long set = k.alloc(8), old = k.alloc(8);
        k.memory.write64(set, 0b110);
        assertEquals(0, k.call(Syscall.RT_SIGPROCMASK, 0, set, old, 8));
        assertEquals(0, k.memory.read64(old));
        k.memory.write64(set, 0b010);
        assertEquals(0, k.call(Syscall.RT_SIGPROCMASK, 1, set, old, 8));
        assertEquals(0b110, k.memory.read64(old));
        k.memory.write64(set, -1L);
        assertEquals(0, k.call(Syscall.RT_SIGPROCMASK, 2, set, old, 8));
        assertEquals(0b100, k.memory.read64(old));
        assertEquals(0, k.call(Syscall.RT_SIGPROCMASK, 2, 0, old, 8));
        assertEquals(~((1L << 8) | (1L << 18)), k.memory.read64(old), "KILL, STOP unblockable");
        assertEquals(-Errno.EINVAL, k.call(Syscall.RT_SIGPROCMASK, 7, set, 0, 8));
    }

    @Test
    void sigaltstack_recordsAndReturnsOld() {
        long ss = k.alloc(24), old = k.alloc(24);
        assertEquals(0, k.call(Syscall.SIGALTSTACK, 0, old));
        assertEquals(2, k.memory.read32(old + 8), "SS_DISABLE initially");
        k.memory.write64(ss, 0x500000);
        k.memory.write64(ss + 16, 65536);
        assertEquals(0, k.call(Syscall.SIGALTSTACK, ss, 0));
        assertEquals(0, k.call(Syscall.SIGALTSTACK, 0, old));
        assertEquals(0x500000, k.memory.read64(old));
        assertEquals(0, k.memory.read32(old + 8));
        assertEquals(65536, k.memory.read64(old + 16));
    }

    @Test
    void uname_reportsAarch64() {
        long buf = k.alloc(390);
        assertEquals(0, k.call(Syscall.UNAME, buf));
        assertEquals("Linux", k.readString(buf));
        assertEquals("aarch64", k.readString(buf + 4 * 65));
    }

    @Test
    void ids_matchHost() {
        assertEquals(Host.getuid(), k.call(Syscall.GETUID));
        assertEquals(Host.getegid(), k.call(Syscall.GETEGID));
        assertEquals(k.kernel.pid(), k.call(Syscall.GETTID));
        assertEquals(k.kernel.pid(), k.call(Syscall.SET_TID_ADDRESS, k.alloc(4)));
        assertEquals(0, k.call(Syscall.SET_ROBUST_LIST, k.alloc(24), 24));
        assertEquals(ProcessHandle.current().parent().orElseThrow().pid(),
                k.call(Syscall.GETPPID));
    }

    @Test
    void clockGettime_monotonicAdvances() throws Exception {
        long ts = k.alloc(16);
        assertEquals(0, k.call(Syscall.CLOCK_GETTIME, 1, ts));
        long t0 = k.memory.read64(ts) * 1_000_000_000L + k.memory.read64(ts + 8);
        long req = k.alloc(16);
        k.memory.write64(req + 8, 2_000_000);
        assertEquals(0, k.call(Syscall.NANOSLEEP, req, 0));
        assertEquals(0, k.call(Syscall.CLOCK_GETTIME, 1, ts));
        long t1 = k.memory.read64(ts) * 1_000_000_000L + k.memory.read64(ts + 8);
        assertTrue(t1 - t0 >= 2_000_000, "slept " + (t1 - t0));
        assertEquals("clock_gettime(CLOCK_MONOTONIC, 0x" + Long.toHexString(ts) + ") = 0",
                k.lastStrace());
        assertEquals(-Errno.EINVAL, k.call(Syscall.CLOCK_GETTIME, 99, ts));
        k.memory.write64(req + 8, 1_000_000_000L);
        assertEquals(-Errno.EINVAL, k.call(Syscall.NANOSLEEP, req, 0));
    }

    @Test
    void gettimeofday_isNearJavaTime() {
        long tv = k.alloc(16);
        assertEquals(0, k.call(Syscall.GETTIMEOFDAY, tv, 0));
        assertTrue(Math.abs(k.memory.read64(tv) - System.currentTimeMillis() / 1000) <= 2);
    }

    @Test
    void getrandom_fillsBuffer() {
        long buf = k.alloc(64);
        assertEquals(64, k.call(Syscall.GETRANDOM, buf, 64, 0));
        assertTrue(k.memory.read64(buf) != 0 || k.memory.read64(buf + 8) != 0);
    }

    @Test
    void prlimit_readsHostAndKeepsGuestSettings() {
        long old = k.alloc(16), next = k.alloc(16);
        assertEquals(0, k.call(Syscall.PRLIMIT64, 0, 7, 0, old)); // RLIMIT_NOFILE
        assertTrue(k.memory.read64(old) > 0);
        k.memory.write64(next, 64);
        k.memory.write64(next + 8, 128);
        assertEquals(0, k.call(Syscall.PRLIMIT64, 0, 7, next, 0));
        assertEquals(0, k.call(Syscall.GETRLIMIT, 7, old));
        assertEquals(64, k.memory.read64(old));
        assertEquals(128, k.memory.read64(old + 8));
        k.memory.write64(next, 256);
        assertEquals(-Errno.EINVAL, k.call(Syscall.SETRLIMIT, 7, next));
    }

    @Test
    void schedGetaffinity_returnsBytesWritten() {
        long mask = k.alloc(128);
        long n = k.call(Syscall.SCHED_GETAFFINITY, 0, 128, mask);
        assertTrue(n >= 8 && n % 8 == 0, "n=" + n);
        assertTrue(k.memory.read64(mask) != 0);
    }

    @Test
    void prctl_nameRoundTrips() {
        long buf = k.alloc(16);
        assertEquals(0, k.call(Syscall.PRCTL, 16, buf));
        assertEquals("prog", k.readString(buf));
        assertEquals(0, k.call(Syscall.PRCTL, 15, k.string("a-very-long-thread-name")));
        assertEquals(0, k.call(Syscall.PRCTL, 16, buf));
        assertEquals("a-very-long-thr", k.readString(buf));
    }

    @Test
    void sysinfo_andTimes_succeed() {
        long buf = k.alloc(112);
        assertEquals(0, k.call(Syscall.SYSINFO, buf));
        assertTrue(k.memory.read64(buf + 32) > 0, "totalram");
        assertTrue(k.call(Syscall.TIMES, k.alloc(32)) != -1);
    }
}
