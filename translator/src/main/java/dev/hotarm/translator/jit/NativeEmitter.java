package dev.hotarm.translator.jit;

import static dev.hotarm.translator.jit.BlockEmitter.FLAGS;
import static dev.hotarm.translator.jit.BlockEmitter.MEM;
import static dev.hotarm.translator.jit.BlockEmitter.MEMORY;
import static dev.hotarm.translator.jit.BlockEmitter.NZCV;
import static dev.hotarm.translator.jit.BlockEmitter.TMP0;
import static dev.hotarm.translator.jit.BlockEmitter.TMP1;
import static dev.hotarm.translator.jit.BlockEmitter.bit;
import static dev.hotarm.translator.jit.BlockEmitter.bitOrSp;
import static org.objectweb.asm.Opcodes.*;

import dev.hotarm.translator.a64.Insn;
import dev.hotarm.translator.a64.branch.BranchSystem.BranchImm;
import dev.hotarm.translator.a64.dataproc.DataProcessing.AddSubImm;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadStoreUnsignedImm;
import org.objectweb.asm.MethodVisitor;

/**
 * Bytecode for the instructions the JIT translates itself. {@link #use} says whether an
 * instruction is one of them (and which registers it touches); {@link #emit} writes its code.
 * Everything else goes to the interpreter through the block's fallback path.
 */
final class NativeEmitter {
    private final BlockEmitter block;

    NativeEmitter(BlockEmitter block) {
        this.block = block;
    }

    /** The registers {@code insn} touches, or null when it has no native translation. */
    RegisterUse use(Insn insn) {
        return switch (insn) {
            case AddSubImm i -> new RegisterUse(bitOrSp(i.rn()),
                    (i.setFlags() ? bit(i.rd()) | FLAGS : bitOrSp(i.rd())));
            case BranchImm b -> new RegisterUse(0, b.link() ? bit(30) : 0);
            case LoadStoreUnsignedImm l -> l.load()
                    ? new RegisterUse(bitOrSp(l.rn()), bit(l.rt()))
                    : new RegisterUse(bitOrSp(l.rn()) | bit(l.rt()), 0);
            default -> null;
        };
    }

    /** Emits {@code insn}; returns true if it ended the block (emitted its exits). */
    boolean emit(Insn insn, long pc) {
        MethodVisitor mv = block.mv;
        switch (insn) {
            case AddSubImm i -> {
                if (i.setFlags()) {
                    emitAddSubFlags(i.sf(), i.sub(), () -> block.loadXOrSp(i.rn()), i.imm());
                }
                block.loadXOrSp(i.rn());
                block.pushLong(i.imm());
                mv.visitInsn(i.sub() ? LSUB : LADD);
                block.truncate(i.sf());
                if (i.setFlags()) {
                    block.storeX(i.rd());
                } else {
                    block.storeXOrSp(i.rd());
                }
                return false;
            }
            case BranchImm b -> {
                if (b.link()) {
                    block.pushLong(pc + 4);
                    block.storeX(30);
                    int slot = block.reserveSlot();
                    mv.visitVarInsn(ALOAD, BlockEmitter.THIS);
                    mv.visitFieldInsn(GETFIELD, BlockEmitter.BLOCK, "engine", "L" + BlockEmitter.ENGINE + ";");
                    block.pushLong(pc + 4);
                    mv.visitVarInsn(ALOAD, BlockEmitter.THIS);
                    block.pushInt(slot);
                    mv.visitMethodInsn(INVOKEVIRTUAL, BlockEmitter.ENGINE, "pushReturn",
                            "(JL" + BlockEmitter.BLOCK + ";I)V", false);
                }
                block.directExit(pc + b.offset());
                return true;
            }
            case LoadStoreUnsignedImm l -> {
                mv.visitVarInsn(ALOAD, MEM);
                block.loadXOrSp(l.rn());
                block.pushLong(l.offset());
                mv.visitInsn(LADD);
                if (l.load()) {
                    emitLoad(l.size());
                    block.storeX(l.rt());
                } else {
                    block.loadX(l.rt());
                    emitStore(l.size());
                }
                return false;
            }
            default -> throw new AssertionError("no native translation for " + insn);
        }
    }

