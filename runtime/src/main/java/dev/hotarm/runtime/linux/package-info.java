/**
 * The Linux user-mode layer: what a guest process sees of the kernel.
 *
 * <p>{@link dev.hotarm.runtime.linux.LinuxProcess#load} parses the executable
 * ({@link dev.hotarm.runtime.linux.ElfFile}), maps its PT_LOAD segments with their rights, builds
 * the initial stack (argc, argv, envp, auxv with strings above them) below
 * {@link dev.hotarm.runtime.linux.AddressSpace#STACK_TOP}, and installs a
 * {@link dev.hotarm.runtime.linux.syscall.LinuxKernel} as the machine's supervisor-call handler.
 *
 * <p>System calls ({@code syscall} package) take one of two routes:
 * <ul>
 * <li>Files, directories, pipes, terminals, time and randomness go to the host C library
 *     through the FFM API, by function name. Guest descriptors are host descriptors, so
 *     standard streams behave natively and nothing the guest writes waits in a Java buffer.
 *     The kernel keeps a set of the descriptors the guest owns so that it can never read,
 *     close or dup over one of the JVM's own. Open flags are translated where the host's
 *     values differ (x86-64, POWER); {@code struct stat} is built from {@code statx}, whose
 *     layout is the same everywhere.</li>
 * <li>Memory (brk, mmap, munmap, mprotect, mremap) is emulated on the software page table;
 *     {@link dev.hotarm.runtime.linux.AddressSpace} tracks which ranges are in use and hands
 *     out free ones top-down from {@code MMAP_TOP}, as Linux does.</li>
 * </ul>
 *
 * <p>{@link dev.hotarm.runtime.linux.syscall.Syscall} is the one table of names and argument
 * kinds; {@link dev.hotarm.runtime.linux.syscall.Strace} formats every line from it.
 *
 * <p>Known shortcomings, each marked where it lives:
 * <ul>
 * <li>No signal delivery: rt_sigaction and rt_sigprocmask only record. A signal the process
 *     sends itself ends it when its default action would (also with a handler installed);
 *     a write to a pipe without readers ends it with SIGPIPE when the action is SIG_DFL.</li>
 * <li>No processes or threads: clone, clone3, execve return ENOSYS, wait4 ECHILD, futex
 *     waits fail instead of blocking forever. A process model needs, per process: its own
 *     {@code LinuxKernel} (pid, descriptor set, signal state), a copy of the page table
 *     (copy-on-write) and of {@code AddressSpace}; fork then runs the child on a new Java
 *     thread from the parent's CpuState with X0 = 0, and wait4 joins it.
 *     Because guest descriptors are host descriptors, a forked child's dup2 or close would
 *     act on the parent's descriptors too: processes need a per-process table mapping guest
 *     numbers to host descriptors (dup'ed on fork) instead of the owned-descriptor set. The
 *     same table would let dup2 onto a number the JVM holds succeed; today it fails with
 *     EBUSY.</li>
 * <li>MAP_SHARED file mappings are private copies: stores never reach the file.
 *     MADV_DONTNEED does not zero pages.</li>
 * <li>setrlimit/prlimit64 record the guest's limits without applying them, so the guest
 *     cannot constrain the JVM it runs in.</li>
 * <li>The pid is the host JVM's; kill of any other pid fails with ESRCH.</li>
 * </ul>
 */
package dev.hotarm.runtime.linux;
