package dev.hotarm.runtime.linux;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.runtime.linux.ElfFile.ProgramHeader;
import dev.hotarm.runtime.linux.syscall.Host;
import dev.hotarm.runtime.linux.syscall.LinuxKernel;
import dev.hotarm.runtime.memory.GuestMemory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * A guest Linux process ready to run: the executable loaded into a fresh address space, the
 * initial stack built as the AArch64 Linux ABI describes, and the system call layer installed
 * as the machine's supervisor-call handler.
 */
public final class LinuxProcess {
    /** Where a static PIE (ET_DYN) is placed, as qemu-aarch64 does. */
    public static final long PIE_BASE = 0x55_0000_0000L;

    /** auxv keys (include/uapi/linux/auxvec.h). */
    public static final int AT_NULL = 0, AT_PHDR = 3, AT_PHENT = 4, AT_PHNUM = 5,
            AT_PAGESZ = 6, AT_BASE = 7, AT_FLAGS = 8, AT_ENTRY = 9, AT_UID = 11, AT_EUID = 12,
            AT_GID = 13, AT_EGID = 14, AT_PLATFORM = 15, AT_HWCAP = 16, AT_CLKTCK = 17,
            AT_SECURE = 23, AT_RANDOM = 25, AT_HWCAP2 = 26, AT_EXECFN = 31,
            AT_MINSIGSTKSZ = 51;
    /** The CPU we advertise: FP and ASIMD only, a plain ARMv8.0-A core. */
    public static final long HWCAP_FP = 1 << 0, HWCAP_ASIMD = 1 << 1;

    private final Machine machine;
    private final CpuState cpu;
    private final ElfFile elf;
    private final LinuxKernel kernel;
    private final AddressSpace space;

    private LinuxProcess(Machine machine, CpuState cpu, ElfFile elf, LinuxKernel kernel,
            AddressSpace space) {
        this.machine = machine;
        this.cpu = cpu;
        this.elf = elf;
        this.kernel = kernel;
        this.space = space;
    }

    public Machine machine() {
        return machine;
    }

    public CpuState cpu() {
        return cpu;
    }

    public ElfFile elf() {
        return elf;
    }

    public LinuxKernel kernel() {
        return kernel;
    }

    public AddressSpace addressSpace() {
        return space;
    }

    public static LinuxProcess load(Path program, List<String> args, List<String> env,
            LinuxOptions options) throws LoadException {
        ElfFile elf = ElfFile.parse(program);
        GuestMemory memory = new GuestMemory();
        AddressSpace space = new AddressSpace(memory);
        Image image = loadImage(elf, space);

        String exePath = realPath(program);
        LinuxKernel kernel = new LinuxKernel(space, exePath, options.strace());
        Machine machine = new Machine(memory);
        machine.setSupervisorCallHandler(kernel);

        List<String> argv = new ArrayList<>();
        argv.add(options.argv0() != null ? options.argv0() : program.toString());
        argv.addAll(args);
        CpuState cpu = new CpuState();
        cpu.pc = image.entry;
        cpu.sp = buildStack(space, argv, env, image, program.toString(), stackRights(elf));
        return new LinuxProcess(machine, cpu, elf, kernel, space);
    }

    /** /proc/self/exe names the file itself, with symbolic links resolved, as Linux does. */
    private static String realPath(Path program) {
        try {
            return program.toRealPath().toString();
        } catch (java.io.IOException e) {
            return program.toAbsolutePath().normalize().toString();
        }
    }

    /** Where the loaded program's pieces ended up, for the auxiliary vector. */
    record Image(long base, long entry, long phdr, int phnum) { }

