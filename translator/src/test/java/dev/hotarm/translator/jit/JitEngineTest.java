package dev.hotarm.translator.jit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exception.GuestExit;
import dev.hotarm.runtime.exception.GuestFault;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.runtime.memory.GuestMemory;
import dev.hotarm.translator.interp.Interpreter;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

class JitEngineTest {
    static final long CODE = 0x10_0000L;
    static final long DATA = 0x20_0000L;
    /** Translate every block on first execution, so these tests see only generated code. */
    static final JitEngine.Options EAGER = JitEngine.Options.defaults().withHotThreshold(1);

    /** A guest with code at CODE, data at DATA, and SVC #0 meaning "exit with X0". */
    static Machine guest(int... words) {
        GuestMemory memory = new GuestMemory();
        memory.map(CODE, 2 * GuestMemory.PAGE_SIZE, GuestMemory.READ | GuestMemory.EXEC);
        memory.map(DATA, GuestMemory.PAGE_SIZE, GuestMemory.READ | GuestMemory.WRITE);
        for (int i = 0; i < words.length; i++) {
            int w = words[i];
            memory.poke(CODE + 4L * i, new byte[] {(byte) w, (byte) (w >>> 8), (byte) (w >>> 16),
                    (byte) (w >>> 24)}, 0, 4);
        }
        Machine machine = new Machine(memory);
        machine.setSupervisorCallHandler((cpu, imm) -> {
            throw new GuestExit((int) cpu.x[0]);
        });
        return machine;
    }

    static CpuState start() {
        CpuState cpu = new CpuState();
        cpu.pc = CODE;
        cpu.sp = DATA + 0x800;
        cpu.x[2] = DATA;
        return cpu;
    }

    private static final int[] STRAIGHT_LINE = {
        0x91000421, // add x1, x1, #0x1
        0x91000821, // add x1, x1, #0x2
        0xf9000441, // str x1, [x2, #8]
        0xf9400443, // ldr x3, [x2, #8]
        0xf1000c60, // subs x0, x3, #0x3
        0x910043ff, // add sp, sp, #0x10
        0xd4000001, // svc #0x0
    };

    @Test
    void straightLineBlockMatchesInterpreter() {
        CpuState jit = start();
        JitEngine engine = new JitEngine(guest(STRAIGHT_LINE), EAGER);
        assertThrows(GuestExit.class, () -> engine.run(jit));

        CpuState interp = start();
        Interpreter interpreter = new Interpreter(guest(STRAIGHT_LINE));
        assertThrows(GuestExit.class, () -> interpreter.run(interp));

        assertArrayEquals(interp.x, jit.x);
        assertEquals(interp.sp, jit.sp);
        assertEquals(interp.nzcv, jit.nzcv);
        assertEquals(interp.pc, jit.pc);
        assertEquals(CpuState.Z | CpuState.C, jit.nzcv);
        assertEquals(3, jit.x[3]);
    }

    @Test
    void faultInTheMiddleOfABlockIsPrecise() {
        int[] words = {
            0x91000421, // add x1, x1, #0x1
            0xf9400443, // ldr x3, [x2, #8]   (x2 points at an unmapped page)
            0x91000421, // add x1, x1, #0x1
            0xd4000001, // svc #0x0
        };
        CpuState cpu = start();
        cpu.x[2] = 0x50_0000L;
        JitEngine engine = new JitEngine(guest(words), EAGER);
        GuestFault fault = assertThrows(GuestFault.class, () -> engine.run(cpu));
        assertEquals(0x50_0008L, fault.address());
        assertEquals(CODE + 4, cpu.pc);
        assertEquals(1, cpu.x[1]);
    }