    /** Computes NZCV of {@code operand1 +/- imm} into the NZCV local. */
    private void emitAddSubFlags(boolean sf, boolean sub, Runnable operand1, long imm) {
        MethodVisitor mv = block.mv;
        operand1.run();
        long operand2 = sub ? ~imm : imm;
        if (sf) {
            block.pushLong(operand2);
            block.pushInt(sub ? 1 : 0);
            mv.visitMethodInsn(INVOKESTATIC, BlockEmitter.HELPERS, "flagsAdd64", "(JJI)I", false);
        } else {
            mv.visitInsn(L2I);
            block.pushInt((int) operand2);
            block.pushInt(sub ? 1 : 0);
            mv.visitMethodInsn(INVOKESTATIC, BlockEmitter.HELPERS, "flagsAdd32", "(III)I", false);
        }
        mv.visitVarInsn(ISTORE, NZCV);
    }

    /** With memory and address on the stack, loads {@code 1 << size} bytes zero-extended. */
    private void emitLoad(int size) {
        MethodVisitor mv = block.mv;
        switch (size) {
            case 0 -> {
                mv.visitMethodInsn(INVOKEVIRTUAL, MEMORY, "read8", "(J)B", false);
                mv.visitInsn(I2L);
                block.pushLong(0xFF);
                mv.visitInsn(LAND);
            }
            case 1 -> {
                mv.visitMethodInsn(INVOKEVIRTUAL, MEMORY, "read16", "(J)S", false);
                mv.visitInsn(I2L);
                block.pushLong(0xFFFF);
                mv.visitInsn(LAND);
            }
            case 2 -> {
                mv.visitMethodInsn(INVOKEVIRTUAL, MEMORY, "read32", "(J)I", false);
                mv.visitInsn(I2L);
                block.pushLong(0xFFFF_FFFFL);
                mv.visitInsn(LAND);
            }
            case 3 -> mv.visitMethodInsn(INVOKEVIRTUAL, MEMORY, "read64", "(J)J", false);
            default -> throw new AssertionError(size);
        }
    }

    /** With memory, address and a long value on the stack, stores {@code 1 << size} bytes. */
    private void emitStore(int size) {
        MethodVisitor mv = block.mv;
        switch (size) {
            case 0 -> {
                mv.visitInsn(L2I);
                mv.visitInsn(I2B);
                mv.visitMethodInsn(INVOKEVIRTUAL, MEMORY, "write8", "(JB)V", false);
            }
            case 1 -> {
                mv.visitInsn(L2I);
                mv.visitInsn(I2S);
                mv.visitMethodInsn(INVOKEVIRTUAL, MEMORY, "write16", "(JS)V", false);
            }
            case 2 -> {
                mv.visitInsn(L2I);
                mv.visitMethodInsn(INVOKEVIRTUAL, MEMORY, "write32", "(JI)V", false);
            }
            case 3 -> mv.visitMethodInsn(INVOKEVIRTUAL, MEMORY, "write64", "(JJ)V", false);
            default -> throw new AssertionError(size);
        }
    }

    /**
     * Test-only fault injection: after {@code insn}, flips bit 0 of the first X register it
     * wrote (or the Z flag), so lockstep comparison has a known divergence to find.
     */
    void mistranslate(Insn insn) {
        MethodVisitor mv = block.mv;
        long written = use(insn).written();
        for (int n = 0; n < 31; n++) {
            if ((written & (1L << n)) != 0) {
                block.loadX(n);
                mv.visitInsn(LCONST_1);
                mv.visitInsn(LXOR);
                block.storeX(n);
                return;
            }
        }
        if ((written & FLAGS) != 0) {
            mv.visitVarInsn(ILOAD, NZCV);
            block.pushInt(dev.hotarm.runtime.cpu.CpuState.Z);
            mv.visitInsn(IXOR);
            mv.visitVarInsn(ISTORE, NZCV);
        }
    }
}