    static Image loadImage(ElfFile elf, AddressSpace space) throws LoadException {
        String name = elf.path().toString();
        if (elf.type() != ElfFile.ET_EXEC && elf.type() != ElfFile.ET_DYN) {
            throw new LoadException("not an executable: " + name + " is ELF type "
                    + elf.type() + (elf.type() == 1 ? " (relocatable object)" : ""));
        }
        for (ProgramHeader ph : elf.programHeaders()) {
            if (ph.type() == ElfFile.PT_INTERP) {
                byte[] b = elf.bytes(ph.offset(), (int) ph.filesz());
                int n = 0;
                while (n < b.length && b[n] != 0) {
                    n++;
                }
                throw new LoadException("dynamically linked programs are not supported yet; "
                        + "interpreter " + new String(b, 0, n, StandardCharsets.UTF_8));
            }
        }
        List<ProgramHeader> loads = elf.programHeaders().stream()
                .filter(ph -> ph.type() == ElfFile.PT_LOAD && ph.memsz() > 0).toList();
        if (loads.isEmpty()) {
            throw new LoadException("bad ELF: " + name + " has no loadable segment");
        }
        long base = elf.type() == ElfFile.ET_DYN ? PIE_BASE : 0;
        long entry = base + elf.entry();
        boolean entryOk = false;
        for (ProgramHeader ph : loads) {
            long start = base + ph.vaddr();
            long end = start + ph.memsz();
            if (start < GuestMemory.PAGE_SIZE || end < start || end > AddressSpace.MMAP_BOTTOM) {
                throw new LoadException(String.format(
                        "bad ELF: segment at 0x%x-0x%x is outside the user address range",
                        start, end));
            }
            if ((ph.flags() & ElfFile.PF_X) != 0 && ph.contains(entry - base)) {
                entryOk = true;
            }
        }
        if (!entryOk) {
            throw new LoadException(String.format(
                    "entry point 0x%x is not in an executable segment", entry));
        }
        GuestMemory memory = space.memory();
        long top = 0;
        for (ProgramHeader ph : loads) {
            mapSegment(elf, space, memory, base, ph);
            top = Math.max(top, AddressSpace.pageUp(base + ph.vaddr() + ph.memsz()));
        }
        space.initBrk(top);
        return new Image(base, entry, phdrAddress(elf, loads, base),
                elf.programHeaders().size());
    }

    /**
     * Maps one PT_LOAD segment. Like Linux, the whole first page comes from the file (so the
     * ELF header is visible in a segment at offset 0) and the rest after p_filesz is zero.
     * A page shared with an earlier segment keeps its contents and gains this one's rights.
     */
    private static void mapSegment(ElfFile elf, AddressSpace space, GuestMemory memory,
            long base, ProgramHeader ph) {
        int prot = ((ph.flags() & ElfFile.PF_R) != 0 ? GuestMemory.READ : 0)
                | ((ph.flags() & ElfFile.PF_W) != 0 ? GuestMemory.WRITE : 0)
                | ((ph.flags() & ElfFile.PF_X) != 0 ? GuestMemory.EXEC : 0);
        long start = base + ph.vaddr();
        long pageStart = AddressSpace.pageDown(start);
        long end = AddressSpace.pageUp(start + ph.memsz());
        boolean firstPageShared = memory.isMapped(pageStart);
        for (long p = pageStart; p < end; p += GuestMemory.PAGE_SIZE) {
            if (memory.isMapped(p)) {
                memory.protect(p, GuestMemory.PAGE_SIZE, memory.permissions(p) | prot);
            } else {
                memory.map(p, GuestMemory.PAGE_SIZE, prot);
            }
        }
        space.markUsed(pageStart, end);
        long lead = start - pageStart;
        long fileStart = ph.offset() - lead;
        if (fileStart >= 0 && lead > 0 && !firstPageShared) {
            byte[] head = elf.bytes(fileStart, (int) lead);
            memory.poke(pageStart, head, 0, head.length);
        }
        if (ph.filesz() > 0) {
            byte[] body = elf.bytes(ph.offset(), (int) ph.filesz());
            memory.poke(start, body, 0, body.length);
        }
    }

