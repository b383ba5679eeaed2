package dev.hotarm.translator.jit;

import static org.objectweb.asm.Opcodes.*;

import dev.hotarm.translator.a64.Insn;
import dev.hotarm.translator.a64.Undefined;
import dev.hotarm.translator.a64.branch.BranchSystem;
import dev.hotarm.translator.a64.branch.BranchSystem.BranchImm;
import dev.hotarm.translator.a64.branch.BranchSystem.Svc;
import dev.hotarm.translator.disasm.Disassembler;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

import java.util.List;

/**
 * Emits the class of one block. Guest registers the block touches natively live in JVM locals:
 * loaded once on entry, written back at every exit, around every call into the interpreter, and
 * in the handler that makes a guest exception precise. NZCV lives in a local int the same way.
 *
 * <p>Instructions without a native translation become a call to the interpreter's semantics
 * for that one record, with the state synchronised around it, so the JIT executes everything
 * the interpreter does.
 */
final class BlockEmitter {
    static final String BLOCK = Type.getInternalName(TranslatedBlock.class);
    static final String ENGINE = Type.getInternalName(JitEngine.class);
    static final String CPU = "dev/hotarm/runtime/cpu/CpuState";
    static final String MEMORY = "dev/hotarm/runtime/memory/GuestMemory";
    static final String MACHINE = "dev/hotarm/runtime/exec/Machine";
    static final String INSN = Type.getInternalName(Insn.class);
    static final String INTERPRETER = "dev/hotarm/translator/interp/Interpreter";
    static final String HELPERS = Type.getInternalName(JitHelpers.class);
    static final String GUEST_EXCEPTION = "dev/hotarm/runtime/exception/GuestException";

    // Local variable slots of execute(CpuState).
    static final int THIS = 0;
    static final int CPU_LOCAL = 1;
    static final int MEM = 2;
    static final int INDEX = 3;
    private static final int X_BASE = 4;          // X0..X30: two slots each
    static final int SP = X_BASE + 2 * 31;
    static final int NZCV = SP + 2;
    static final int TMP0 = NZCV + 1;             // long temporaries
    static final int TMP1 = TMP0 + 2;
    static final int TMP_BLOCK = TMP1 + 2;

    /** Bit in a register set for NZCV; bits 0-30 are X0-X30, bit 31 is SP. */
    static final long FLAGS = 1L << 32;
    static final long SP_BIT = 1L << 31;

    private final long blockPc;
    private final List<Insn> insns;
    private final JitEngine.Options options;
    private final JitStats stats;
    private final NativeEmitter natives;
    private final boolean[] isNative;
    private final boolean[] flagsDead;
    /** Index of the instruction being emitted. */
    private int current;

    /** Registers native code reads or writes (held in locals), and those it writes. */
    private long used;
    private long written;
    private int directExits;
    private int indirectExits;
    private final Label loopHead = new Label();
    MethodVisitor mv;

    BlockEmitter(long blockPc, List<Insn> insns, JitEngine.Options options, JitStats stats) {
        this.blockPc = blockPc;
        this.insns = insns;
        this.options = options;
        this.stats = stats;
        this.natives = new NativeEmitter(this);
        this.isNative = new boolean[insns.size()];
        RegisterUse[] uses = new RegisterUse[insns.size()];
        for (int i = 0; i < insns.size(); i++) {
            RegisterUse use = natives.use(insns.get(i));
            uses[i] = use;
            if (use != null) {
                isNative[i] = true;
                used |= use.read() | use.written();
                written |= use.written();
            }
        }
        // Flags a later instruction of the block overwrites before anything reads them are
        // never computed. At the block's end they are live: a successor may read them.
        flagsDead = new boolean[insns.size()];
        boolean live = true;
        for (int i = insns.size() - 1; i >= 0; i--) {
            RegisterUse use = uses[i];
            if (use == null) {
                live = true;        // the interpreter may read anything
                continue;
            }
            if ((use.written() & FLAGS) != 0) {
                flagsDead[i] = !live;
                live = false;
            }
            if ((use.read() & FLAGS) != 0) {
                live = true;
            }
        }
    }

    /** Whether the instruction being emitted must compute the flags it sets. */
    boolean flagsNeeded() {
        return !flagsDead[current];
    }

