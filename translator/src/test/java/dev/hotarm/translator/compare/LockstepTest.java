package dev.hotarm.translator.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exception.GuestExit;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.runtime.memory.GuestMemory;
import dev.hotarm.translator.jit.JitEngine;
import org.junit.jupiter.api.Test;

class LockstepTest {
    static final long CODE = 0x10_0000L;
    static final long DATA = 0x20_0000L;

    private static final int[] PROGRAM = {
        0x91000421, // add x1, x1, #0x1
        0x91000821, // add x1, x1, #0x2
        0xf9000441, // str x1, [x2, #8]
        0xf9400443, // ldr x3, [x2, #8]
        0xd4000001, // svc #0x0         (a block of its own)
        0xf1000c60, // subs x0, x3, #0x3
        0xf9000840, // str x0, [x2, #16]
        0xd4000001, // svc #0x0
    };

    /** SVC: the first one returns, the second exits. */
    static Machine guest() {
        GuestMemory memory = new GuestMemory();
        memory.map(CODE, GuestMemory.PAGE_SIZE, GuestMemory.READ | GuestMemory.EXEC);
        memory.map(DATA, GuestMemory.PAGE_SIZE, GuestMemory.READ | GuestMemory.WRITE);
        for (int i = 0; i < PROGRAM.length; i++) {
            int w = PROGRAM[i];
            memory.poke(CODE + 4L * i, new byte[] {(byte) w, (byte) (w >>> 8), (byte) (w >>> 16),
                    (byte) (w >>> 24)}, 0, 4);
        }
        Machine machine = new Machine(memory);
        int[] calls = {0};
        machine.setSupervisorCallHandler((cpu, imm) -> {
            if (calls[0]++ > 0) {
                throw new GuestExit(0);
            }
            cpu.x[5] = 42; // a system call result both engines must see
        });
        return machine;
    }

    static CpuState start() {
        CpuState cpu = new CpuState();
        cpu.pc = CODE;
        cpu.x[2] = DATA;
        return cpu;
    }

    @Test
    void agreeingEnginesRunToTheEnd() {
        Lockstep lockstep = new Lockstep(guest(), JitEngine.Options.defaults());
        CpuState cpu = start();
        assertThrows(GuestExit.class, () -> lockstep.run(cpu));
        assertEquals(2, lockstep.blocksCompared());
        assertEquals(6, lockstep.instructionsCompared());
        assertEquals(42, cpu.x[5]);
    }

    @Test
    void mistranslatedInstructionIsCaughtAtItsBlockAndRegister() {
        Lockstep lockstep = new Lockstep(guest(),
                JitEngine.Options.defaults().withMistranslation(CODE + 4));
        Lockstep.Divergence d = lockstep.run(start());
        assertNotNull(d);
        assertEquals(CODE, d.blockPc());
        assertTrue(d.registers().contains("x1: expected 0x3, actual 0x2"),
                d.registers().toString());
        assertTrue(d.registers().contains("x3: expected 0x3, actual 0x2"),
                d.registers().toString());
        assertEquals(java.util.List.of("[0x200008]: expected 0x03, actual 0x02"), d.memory(),
                "the stored doubleword differs in its low byte only");
    }
}
