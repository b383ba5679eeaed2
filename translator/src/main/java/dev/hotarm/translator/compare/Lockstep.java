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
    private final CpuState before = new CpuState();
    private final CpuState expected = new CpuState();
    private final Journal interpJournal = new Journal();
    private final Journal jitJournal = new Journal();
    private long blocksCompared;
    private long instructionsCompared;

    public Lockstep(Machine machine, JitEngine.Options jitOptions) {
        this.machine = machine;
        this.memory = machine.memory();
        this.interpreter = new Interpreter(machine);
        this.jit = new JitEngine(machine, jitOptions.withLoopsInBlock(false));
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
        cpu.copyInto(before);

        // Interpreter first, journaled; remember what it wrote, then undo it.
        before.copyInto(expected);
        GuestException interpException = null;
        interpJournal.clear();
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
        interpJournal.captureFinalValues(memory);
        interpJournal.undo(memory);

        // Then the JIT, from the same state.
        GuestException jitException = null;
        jitJournal.clear();
        memory.setWriteJournal(jitJournal);
        try {
            block.execute(cpu);
        } catch (GuestException e) {
            jitException = e;
        } finally {
            memory.setWriteJournal(null);
        }
        jitJournal.captureFinalValues(memory);

        List<String> registers = compareState(expected, cpu);
        List<String> memoryDiffs = compareWrites(interpJournal.finalValues(),
                jitJournal.finalValues());
        String exception = null;
        if ((interpException == null) != (jitException == null)
                || (interpException != null
                        && !interpException.getMessage().equals(jitException.getMessage()))) {
            exception = "interpreter: " + describe(interpException) + ", jit: "
                    + describe(jitException);
        }
        if (!registers.isEmpty() || !memoryDiffs.isEmpty() || exception != null) {
            return new Divergence(before.pc, block.instructionCount, registers, memoryDiffs,
                    exception);
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
            diffs.add(String.format("nzcv: expected %s, actual %s", flags(expected.nzcv),
                    flags(actual.nzcv)));
        }
        for (int n = 0; n < 32; n++) {
            if (expected.v[2 * n] != actual.v[2 * n] || expected.v[2 * n + 1] != actual.v[2 * n
                    + 1]) {
                diffs.add(String.format("v%d: expected 0x%016x%016x, actual 0x%016x%016x", n,
                        expected.v[2 * n + 1], expected.v[2 * n], actual.v[2 * n + 1],
                                actual.v[2 * n]));
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
        if (expected.equals(actual)) {
            return diffs;
        }
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

    /**
     * The bytes one engine wrote in one block, in order, so they can be undone newest first.
     * Plain growable arrays: lockstep runs every block of the program through here.
     */
    private static final class Journal implements GuestMemory.WriteJournal {
        private long[] addresses = new long[64];
        private byte[] oldValues = new byte[64];
        private int count;
        private final Map<Long, Byte> finalValues = new TreeMap<>();

        void clear() {
            count = 0;
            finalValues.clear();
        }

        @Override
        public void written(long address, byte oldValue) {
            if (count == addresses.length) {
                addresses = java.util.Arrays.copyOf(addresses, 2 * count);
                oldValues = java.util.Arrays.copyOf(oldValues, 2 * count);
            }
            addresses[count] = address;
            oldValues[count] = oldValue;
            count++;
        }

        /** Reads, once the engine is done, the value each written byte ended with. */
        void captureFinalValues(GuestMemory memory) {
            for (int i = 0; i < count; i++) {
                finalValues.put(addresses[i], memory.peek(addresses[i]));
            }
        }

        Map<Long, Byte> finalValues() {
            return finalValues;
        }

        void undo(GuestMemory memory) {
            byte[] one = new byte[1];
            for (int i = count - 1; i >= 0; i--) {
                one[0] = oldValues[i];
                memory.poke(addresses[i], one, 0, 1);
            }
        }
    }
}
