package dev.hotarm.runtime.linux;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exception.GuestExit;
import dev.hotarm.runtime.exec.Machine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Runs a crafted program through the loader, the initial stack and SVC, the way an engine
 * does, with a stand-in executor that knows only the three instructions the program uses.
 */
class RunProgramTest {
    @TempDir
    Path dir;

    static int movz(int rd, int imm16) {
        return 0xd2800000 | imm16 << 5 | rd;
    }

    static final int LDR_X0_SP = 0xf94003e0; // ldr x0, [sp]
    static final int SVC_0 = 0xd4000001;

    /** Executes MOVZ (64-bit), LDR Xt, [SP] and SVC #0 until the program leaves. */
    static void run(Machine machine, CpuState cpu) {
        for (int steps = 0; steps < 1000; steps++) {
            int insn = machine.memory().fetch32(cpu.pc);
            long next = cpu.pc + 4;
            if ((insn & 0xffe00000) == 0xd2800000) {
                cpu.setX(insn & 31, (insn >>> 5) & 0xffff);
            } else if (insn == LDR_X0_SP) {
                cpu.setX(0, machine.memory().read64(cpu.sp));
            } else if (insn == SVC_0) {
                cpu.pc = next;
                machine.supervisorCallHandler().supervisorCall(cpu, 0);
                continue;
            } else {
                throw new AssertionError(String.format("stand-in cannot run 0x%08x", insn));
            }
            cpu.pc = next;
        }
        throw new AssertionError("program did not exit");
    }

    @Test
    void program_exitsWithItsArgumentCount() throws Exception {
        ElfBuilder b = new ElfBuilder();
        int[] code = {
            movz(8, 172), SVC_0,          // getpid
            movz(0, 1234), movz(8, 0x7ff), SVC_0, // an unknown call
            LDR_X0_SP, movz(8, 94), SVC_0, // exit_group(argc)
        };
        ByteBuffer bytes = ByteBuffer.allocate(4 * code.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int w : code) {
            bytes.putInt(w);
        }
        b.code = bytes.array();
        Path prog = dir.resolve("prog");
        Files.write(prog, b.build());
        List<String> trace = new ArrayList<>();
        LinuxProcess proc = LinuxProcess.load(prog, List.of("a", "b"), List.of(),
                new LinuxOptions().strace(trace::add));

        GuestExit exit = assertThrows(GuestExit.class, () -> run(proc.machine(), proc.cpu()));

        assertEquals(3, exit.status());
        assertEquals(List.of(
                "getpid() = " + ProcessHandle.current().pid(),
                "syscall_0x7ff(0x4d2, 0, 0, 0, 0, 0) = -1 ENOSYS (Function not implemented)",
                "exit_group(3) = ?"), trace);
        assertEquals(ElfBuilder.TEXT + 0x1000 + 4 * code.length, proc.cpu().pc);
    }
}