    @Test
    void generatedClassesPassTheVerifier(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        JitEngine engine = new JitEngine(guest(STRAIGHT_LINE),
                EAGER.withDumpClasses(dir));
        assertThrows(GuestExit.class, () -> engine.run(start()));
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                StringWriter problems = new StringWriter();
                CheckClassAdapter.verify(new ClassReader(Files.readAllBytes(file)), false,
                        new PrintWriter(problems));
                assertEquals("", problems.toString(), file.toString());
            }
        }
        assertTrue(engine.stats.classesDefined >= 2);
    }

    @Test
    void writingTranslatedCodeInvalidatesIt() {
        // Run the block, then rewrite its first instruction and run it again.
        int[] words = {
            0x91000421, // add x1, x1, #0x1
            0xd4000001, // svc #0x0
        };
        Machine machine = guest(words);
        machine.memory().protect(CODE, GuestMemory.PAGE_SIZE,
                GuestMemory.READ | GuestMemory.WRITE | GuestMemory.EXEC);
        JitEngine engine = new JitEngine(machine, EAGER);
        CpuState cpu = start();
        assertThrows(GuestExit.class, () -> engine.run(cpu));
        assertEquals(1, cpu.x[1]);

        machine.memory().write32(CODE, 0x91002821); // add x1, x1, #0xa
        assertEquals(2, engine.stats.invalidations, "both blocks on the page are dropped");
        cpu.pc = CODE;
        assertThrows(GuestExit.class, () -> engine.run(cpu));
        assertEquals(11, cpu.x[1]);
    }

    /** A counted loop calling a function: B.cond, BL/RET, CBZ and TBNZ, chained. */
    private static final int[] CALL_LOOP = {
        0xd2807d00, // mov x0, #0x3e8
        0xd2800002, // mov x2, #0x0
        0x94000008, // loop: bl f
        0xf1000400, // subs x0, x0, #0x1
        0x54ffffc1, // b.ne loop
        0xb4000040, // cbz x0, done
        0xd4200020, // brk #0x1
        0xb7f80002, // done: tbnz x2, #63, done
        0xaa0203e0, // mov x0, x2
        0xd4000001, // svc #0x0
        0x8b000042, // f: add x2, x2, x0
        0xd65f03c0, // ret
    };

    @Test
    void loopWithCallsIsChainedAndPredicted() {
        JitEngine engine = new JitEngine(guest(CALL_LOOP), EAGER);
        GuestExit exit = assertThrows(GuestExit.class, () -> engine.run(start()));
        assertEquals(1000 * 1001 / 2 & 0xFF, exit.status() & 0xFF);
        CpuState interp = start();
        assertThrows(GuestExit.class, () -> new Interpreter(guest(CALL_LOOP)).run(interp));
        assertEquals(interp.x[0], 1000 * 1001 / 2);

        assertEquals(1000, engine.stats.returnPredictions, "every RET returns where its BL said");
        assertEquals(0, engine.stats.returnMispredictions);
        assertTrue(engine.stats.cacheLookups < 20, "chained exits bypass the cache: "
                + engine.stats.cacheLookups);
    }

    @Test
    void coldCodeIsInterpretedUntilHot() {
        JitEngine engine = new JitEngine(guest(CALL_LOOP));
        GuestExit exit = assertThrows(GuestExit.class, () -> engine.run(start()));
        assertEquals(1000 * 1001 / 2 & 0xFF, exit.status() & 0xFF);
        assertTrue(engine.stats.interpretedInstructions > 0);
        assertTrue(engine.stats.interpretedInstructions < 200, "the loop became hot quickly: "
                + engine.stats.interpretedInstructions);
        assertEquals(3, engine.stats.blocksTranslated, "loop head, loop tail and callee; "
                + "the once-run entry and exit blocks stay interpreted");
    }

    @Test
    void blocksOverHotSpotsCompileLimitAreSplit() {
        // A page of 1023 ADDs then SVC: one block of them would exceed 8000 bytecode bytes.
        int[] words = new int[1025];
        java.util.Arrays.fill(words, 0, 1023, 0x91000421);   // add x1, x1, #0x1
        words[1023] = 0xaa0103e0;                              // mov x0, x1
        words[1024] = 0xd4000001;                              // svc #0x0
        JitEngine engine = new JitEngine(guest(words), EAGER.withMaxBlockInstructions(2048));
        GuestExit exit = assertThrows(GuestExit.class, () -> engine.run(start()));
        assertEquals(1023 & 0xFF, exit.status() & 0xFF);
        assertTrue(engine.stats.blocksSplit > 0, "split: " + engine.stats.blocksSplit);
        assertTrue(engine.stats.largestMethodBytes > 1000, "measured: "
                + engine.stats.largestMethodBytes);
        assertTrue(engine.stats.largestMethodBytes <= BlockTranslator.HUGE_METHOD_LIMIT,
                "largest: " + engine.stats.largestMethodBytes);
    }

    @Test
    void flagsOverwrittenInTheBlockAreNotComputed() {
        int[] flagSetting = {0xb1000421, 0xf1000442, 0xf2400463, 0xf100087f, 0xd4000001};
        int[] plain = {0x91000421, 0xd1000442, 0x92400463, 0xf100087f, 0xd4000001};
        // adds/subs/ands x.. then cmp x3, #2 versus add/sub/and then the same cmp.
        JitEngine withFlags = new JitEngine(guest(flagSetting), EAGER);
        CpuState jit = start();
        jit.x[3] = 7;
        assertThrows(GuestExit.class, () -> withFlags.run(jit));
        CpuState interp = start();
        interp.x[3] = 7;
        assertThrows(GuestExit.class, () -> new Interpreter(guest(flagSetting)).run(interp));
        assertArrayEquals(interp.x, jit.x);
        assertEquals(interp.nzcv, jit.nzcv);

        JitEngine withoutFlags = new JitEngine(guest(plain), EAGER);
        assertThrows(GuestExit.class, () -> withoutFlags.run(start()));
        assertEquals(withoutFlags.stats.bytecodeBytes, withFlags.stats.bytecodeBytes,
                "the three dead flag computations add no bytecode");
    }
}