    /** The stack is executable only when PT_GNU_STACK asks for it, as on arm64 Linux. */
    private static int stackRights(ElfFile elf) {
        int rw = GuestMemory.READ | GuestMemory.WRITE;
        for (ProgramHeader ph : elf.programHeaders()) {
            if (ph.type() == ElfFile.PT_GNU_STACK) {
                return (ph.flags() & ElfFile.PF_X) != 0 ? rw | GuestMemory.EXEC : rw;
            }
        }
        return rw;
    }

    /** Where the program headers are in memory: PT_PHDR, else inside the segment holding them. */
    private static long phdrAddress(ElfFile elf, List<ProgramHeader> loads, long base) {
        for (ProgramHeader ph : elf.programHeaders()) {
            if (ph.type() == ElfFile.PT_PHDR) {
                return base + ph.vaddr();
            }
        }
        long off = elf.programHeaderOffset();
        for (ProgramHeader ph : loads) {
            if (off >= ph.offset() && off < ph.offset() + ph.filesz()) {
                return base + ph.vaddr() + (off - ph.offset());
            }
        }
        return 0;
    }

    /**
     * Builds the initial stack: strings at the top, then (16-byte aligned at sp) argc, argv
     * pointers, NULL, envp pointers, NULL, and the auxiliary vector ending in AT_NULL.
     */
    static long buildStack(AddressSpace space, List<String> argv, List<String> env, Image image,
            String execfn, int rights) {
        long top = AddressSpace.STACK_TOP;
        space.map(top - AddressSpace.STACK_SIZE, AddressSpace.STACK_SIZE, rights);
        GuestMemory memory = space.memory();
        // A zero word at the very top, as Linux leaves one below the end marker.
        long at = top - 8;

        at = pushString(memory, at, execfn);
        long execfnAddr = at;
        long[] envAddrs = new long[env.size()];
        for (int i = env.size() - 1; i >= 0; i--) {
            at = pushString(memory, at, env.get(i));
            envAddrs[i] = at;
        }
        long[] argAddrs = new long[argv.size()];
        for (int i = argv.size() - 1; i >= 0; i--) {
            at = pushString(memory, at, argv.get(i));
            argAddrs[i] = at;
        }
        at = pushString(memory, at, "aarch64");
        long platformAddr = at;
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        at = (at - 16) & ~15L;
        memory.write(at, random);
        long randomAddr = at;

        long[] auxv = {
            AT_PHDR, image.phdr, AT_PHENT, ElfFile.PHDR_SIZE, AT_PHNUM, image.phnum,
            AT_PAGESZ, GuestMemory.PAGE_SIZE, AT_BASE, 0, AT_FLAGS, 0, AT_ENTRY, image.entry,
            AT_UID, Host.getuid(), AT_EUID, Host.geteuid(), AT_GID, Host.getgid(),
            AT_EGID, Host.getegid(), AT_SECURE, 0, AT_RANDOM, randomAddr,
            AT_HWCAP, HWCAP_FP | HWCAP_ASIMD, AT_HWCAP2, 0, AT_CLKTCK, 100,
            AT_EXECFN, execfnAddr, AT_PLATFORM, platformAddr, AT_MINSIGSTKSZ, 5120,
            AT_NULL, 0,
        };
        int words = 1 + argv.size() + 1 + env.size() + 1 + auxv.length;
        long sp = (at - 8L * words) & ~15L;
        long p = sp;
        memory.write64(p, argv.size());
        p += 8;
        for (long a : argAddrs) {
            memory.write64(p, a);
            p += 8;
        }
        memory.write64(p, 0);
        p += 8;
        for (long e : envAddrs) {
            memory.write64(p, e);
            p += 8;
        }
        memory.write64(p, 0);
        p += 8;
        for (long v : auxv) {
            memory.write64(p, v);
            p += 8;
        }
        return sp;
    }

    private static long pushString(GuestMemory memory, long at, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        at -= b.length + 1;
        memory.write(at, b);
        memory.write8(at + b.length, (byte) 0);
        return at;
    }
}
