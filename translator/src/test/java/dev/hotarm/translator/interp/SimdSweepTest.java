package dev.hotarm.translator.interp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.runtime.memory.GuestMemory;
import dev.hotarm.translator.a64.Decoder;
import dev.hotarm.translator.a64.Insn;
import dev.hotarm.translator.a64.Undefined;
import dev.hotarm.translator.a64.simd.Simd;
import dev.hotarm.translator.disasm.Disassembler;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Robustness over the whole Advanced SIMD space: every word decodes without throwing, and every
 * word that decodes to a {@link Simd} record formats and executes on random registers without
 * throwing (no AssertionError from a missing case, no index out of range from a lane helper).
 * Whether the results are right is the other tests' job (and was checked against qemu-aarch64).
 */
class SimdSweepTest {
    @Test
    void everySimdWordDecodesFormatsAndExecutes() {
        SplittableRandom random = new SplittableRandom(2026);
        Machine machine = new Machine(new GuestMemory());
        int executed = 0;
        for (int i = 0; i < 1_000_000; i++) {
            int word = random.nextInt() | 0x0E00_0000; // op0 = x111: SIMD and FP
            if (random.nextInt(4) != 0) {
                word &= 0x7FFF_FFFF; // bit 31 set is mostly crypto and unallocated: sample less
            }
            if ((word >>> 24 & 0x5E) == 0x1E) {
                continue; // scalar floating point belongs to another group
            }
            int w = word;
            Insn insn = Decoder.decode(w);
            if (insn instanceof Undefined) {
                continue;
            }
            assertTrue(insn instanceof Simd, () -> String.format("%08x: %s", w, insn));
            CpuState cpu = new CpuState();
            for (int r = 0; r < 64; r++) {
                cpu.v[r] = random.nextLong();
            }
            for (int r = 0; r < 31; r++) {
                cpu.x[r] = random.nextLong();
            }
            assertDoesNotThrow(() -> Disassembler.disassemble(w, 0), () -> String.format("%08x", w));
            assertDoesNotThrow(() -> Interpreter.execute(machine, cpu, insn, 0x1000),
                    () -> String.format("%08x %s", w, Disassembler.disassemble(w, 0)));
            executed++;
        }
        assertTrue(executed > 50_000, "only " + executed + " SIMD words in the sample");
    }
}
