package dev.hotarm.translator.compare;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.runtime.exception.GuestException;
import dev.hotarm.runtime.exec.Machine;
import dev.hotarm.runtime.memory.GuestMemory;
import dev.hotarm.translator.a64.branch.BranchSystem;
import dev.hotarm.translator.interp.Interpreter;
import dev.hotarm.translator.jit.JitEngine;
import dev.hotarm.translator.jit.TranslatedBlock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a guest under the interpreter and the JIT in lockstep, one translated block at a time,
 * from identical states, and reports the first block after which they disagree.
 *
 * <p>For each block the interpreter goes first, with every memory write journaled; its writes
 * are then undone and the JIT runs the same block from the same state, journaled too. The two
 * final states and the two sets of written bytes must be equal. Supervisor calls are blocks of
 * their own and run once, in the interpreter, so their effects feed both engines.
 */
public final class Lockstep {
    /** Where the engines first disagreed. */
    public record Divergence(long blockPc, int instructionCount, List<String> registers,
                             List<String> memory, String exception) {
    }

    private final Machine machine;
    private final GuestMemory memory;
    private final Interpreter interpreter;
    private final JitEngine jit;
    private long blocksCompared;
    private long instructionsCompared;

    public Lockstep(Machine machine, JitEngine.Options jitOptions) {
        this.machine = machine;
        this.memory = machine.memory();
        this.interpreter = new Interpreter(machine);
        this.jit = new JitEngine(machine, jitOptions);
    }

    public long blocksCompared() {
        return blocksCompared;
    }

    public long instructionsCompared() {
        return instructionsCompared;
    }

    public JitEngine jit() {
        return jit;
    }

    /**
     * Compares until the guest leaves both engines the same way (exit, or the same guest
     * exception, which is rethrown) or they diverge, which is returned.
     */
    public Divergence run(CpuState cpu) {
        while (true) {
            TranslatedBlock block = jit.blockAt(cpu.pc);
            if (block.instructionCount == 1 && isSupervisorCall(cpu.pc)) {
                interpreter.step(cpu);
                continue;
            }
            Divergence d = compareBlock(cpu, block);
            if (d != null) {
                return d;
            }
        }
    }

    private boolean isSupervisorCall(long pc) {
        return interpreter.decode(memory.fetch32(pc)) instanceof BranchSystem.Svc;
    }

    private Divergence compareBlock(CpuState cpu, TranslatedBlock block) {
        CpuState before = cpu.copy();

        // Interpreter first, journaled; remember what it wrote, then undo it.
        CpuState expected = before.copy();
        Journal interpJournal = new Journal();
        GuestException interpException = null;
        memory.setWriteJournal(interpJournal);
        try {
            for (int i = 0; i < block.instructionCount; i++) {
                interpreter.step(expected);
            }
        } catch (GuestException e) {
            interpException = e;
        } finally {
            memory.setWriteJournal(null);
        }
        Map<Long, Byte> interpWrites = interpJournal.finalValues(memory);
        interpJournal.undo(memory);

        // Then the JIT, from the same state.
        Journal jitJournal = new Journal();
        GuestException jitException = null;
        memory.setWriteJournal(jitJournal);
        try {
            block.execute(cpu);
        } catch (GuestException e) {
            jitException = e;
        } finally {
            memory.setWriteJournal(null);
        }
        Map<Long, Byte> jitWrites = jitJournal.finalValues(memory);

        List<String> registers = compareState(expected, cpu);
        List<String> memoryDiffs = compareWrites(interpWrites, jitWrites);
        String exception = null;
        if ((interpException == null) != (jitException == null)
                || (interpException != null && !interpException.getMessage().equals(jitException.getMessage()))) {
            exception = "interpreter: " + describe(interpException) + ", jit: " + describe(jitException);
        }
        if (!registers.isEmpty() || !memoryDiffs.isEmpty() || exception != null) {
            return new Divergence(before.pc, block.instructionCount, registers, memoryDiffs, exception);
        }
        blocksCompared++;
        instructionsCompared += block.instructionCount;
        if (jitException != null) {
            throw jitException;
        }
        return null;
    }

    private static String describe(GuestException e) {
        return e == null ? "no exception" : e.getMessage();
    }

    /** Differences as {@code name: expected (interpreter) vs actual (JIT)} lines. */
    static List<String> compareState(CpuState expected, CpuState actual) {
        List<String> diffs = new ArrayList<>();
        for (int n = 0; n < 31; n++) {
            diff(diffs, "x" + n, expected.x[n], actual.x[n]);
        }
        diff(diffs, "sp", expected.sp, actual.sp);
        diff(diffs, "pc", expected.pc, actual.pc);
        if (expected.nzcv != actual.nzcv) {
            diffs.add(String.format("nzcv: expected %s, actual %s", flags(expected.nzcv), flags(actual.nzcv)));
        }
        for (int n = 0; n < 32; n++) {
            if (expected.v[2 * n] != actual.v[2 * n] || expected.v[2 * n + 1] != actual.v[2 * n + 1]) {
                diffs.add(String.format("v%d: expected 0x%016x%016x, actual 0x%016x%016x", n,
                        expected.v[2 * n + 1], expected.v[2 * n], actual.v[2 * n + 1], actual.v[2 * n]));
            }
        }
        diff(diffs, "fpcr", expected.fpcr, actual.fpcr);
        diff(diffs, "fpsr", expected.fpsr, actual.fpsr);
        diff(diffs, "tpidr_el0", expected.tpidrEl0, actual.tpidrEl0);
        return diffs;
    }

    private static void diff(List<String> diffs, String name, long expected, long actual) {
        if (expected != actual) {
            diffs.add(String.format("%s: expected 0x%x, actual 0x%x", name, expected, actual));
        }
    }

    private static String flags(int nzcv) {
        return ((nzcv & CpuState.N) != 0 ? "N" : "n") + ((nzcv & CpuState.Z) != 0 ? "Z" : "z")
                + ((nzcv & CpuState.C) != 0 ? "C" : "c") + ((nzcv & CpuState.V) != 0 ? "V" : "v");
    }

    private static List<String> compareWrites(Map<Long, Byte> expected, Map<Long, Byte> actual) {
        List<String> diffs = new ArrayList<>();
        TreeMap<Long, Byte> all = new TreeMap<>(expected);
        actual.forEach(all::putIfAbsent);
        for (long address : all.keySet()) {
            Byte e = expected.get(address);
            Byte a = actual.get(address);
            if (e == null || !e.equals(a)) {
                diffs.add(String.format("[0x%x]: expected %s, actual %s", address,
                        e == null ? "no write" : String.format("0x%02x", e & 0xFF),
                        a == null ? "no write" : String.format("0x%02x", a & 0xFF)));
            }
        }
        return diffs;
    }

    /** The bytes one engine wrote in one block, oldest first, so they can be undone. */
    private static final class Journal implements GuestMemory.WriteJournal {
        private final LinkedHashMap<Long, Byte> firstOld = new LinkedHashMap<>();

        @Override
        public void written(long address, byte oldValue) {
            firstOld.putIfAbsent(address, oldValue);
        }

        Map<Long, Byte> finalValues(GuestMemory memory) {
            Map<Long, Byte> values = new LinkedHashMap<>();
            for (long address : firstOld.keySet()) {
                values.put(address, peek(memory, address));
            }
            return values;
        }

        void undo(GuestMemory memory) {
            firstOld.forEach((address, old) -> memory.poke(address, new byte[] {old}, 0, 1));
        }

        private static byte peek(GuestMemory memory, long address) {
            return memory.peek(address);
        }
    }
}