    int directExits() {
        return directExits;
    }

    int indirectExits() {
        return indirectExits;
    }

    long blockPc() {
        return blockPc;
    }

    /** Records, once the class is defined, which instructions went to the interpreter. */
    void countFallbacks() {
        for (int i = 0; i < insns.size(); i++) {
            if (!isNative[i] && !(insns.get(i) instanceof Undefined)) {
                stats.fallback(mnemonic(i));
            }
        }
    }

    /** The instruction's mnemonic as the disassembler prints it, for statistics. */
    private String mnemonic(int i) {
        String text = Disassembler.format(insns.get(i), 0, blockPc + 4L * i);
        int tab = text.indexOf('\t');
        return tab < 0 ? text : text.substring(0, tab);
    }

    byte[] emit(String className) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return a.equals(b) ? a : "java/lang/Object";
            }
        };
        cw.visit(V21, ACC_FINAL | ACC_SUPER, className, null, BLOCK, null);
        cw.visitSource(String.format("guest 0x%x+", blockPc), null);
        emitConstructor(cw);
        mv = cw.visitMethod(ACC_PUBLIC, "execute", "(L" + CPU + ";)L" + BLOCK + ";", null, null);
        mv.visitCode();
        emitBody();
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private void emitConstructor(ClassWriter cw) {
        MethodVisitor init = cw.visitMethod(0, "<init>",
                "(L" + ENGINE + ";J[L" + INSN + ";II)V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitVarInsn(ALOAD, 1);
        init.visitVarInsn(LLOAD, 2);
        init.visitVarInsn(ALOAD, 4);
        init.visitVarInsn(ILOAD, 5);
        init.visitVarInsn(ILOAD, 6);
        init.visitMethodInsn(INVOKESPECIAL, BLOCK, "<init>",
                "(L" + ENGINE + ";J[L" + INSN + ";II)V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
    }

    private void emitBody() {
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitTryCatchBlock(start, end, handler, GUEST_EXCEPTION);

        mv.visitVarInsn(ALOAD, THIS);
        mv.visitFieldInsn(GETFIELD, BLOCK, "engine", "L" + ENGINE + ";");
        mv.visitFieldInsn(GETFIELD, ENGINE, "memory", "L" + MEMORY + ";");
        mv.visitVarInsn(ASTORE, MEM);
        setIndex(0);
        loadRegisters(used);
        mv.visitLabel(start);
        // A branch back to the block's own start jumps here: the loop stays inside the
        // method, with the registers in locals, where HotSpot optimises it as a loop.
        mv.visitLabel(loopHead);
        if (options.countInstructions()) {
            mv.visitVarInsn(ALOAD, THIS);
            mv.visitFieldInsn(GETFIELD, BLOCK, "engine", "L" + ENGINE + ";");
            mv.visitFieldInsn(GETFIELD, ENGINE, "stats", "L"
                    + Type.getInternalName(JitStats.class) + ";");
            mv.visitInsn(DUP);
            mv.visitFieldInsn(GETFIELD, Type.getInternalName(JitStats.class), "instructions", "J");
            mv.visitLdcInsn((long) insns.size());
            mv.visitInsn(LADD);
            mv.visitFieldInsn(PUTFIELD, Type.getInternalName(JitStats.class), "instructions", "J");
        }

        boolean terminated = false;
        for (int i = 0; i < insns.size(); i++) {
            Insn insn = insns.get(i);
            long pc = blockPc + 4L * i;
            current = i;
            Label line = new Label();
            mv.visitLabel(line);
            mv.visitLineNumber((int) (pc - blockPc) + 1, line);
            if (insn instanceof Svc svc) {
                emitSupervisorCall(svc, pc);
                terminated = true;
            } else if (isNative[i]) {
                setIndex(i);
                terminated = natives.emit(insn, i, pc);
                if (pc == options.mistranslatePc()) {
                    natives.mistranslate(insn);
                }
            } else {
                setIndex(i);
                terminated = emitFallback(insn, i, pc);
            }
            if (terminated) {
                break;
            }
        }
        if (!terminated) {
            directExit(blockPc + 4L * insns.size());
        }
        mv.visitLabel(end);

        // A guest exception: every instruction before the one at INDEX has completed and that
        // one changed nothing, so writing the locals back gives the precise state.
        mv.visitLabel(handler);
        writeBack(written);
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        mv.visitLdcInsn(blockPc);
        mv.visitVarInsn(ILOAD, INDEX);
        mv.visitInsn(I2L);
        mv.visitInsn(ICONST_2);
        mv.visitInsn(LSHL);
        mv.visitInsn(LADD);
        mv.visitFieldInsn(PUTFIELD, CPU, "pc", "J");
        mv.visitInsn(ATHROW);
    }

    private void setIndex(int i) {
        pushInt(i);
        mv.visitVarInsn(ISTORE, INDEX);
    }

    /** A call into the interpreter for one instruction. Returns true if it ended the block. */
    private boolean emitFallback(Insn insn, int i, long pc) {
        if (options.countInstructions()) {
            mv.visitVarInsn(ALOAD, THIS);
            mv.visitFieldInsn(GETFIELD, BLOCK, "engine", "L" + ENGINE + ";");
            mv.visitFieldInsn(GETFIELD, ENGINE, "stats", "L"
                    + Type.getInternalName(JitStats.class) + ";");
            mv.visitFieldInsn(GETFIELD, Type.getInternalName(JitStats.class),
                    "fallbackExecutions", "[J");
            pushInt(stats.fallbackId(mnemonic(i)));
            mv.visitInsn(DUP2);
            mv.visitInsn(LALOAD);
            mv.visitInsn(LCONST_1);
            mv.visitInsn(LADD);
            mv.visitInsn(LASTORE);
        }
        writeBack(written);
        mv.visitVarInsn(ALOAD, THIS);
        mv.visitFieldInsn(GETFIELD, BLOCK, "engine", "L" + ENGINE + ";");
        mv.visitFieldInsn(GETFIELD, ENGINE, "machine", "L" + MACHINE + ";");
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        pushInsn(i, INSN);
        mv.visitLdcInsn(pc);
        mv.visitMethodInsn(INVOKESTATIC, INTERPRETER, "execute",
                "(L" + MACHINE + ";L" + CPU + ";L" + INSN + ";J)J", false);
        if (BlockTranslator.endsBlock(insn)) {
            // The interpreter computed the successor: cpu now holds all state, so no write-back.
            mv.visitVarInsn(LSTORE, TMP0);
            mv.visitVarInsn(ALOAD, CPU_LOCAL);
            mv.visitVarInsn(LLOAD, TMP0);
            mv.visitFieldInsn(PUTFIELD, CPU, "pc", "J");
            indirectExitFromLocal(TMP0);
            return true;
        }
        mv.visitInsn(POP2);
        loadRegisters(used);
        return false;
    }

    private void emitSupervisorCall(Svc svc, long pc) {
        writeBack(written);
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        mv.visitLdcInsn(pc + 4);
        mv.visitFieldInsn(PUTFIELD, CPU, "pc", "J");
        mv.visitVarInsn(ALOAD, THIS);
        mv.visitFieldInsn(GETFIELD, BLOCK, "engine", "L" + ENGINE + ";");
        mv.visitFieldInsn(GETFIELD, ENGINE, "machine", "L" + MACHINE + ";");
        mv.visitMethodInsn(INVOKEVIRTUAL, MACHINE, "supervisorCallHandler",
                "()Ldev/hotarm/runtime/exec/SupervisorCallHandler;", false);
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        pushInt(svc.imm16());
        mv.visitMethodInsn(INVOKEINTERFACE, "dev/hotarm/runtime/exec/SupervisorCallHandler",
                "supervisorCall", "(L" + CPU + ";I)V", true);
        // Usually the call returns to the next instruction: chain to it; otherwise look it up.
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        mv.visitFieldInsn(GETFIELD, CPU, "pc", "J");
        mv.visitVarInsn(LSTORE, TMP0);
        mv.visitVarInsn(LLOAD, TMP0);
        mv.visitLdcInsn(pc + 4);
        mv.visitInsn(LCMP);
        Label elsewhere = new Label();
        mv.visitJumpInsn(IFNE, elsewhere);
        directExitNoWriteBack(pc + 4);
        mv.visitLabel(elsewhere);
        indirectExitFromLocal(TMP0);
    }

    // ---------------------------------------------------------------- exits

    /** Leaves the block for a known address, through the exit's successor slot. */
    void directExit(long target) {
        if (target == blockPc && options.loopsInBlock()) {
            // Unless the guest rewrote this very block, run it again without leaving.
            Label leave = new Label();
            mv.visitVarInsn(ALOAD, THIS);
            mv.visitFieldInsn(GETFIELD, BLOCK, "valid", "Z");
            mv.visitJumpInsn(IFEQ, leave);
            mv.visitJumpInsn(GOTO, loopHead);
            mv.visitLabel(leave);
        }
        writeBack(written);
        directExitNoWriteBack(target);
    }

    private void directExitNoWriteBack(long target) {
        int slot = directExits++;
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        mv.visitLdcInsn(target);
        mv.visitFieldInsn(PUTFIELD, CPU, "pc", "J");
        mv.visitVarInsn(ALOAD, THIS);
        mv.visitFieldInsn(GETFIELD, BLOCK, "successors", "[L" + BLOCK + ";");
        pushInt(slot);
        mv.visitInsn(AALOAD);
        mv.visitVarInsn(ASTORE, TMP_BLOCK);
        Label slow = new Label();
        mv.visitVarInsn(ALOAD, TMP_BLOCK);
        mv.visitJumpInsn(IFNULL, slow);
        mv.visitVarInsn(ALOAD, TMP_BLOCK);
        mv.visitFieldInsn(GETFIELD, BLOCK, "valid", "Z");
        mv.visitJumpInsn(IFEQ, slow);
        mv.visitVarInsn(ALOAD, TMP_BLOCK);
        mv.visitInsn(ARETURN);
        mv.visitLabel(slow);
        mv.visitVarInsn(ALOAD, THIS);
        pushInt(slot);
        mv.visitLdcInsn(target);
        mv.visitMethodInsn(INVOKEVIRTUAL, BLOCK, "link", "(IJ)L" + BLOCK + ";", false);
        mv.visitInsn(ARETURN);
    }

    /** Reserves a direct-exit slot without emitting the exit (for BL's return continuation). */
    int reserveSlot() {
        return directExits++;
    }

    /** Leaves the block for the address in long local {@code local}, through an inline cache. */
    void indirectExit(int local) {
        writeBack(written);
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        mv.visitVarInsn(LLOAD, local);
        mv.visitFieldInsn(PUTFIELD, CPU, "pc", "J");
        indirectExitFromLocal(local);
    }

    private void indirectExitFromLocal(int local) {
        int site = indirectExits++;
        mv.visitVarInsn(ALOAD, THIS);
        pushInt(site);
        mv.visitVarInsn(LLOAD, local);
        mv.visitMethodInsn(INVOKEVIRTUAL, BLOCK, "indirect", "(IJ)L" + BLOCK + ";", false);
        mv.visitInsn(ARETURN);
    }

    /** RET: write back, then ask the return-address predictor. */
    void returnExit(int local) {
        writeBack(written);
        mv.visitVarInsn(ALOAD, CPU_LOCAL);
        mv.visitVarInsn(LLOAD, local);
        mv.visitFieldInsn(PUTFIELD, CPU, "pc", "J");
        mv.visitVarInsn(ALOAD, THIS);
        mv.visitFieldInsn(GETFIELD, BLOCK, "engine", "L" + ENGINE + ";");
        mv.visitVarInsn(LLOAD, local);
        mv.visitMethodInsn(INVOKEVIRTUAL, ENGINE, "predictReturn", "(J)L" + BLOCK + ";", false);
        mv.visitInsn(ARETURN);
    }

    // ---------------------------------------------------------------- register plumbing

    static int xSlot(int n) {
        return X_BASE + 2 * n;
    }

    private void loadRegisters(long set) {
        for (int n = 0; n < 31; n++) {
            if ((set & (1L << n)) != 0) {
                mv.visitVarInsn(ALOAD, CPU_LOCAL);
                mv.visitFieldInsn(GETFIELD, CPU, "x", "[J");
                pushInt(n);
                mv.visitInsn(LALOAD);
                mv.visitVarInsn(LSTORE, xSlot(n));
            }
        }
        if ((set & SP_BIT) != 0) {
            mv.visitVarInsn(ALOAD, CPU_LOCAL);
            mv.visitFieldInsn(GETFIELD, CPU, "sp", "J");
            mv.visitVarInsn(LSTORE, SP);
        }
        if ((set & FLAGS) != 0) {
            mv.visitVarInsn(ALOAD, CPU_LOCAL);
            mv.visitFieldInsn(GETFIELD, CPU, "nzcv", "I");
            mv.visitVarInsn(ISTORE, NZCV);
        }
    }

    private void writeBack(long set) {
        for (int n = 0; n < 31; n++) {
            if ((set & (1L << n)) != 0) {
                mv.visitVarInsn(ALOAD, CPU_LOCAL);
                mv.visitFieldInsn(GETFIELD, CPU, "x", "[J");
                pushInt(n);
                mv.visitVarInsn(LLOAD, xSlot(n));
                mv.visitInsn(LASTORE);
            }
        }
        if ((set & SP_BIT) != 0) {
            mv.visitVarInsn(ALOAD, CPU_LOCAL);
            mv.visitVarInsn(LLOAD, SP);
            mv.visitFieldInsn(PUTFIELD, CPU, "sp", "J");
        }
        if ((set & FLAGS) != 0) {
            mv.visitVarInsn(ALOAD, CPU_LOCAL);
            mv.visitVarInsn(ILOAD, NZCV);
            mv.visitFieldInsn(PUTFIELD, CPU, "nzcv", "I");
        }
    }

    private static final Handle CLASS_DATA_AT = new Handle(H_INVOKESTATIC,
            "java/lang/invoke/MethodHandles", "classDataAt",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;I)"
                    + "Ljava/lang/Object;",
            false);

    /**
     * Pushes the decoded record of instruction {@code i} as a constant of type
     * {@code internalName}: a dynamic constant over the class data, which HotSpot treats as a
     * true constant, so the record's fields and the type switches on it fold away.
     */
    void pushInsn(int i, String internalName) {
        mv.visitLdcInsn(new ConstantDynamic("_", "L" + internalName + ";", CLASS_DATA_AT, i));
    }

    /** Pushes the record of instruction {@code i} typed as its own record class. */
    void pushInsn(int i) {
        pushInsn(i, Type.getInternalName(insns.get(i).getClass()));
    }

    void pushInt(int value) {
        if (value >= -1 && value <= 5) {
            mv.visitInsn(ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, value);
        } else {
            mv.visitLdcInsn(value);
        }
    }

    void pushLong(long value) {
        if (value == 0 || value == 1) {
            mv.visitInsn(LCONST_0 + (int) value);
        } else {
            mv.visitLdcInsn(value);
        }
    }

    /** Pushes Xn, with 31 as XZR. */
    void loadX(int n) {
        if (n == 31) {
            mv.visitInsn(LCONST_0);
        } else {
            mv.visitVarInsn(LLOAD, xSlot(n));
        }
    }

    /** Pushes Xn, with 31 as SP. */
    void loadXOrSp(int n) {
        mv.visitVarInsn(LLOAD, n == 31 ? SP : xSlot(n));
    }

    /** Pops a long into Xn, with 31 as XZR (discarded). */
    void storeX(int n) {
        if (n == 31) {
            mv.visitInsn(POP2);
        } else {
            mv.visitVarInsn(LSTORE, xSlot(n));
        }
    }

    /** Pops a long into Xn, with 31 as SP. */
    void storeXOrSp(int n) {
        mv.visitVarInsn(LSTORE, n == 31 ? SP : xSlot(n));
    }

    /** Zero-extends the long on the stack from 32 bits when {@code sf} is false. */
    void truncate(boolean sf) {
        if (!sf) {
            mv.visitLdcInsn(0xFFFF_FFFFL);
            mv.visitInsn(LAND);
        }
    }

    static long bit(int n) {
        return n == 31 ? 0 : 1L << n;
    }

    static long bitOrSp(int n) {
        return n == 31 ? SP_BIT : 1L << n;
    }

    boolean isBranch(Insn insn) {
        return insn instanceof BranchSystem;
    }
}
