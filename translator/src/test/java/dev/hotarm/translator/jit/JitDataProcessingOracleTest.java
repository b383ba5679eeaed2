package dev.hotarm.translator.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exception.GuestExit;
import dev.hotarm.translator.interp.DataProcessingOracleTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;

/**
 * The qemu-aarch64 results of the interpreter's data-processing oracle, checked against the
 * JIT: each instruction is translated as a block followed by SVC, which ends the run.
 */
class JitDataProcessingOracleTest {
    static List<Arguments> cases() throws IOException {
        return DataProcessingOracleTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesQemu(String name, String[] f) {
        CpuState cpu = JitEngineTest.start();
        for (int r = 0; r < 4; r++) {
            cpu.x[r] = Long.parseUnsignedLong(f[2 + r], 16);
        }
        cpu.nzcv = Integer.parseInt(f[6], 16) << 28;
        JitEngine engine = new JitEngine(JitEngineTest.guest(Integer.parseUnsignedInt(f[1], 16), 0xd4000001),
                JitEngineTest.EAGER);

        assertThrows(GuestExit.class, () -> engine.run(cpu));

        assertEquals(f[7], Long.toHexString(cpu.x[0]), "X0");
        assertEquals(f[8], Integer.toHexString(cpu.nzcv >>> 28), "NZCV");
        assertEquals(JitEngineTest.CODE + 8, cpu.pc);
    }
}
