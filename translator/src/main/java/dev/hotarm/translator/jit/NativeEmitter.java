package dev.hotarm.translator.jit;

import static dev.hotarm.translator.jit.BlockEmitter.CPU;
import static dev.hotarm.translator.jit.BlockEmitter.CPU_LOCAL;
import static dev.hotarm.translator.jit.BlockEmitter.FLAGS;
import static dev.hotarm.translator.jit.BlockEmitter.MEM;
import static dev.hotarm.translator.jit.BlockEmitter.MEMORY;
import static dev.hotarm.translator.jit.BlockEmitter.NZCV;
import static dev.hotarm.translator.jit.BlockEmitter.TMP0;
import static dev.hotarm.translator.jit.BlockEmitter.TMP1;
import static dev.hotarm.translator.jit.BlockEmitter.bit;
import static dev.hotarm.translator.jit.BlockEmitter.bitOrSp;
import static org.objectweb.asm.Opcodes.*;

import dev.hotarm.runtime.cpu.CpuState;
import dev.hotarm.translator.a64.Insn;
import dev.hotarm.translator.a64.branch.BranchSystem.Barrier;
import dev.hotarm.translator.a64.branch.BranchSystem.BarrierKind;
import dev.hotarm.translator.a64.branch.BranchSystem.BranchImm;
import dev.hotarm.translator.a64.branch.BranchSystem.BranchReg;
import dev.hotarm.translator.a64.branch.BranchSystem.CompareBranch;
import dev.hotarm.translator.a64.branch.BranchSystem.CondBranch;
import dev.hotarm.translator.a64.branch.BranchSystem.Hint;
import dev.hotarm.translator.a64.branch.BranchSystem.RegisterBranchKind;
import dev.hotarm.translator.a64.branch.BranchSystem.SystemRegister;
import dev.hotarm.translator.a64.branch.BranchSystem.TestBranch;
import dev.hotarm.translator.a64.branch.SystemRegisters;
import dev.hotarm.translator.a64.dataproc.DataProcessing.AddSubExtended;
import dev.hotarm.translator.a64.dataproc.DataProcessing.AddSubImm;
import dev.hotarm.translator.a64.dataproc.DataProcessing.AddSubShifted;
import dev.hotarm.translator.a64.dataproc.DataProcessing.Bitfield;
import dev.hotarm.translator.a64.dataproc.DataProcessing.CondCompare;
import dev.hotarm.translator.a64.dataproc.DataProcessing.CondSelect;
import dev.hotarm.translator.a64.dataproc.DataProcessing.DataProc1;
import dev.hotarm.translator.a64.dataproc.DataProcessing.DataProc2;
import dev.hotarm.translator.a64.dataproc.DataProcessing.DataProc3;
import dev.hotarm.translator.a64.dataproc.DataProcessing.Extract;
import dev.hotarm.translator.a64.dataproc.DataProcessing.LogicOp;
import dev.hotarm.translator.a64.dataproc.DataProcessing.LogicalImm;
import dev.hotarm.translator.a64.dataproc.DataProcessing.LogicalShifted;
import dev.hotarm.translator.a64.dataproc.DataProcessing.MoveWide;
import dev.hotarm.translator.a64.dataproc.DataProcessing.PcRelAddress;
import dev.hotarm.translator.a64.loadstore.LoadStore.Access;
import dev.hotarm.translator.a64.loadstore.LoadStore.IndexExtend;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadLiteral;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadStoreImm;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadStorePair;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadStoreReg;
import dev.hotarm.translator.a64.loadstore.LoadStore.Mode;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Bytecode for the instructions the JIT translates itself. {@link #use} says whether an
 * instruction is one of them (and which registers it touches); {@link #emit} writes its code.
 * Everything else goes to the interpreter through the block's fallback path.
 *
 * <p>Simple operations are emitted inline. Longer ones call the interpreter's own pure
 * functions (in {@code Alu} and {@code DataProcessingSemantics}) with operands from the locals
 * and the record as a constant, so the semantics stay in one place and HotSpot inlines them.
 */
final class NativeEmitter {
    private static final String ALU = "dev/hotarm/translator/interp/Alu";
    private static final String DP = "dev/hotarm/translator/interp/DataProcessingSemantics";
    private static final String DATA_PROCESSING =
            "dev/hotarm/translator/a64/dataproc/DataProcessing";

    private final BlockEmitter block;

    NativeEmitter(BlockEmitter block) {
        this.block = block;
    }

    /** The registers {@code insn} touches, or null when it has no native translation. */
    RegisterUse use(Insn insn) {
        return switch (insn) {
            case PcRelAddress i -> new RegisterUse(0, bit(i.rd()));
            case AddSubImm i -> new RegisterUse(bitOrSp(i.rn()),
                    i.setFlags() ? bit(i.rd()) | FLAGS : bitOrSp(i.rd()));
            case AddSubShifted i -> new RegisterUse(bit(i.rn()) | bit(i.rm()),
                    bit(i.rd()) | (i.setFlags() ? FLAGS : 0));
            case AddSubExtended i -> new RegisterUse(bitOrSp(i.rn()) | bit(i.rm()),
                    i.setFlags() ? bit(i.rd()) | FLAGS : bitOrSp(i.rd()));
            case LogicalImm i -> new RegisterUse(bit(i.rn()),
                    i.op() == LogicOp.ANDS ? bit(i.rd()) | FLAGS : bitOrSp(i.rd()));
            case LogicalShifted i -> new RegisterUse(bit(i.rn()) | bit(i.rm()),
                    bit(i.rd()) | (i.op() == LogicOp.ANDS ? FLAGS : 0));
            case MoveWide i -> new RegisterUse(i.opc() == MoveWide.MOVK ? bit(i.rd()) : 0,
                    bit(i.rd()));
            case Bitfield i -> new RegisterUse(
                    bit(i.rn()) | (i.opc() == Bitfield.BFM ? bit(i.rd()) : 0), bit(i.rd()));
            case Extract i -> new RegisterUse(bit(i.rn()) | bit(i.rm()), bit(i.rd()));
            case CondSelect i -> new RegisterUse(bit(i.rn()) | bit(i.rm()) | FLAGS, bit(i.rd()));
            case CondCompare i -> new RegisterUse(
                    bit(i.rn()) | (i.immediate() ? 0 : bit(i.rmOrImm5())) | FLAGS, FLAGS);
            case DataProc1 i -> new RegisterUse(bit(i.rn()), bit(i.rd()));
            case DataProc2 i -> new RegisterUse(bit(i.rn()) | bit(i.rm()), bit(i.rd()));
            case DataProc3 i -> new RegisterUse(bit(i.rn()) | bit(i.rm()) | bit(i.ra()),
                    bit(i.rd()));
            case BranchImm b -> new RegisterUse(0, b.link() ? bit(30) : 0);
            case CondBranch b -> new RegisterUse(FLAGS, 0);
            case CompareBranch b -> new RegisterUse(bit(b.rt()), 0);
            case TestBranch b -> new RegisterUse(bit(b.rt()), 0);
            case BranchReg b -> new RegisterUse(bit(b.rn()),
                    b.kind() == RegisterBranchKind.BLR ? bit(30) : 0);
            case Hint h -> new RegisterUse(0, 0);
            case Barrier b when b.kind() != BarrierKind.CLREX -> new RegisterUse(0, 0);
            case SystemRegister s when s.sysreg() == SystemRegisters.TPIDR_EL0 ->
                    s.read() ? new RegisterUse(0, bit(s.rt())) : new RegisterUse(bit(s.rt()), 0);
            case LoadStoreImm l when !l.vector()
                    && l.access() != Access.PREFETCH -> new RegisterUse(
                    bitOrSp(l.rn()) | (l.access() == Access.STORE ? bit(l.rt()) : 0),
                    (l.access().isLoad() ? bit(l.rt()) : 0)
                            | (l.mode() != Mode.OFFSET ? bitOrSp(l.rn()) : 0));
            case LoadStoreReg l when !l.vector()
                    && l.access() != Access.PREFETCH -> new RegisterUse(
                    bitOrSp(l.rn()) | bit(l.rm()) | (l.access() == Access.STORE ? bit(l.rt()) : 0),
                    l.access().isLoad() ? bit(l.rt()) : 0);
            case LoadLiteral l when !l.vector()
                    && l.access() != Access.PREFETCH -> new RegisterUse(0, bit(l.rt()));
            case LoadStorePair l when !l.vector() -> new RegisterUse(
                    bitOrSp(l.rn()) | (l.access() == Access.STORE ? bit(l.rt()) | bit(l.rt2()) : 0),
                    (l.access().isLoad() ? bit(l.rt()) | bit(l.rt2()) : 0)
                            | (l.mode() != Mode.OFFSET ? bitOrSp(l.rn()) : 0));
            default -> null;
        };
    }

    /** Emits instruction {@code index}; returns true if it ended the block (emitted its exits). */
    boolean emit(Insn insn, int index, long pc) {
        MethodVisitor mv = block.mv;
        switch (insn) {
            case PcRelAddress i -> {
                block.pushLong((i.page() ? pc & ~0xFFFL : pc) + i.offset());
                block.storeX(i.rd());
            }
            case AddSubImm i -> {
                if (i.setFlags() && block.flagsNeeded()) {
                    block.loadXOrSp(i.rn());
                    block.pushLong(i.sub() ? ~i.imm() : i.imm());
                    addFlags(i.sf(), i.sub());
                }
                block.loadXOrSp(i.rn());
                block.pushLong(i.imm());
                mv.visitInsn(i.sub() ? LSUB : LADD);
                block.truncate(i.sf());
                storeResult(i.rd(), !i.setFlags());
            }
            case AddSubShifted i -> {
                block.loadX(i.rn());
                shifted(i.sf(), i.shift().name(), i.amount(), i.rm());
                addSub(i.sf(), i.sub(), i.setFlags(), i.rd(), false);
            }
            case AddSubExtended i -> {
                block.loadXOrSp(i.rn());
                block.loadX(i.rm());
                mv.visitFieldInsn(GETSTATIC, DATA_PROCESSING + "$Extend", i.extend().name(),
                        "L" + DATA_PROCESSING + "$Extend;");
                block.pushInt(i.amount());
                pushBoolean(i.sf());
                mv.visitMethodInsn(INVOKESTATIC, ALU, "extend",
                        "(JL" + DATA_PROCESSING + "$Extend;IZ)J", false);
                addSub(i.sf(), i.sub(), i.setFlags(), i.rd(), !i.setFlags());
            }
            case LogicalImm i -> {
                block.loadX(i.rn());
                block.pushLong(i.imm());
                logic(i.sf(), i.op(), i.op() != LogicOp.ANDS, i.rd());
            }
            case LogicalShifted i -> {
                block.loadX(i.rn());
                shifted(i.sf(), i.shift().name(), i.amount(), i.rm());
                if (i.invert()) {
                    block.pushLong(-1);
                    mv.visitInsn(LXOR);
                }
                logic(i.sf(), i.op(), false, i.rd());
            }
            case MoveWide i -> {
                long placed = (long) i.imm16() << i.shift();
                if (i.opc() == MoveWide.MOVK) {
                    block.loadX(i.rd());
                    block.pushLong(~(0xFFFFL << i.shift()));
                    mv.visitInsn(LAND);
                    block.pushLong(placed);
                    mv.visitInsn(LOR);
                    block.truncate(i.sf());
                } else {
                    long value = i.opc() == MoveWide.MOVN ? ~placed : placed;
                    block.pushLong(i.sf() ? value : value & 0xFFFF_FFFFL);
                }
                block.storeX(i.rd());
            }
            case Bitfield i -> {
                block.pushInsn(index);
                block.loadX(i.rn());
                block.loadX(i.rd());
                callPure("bitfield", "(L" + DATA_PROCESSING + "$Bitfield;JJ)J", i.sf(), i.rd());
            }
            case Extract i -> {
                block.pushInsn(index);
                block.loadX(i.rn());
                block.loadX(i.rm());
                callPure("extract", "(L" + DATA_PROCESSING + "$Extract;JJ)J", i.sf(), i.rd());
            }
            case DataProc1 i -> {
                block.pushInsn(index);
                block.loadX(i.rn());
                callPure("dataProc1", "(L" + DATA_PROCESSING + "$DataProc1;J)J", i.sf(), i.rd());
            }
            case DataProc2 i -> {
                block.pushInsn(index);
                block.loadX(i.rn());
                block.loadX(i.rm());
                callPure("dataProc2", "(L" + DATA_PROCESSING + "$DataProc2;JJ)J", i.sf(), i.rd());
            }
            case DataProc3 i -> {
                block.pushInsn(index);
                block.loadX(i.rn());
                block.loadX(i.rm());
                block.loadX(i.ra());
                callPure("dataProc3", "(L" + DATA_PROCESSING + "$DataProc3;JJJ)J", i.sf(), i.rd());
            }
            case CondSelect i -> {
                Label otherwise = new Label();
                Label done = new Label();
                conditionHolds(i.cond());
                mv.visitJumpInsn(IFEQ, otherwise);
                block.loadX(i.rn());
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(otherwise);
                block.loadX(i.rm());
                if (i.invert()) {
                    block.pushLong(-1);
                    mv.visitInsn(LXOR);
                }
                if (i.increment()) {
                    mv.visitInsn(LCONST_1);
                    mv.visitInsn(LADD);
                }
                mv.visitLabel(done);
                block.truncate(i.sf());
                block.storeX(i.rd());
            }
            case CondCompare i -> {
                Label otherwise = new Label();
                Label done = new Label();
                conditionHolds(i.cond());
                mv.visitJumpInsn(IFEQ, otherwise);
                block.loadX(i.rn());
                if (i.immediate()) {
                    block.pushLong(i.sub() ? ~(long) i.rmOrImm5() : i.rmOrImm5());
                } else {
                    block.loadX(i.rmOrImm5());
                    if (i.sub()) {
                        block.pushLong(-1);
                        mv.visitInsn(LXOR);
                    }
                }
                addFlags(i.sf(), i.sub());
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(otherwise);
                block.pushInt(i.nzcv() << 28);
                mv.visitVarInsn(ISTORE, NZCV);
                mv.visitLabel(done);
            }
            case BranchImm b -> {
                if (b.link()) {
                    block.pushLong(pc + 4);
                    block.storeX(30);
                    pushReturn(pc + 4);
                }
                block.directExit(pc + b.offset());
                return true;
            }
            case CondBranch b -> {
                conditionHolds(b.cond());
                conditionalExit(IFEQ, pc + b.offset(), pc + 4);
                return true;
            }
            case CompareBranch b -> {
                block.loadX(b.rt());
                block.truncate(b.sf());
                mv.visitInsn(LCONST_0);
                mv.visitInsn(LCMP);
                conditionalExit(b.nonZero() ? IFEQ : IFNE, pc + b.offset(), pc + 4);
                return true;
            }
            case TestBranch b -> {
                block.loadX(b.rt());
                block.pushLong(1L << b.bit());
                mv.visitInsn(LAND);
                mv.visitInsn(LCONST_0);
                mv.visitInsn(LCMP);
                conditionalExit(b.nonZero() ? IFEQ : IFNE, pc + b.offset(), pc + 4);
                return true;
            }
            case BranchReg b -> {
                // Read the target first: BLR X30 branches to the old X30.
                block.loadX(b.rn());
                mv.visitVarInsn(LSTORE, TMP0);
                switch (b.kind()) {
                    case RET -> block.returnExit(TMP0);
                    case BR -> block.indirectExit(TMP0);
                    case BLR -> {
                        block.pushLong(pc + 4);
                        block.storeX(30);
                        pushReturn(pc + 4);
                        block.indirectExit(TMP0);
                    }
                }
                return true;
            }
            case Hint h -> {
            }
            case Barrier b -> {
                // Guest threads are Java threads sharing plain arrays: a DMB needs a fence.
                if (b.kind() == BarrierKind.DMB || b.kind() == BarrierKind.DSB) {
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/VarHandle", "fullFence",
                            "()V", false);
                }
            }
            case SystemRegister s -> {
                mv.visitVarInsn(ALOAD, CPU_LOCAL);
                if (s.read()) {
                    mv.visitFieldInsn(GETFIELD, CPU, "tpidrEl0", "J");
                    block.storeX(s.rt());
                } else {
                    block.loadX(s.rt());
                    mv.visitFieldInsn(PUTFIELD, CPU, "tpidrEl0", "J");
                }
            }
            case LoadStoreImm l -> {
                block.loadXOrSp(l.rn());
                mv.visitVarInsn(LSTORE, TMP0);                  // base
                mv.visitVarInsn(ALOAD, MEM);
                mv.visitVarInsn(LLOAD, TMP0);
                if (l.mode() != Mode.POST_INDEX) {
                    block.pushLong(l.offset());
                    mv.visitInsn(LADD);
                }
                transfer(l.access(), l.size(), l.rt());
                if (l.mode() != Mode.OFFSET) {
                    mv.visitVarInsn(LLOAD, TMP0);
                    block.pushLong(l.offset());
                    mv.visitInsn(LADD);
                    block.storeXOrSp(l.rn());
                }
            }
            case LoadStoreReg l -> {
                mv.visitVarInsn(ALOAD, MEM);
                block.loadXOrSp(l.rn());
                block.loadX(l.rm());
                switch (l.extend()) {
                    case UXTW -> {
                        block.pushLong(0xFFFF_FFFFL);
                        mv.visitInsn(LAND);
                    }
                    case SXTW -> {
                        mv.visitInsn(L2I);
                        mv.visitInsn(I2L);
                    }
                    case LSL, SXTX -> {
                    }
                }
                if (l.shift() != 0) {
                    block.pushInt(l.shift());
                    mv.visitInsn(LSHL);
                }
                mv.visitInsn(LADD);
                transfer(l.access(), l.size(), l.rt());
            }
            case LoadLiteral l -> {
                mv.visitVarInsn(ALOAD, MEM);
                block.pushLong(pc + l.offset());
                transfer(l.access(), l.size(), l.rt());
            }
            case LoadStorePair l -> {
                int bytes = 1 << l.size();
                block.loadXOrSp(l.rn());
                mv.visitVarInsn(LSTORE, TMP0);                  // base
                mv.visitVarInsn(LLOAD, TMP0);
                if (l.mode() != Mode.POST_INDEX) {
                    block.pushLong(l.offset());
                    mv.visitInsn(LADD);
                }
                mv.visitVarInsn(LSTORE, TMP1);                  // address
                if (l.access() == Access.STORE) {
                    mv.visitVarInsn(ALOAD, MEM);
                    block.pushInt(l.size());
                    mv.visitVarInsn(LLOAD, TMP1);
                    block.loadX(l.rt());
                    block.loadX(l.rt2());
                    mv.visitMethodInsn(INVOKESTATIC, LS, "storePair", "(L" + MEMORY + ";IJJJ)V",
                            false);
                } else {
                    // Both loads complete before either register is written: a fault on the
                    // second leaves Rt unchanged, and Rt may be the base.
                    mv.visitVarInsn(ALOAD, MEM);
                    mv.visitVarInsn(LLOAD, TMP1);
                    load(l.access(), l.size());
                    mv.visitVarInsn(ALOAD, MEM);
                    mv.visitVarInsn(LLOAD, TMP1);
                    block.pushLong(bytes);
                    mv.visitInsn(LADD);
                    load(l.access(), l.size());
                    block.storeX(l.rt2());
                    block.storeX(l.rt());
                }
                if (l.mode() != Mode.OFFSET) {
                    mv.visitVarInsn(LLOAD, TMP0);
                    block.pushLong(l.offset());
                    mv.visitInsn(LADD);
                    block.storeXOrSp(l.rn());
                }
            }
            default -> throw new AssertionError("no native translation for " + insn);
        }
        return false;
    }

    // ---------------------------------------------------------------- pieces

    private void pushBoolean(boolean value) {
        block.mv.visitInsn(value ? ICONST_1 : ICONST_0);
    }

    /** With x and y on the stack, stores AddWithCarry's flags (carry-in = sub) into NZCV. */
    private void addFlags(boolean sf, boolean sub) {
        MethodVisitor mv = block.mv;
        pushBoolean(sf);
        pushBoolean(sub);
        mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(JitHelpers.class), "addFlags",
                "(JJZZ)I", false);
        mv.visitVarInsn(ISTORE, NZCV);
    }

    /** Pushes ConditionHolds(cond) on the NZCV local as an int 0 or 1. */
    private void conditionHolds(int cond) {
        MethodVisitor mv = block.mv;
        mv.visitVarInsn(ILOAD, NZCV);
        block.pushInt(cond);
        mv.visitMethodInsn(INVOKESTATIC, CPU, "conditionHolds", "(II)Z", false);
    }

    /** Pushes Rm shifted by {@code amount} at the operation width. */
    private void shifted(boolean sf, String shift, int amount, int rm) {
        MethodVisitor mv = block.mv;
        block.loadX(rm);
        if (amount == 0) {
            return;
        }
        if (sf) {
            switch (shift) {
                case "LSL" -> { block.pushInt(amount); mv.visitInsn(LSHL); }
                case "LSR" -> { block.pushInt(amount); mv.visitInsn(LUSHR); }
                case "ASR" -> { block.pushInt(amount); mv.visitInsn(LSHR); }
                case "ROR" -> {
                    block.pushInt(amount);
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "rotateRight", "(JI)J",
                            false);
                }
                default -> throw new AssertionError(shift);
            }
            return;
        }
        mv.visitInsn(L2I);
        block.pushInt(amount);
        switch (shift) {
            case "LSL" -> mv.visitInsn(ISHL);
            case "LSR" -> mv.visitInsn(IUSHR);
            case "ASR" -> mv.visitInsn(ISHR);
            case "ROR" -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "rotateRight",
                    "(II)I", false);
            default -> throw new AssertionError(shift);
        }
        mv.visitInsn(I2L);
        block.pushLong(0xFFFF_FFFFL);
        mv.visitInsn(LAND);
    }

    /** With operand1 and operand2 on the stack: add or subtract, flags, store into Rd. */
    private void addSub(boolean sf, boolean sub, boolean setFlags, int rd, boolean rdIsSp) {
        MethodVisitor mv = block.mv;
        mv.visitVarInsn(LSTORE, TMP0 + 2);      // operand2
        mv.visitVarInsn(LSTORE, TMP0);          // operand1
        if (setFlags && block.flagsNeeded()) {
            mv.visitVarInsn(LLOAD, TMP0);
            mv.visitVarInsn(LLOAD, TMP0 + 2);
            if (sub) {
                block.pushLong(-1);
                mv.visitInsn(LXOR);
            }
            addFlags(sf, sub);
        }
        mv.visitVarInsn(LLOAD, TMP0);
        mv.visitVarInsn(LLOAD, TMP0 + 2);
        mv.visitInsn(sub ? LSUB : LADD);
        block.truncate(sf);
        storeResult(rd, rdIsSp);
    }

    /** With operand1 and operand2 on the stack: AND/ORR/EOR/ANDS, flags, store into Rd. */
    private void logic(boolean sf, LogicOp op, boolean rdIsSp, int rd) {
        MethodVisitor mv = block.mv;
        mv.visitInsn(switch (op) {
            case AND, ANDS -> LAND;
            case ORR -> LOR;
            case EOR -> LXOR;
        });
        block.truncate(sf);
        if (op == LogicOp.ANDS && block.flagsNeeded()) {
            mv.visitInsn(DUP2);
            mv.visitVarInsn(LSTORE, TMP0);
            pushBoolean(sf);
            mv.visitVarInsn(LLOAD, TMP0);
            mv.visitMethodInsn(INVOKESTATIC, ALU, "logicalFlags", "(ZJ)I", false);
            mv.visitVarInsn(ISTORE, NZCV);
        }
        storeResult(rd, rdIsSp);
    }

    /** Calls a pure function of DataProcessingSemantics and stores its truncated result. */
    private void callPure(String name, String descriptor, boolean sf, int rd) {
        block.mv.visitMethodInsn(INVOKESTATIC, DP, name, descriptor, false);
        block.truncate(sf);
        block.storeX(rd);
    }

    private void storeResult(int rd, boolean rdIsSp) {
        if (rdIsSp) {
            block.storeXOrSp(rd);
        } else {
            block.storeX(rd);
        }
    }

    /**
     * With an int on the stack: {@code notTakenJump} (an IFxx opcode) leaves for
     * {@code fallThrough}, otherwise the block leaves for {@code target}.
     */
    private void conditionalExit(int notTakenJump, long target, long fallThrough) {
        Label notTaken = new Label();
        block.mv.visitJumpInsn(notTakenJump, notTaken);
        block.directExit(target);
        block.mv.visitLabel(notTaken);
        block.directExit(fallThrough);
    }

    /** BL/BLR: tell the return-address predictor where the callee returns to. */
    private void pushReturn(long returnPc) {
        MethodVisitor mv = block.mv;
        int slot = block.reserveSlot();
        mv.visitVarInsn(ALOAD, BlockEmitter.THIS);
        mv.visitFieldInsn(GETFIELD, BlockEmitter.BLOCK, "engine", "L" + BlockEmitter.ENGINE + ";");
        block.pushLong(returnPc);
        mv.visitVarInsn(ALOAD, BlockEmitter.THIS);
        block.pushInt(slot);
        mv.visitMethodInsn(INVOKEVIRTUAL, BlockEmitter.ENGINE, "pushReturn",
                "(JL" + BlockEmitter.BLOCK + ";I)V", false);
    }

    private static final String LS = "dev/hotarm/translator/interp/LoadStoreSemantics";

    /** With memory and address on the stack: the access, to or from Rt. */
    private void transfer(Access access, int size, int rt) {
        if (access == Access.STORE) {
            block.loadX(rt);
            emitStore(size);
        } else {
            load(access, size);
            block.storeX(rt);
        }
    }

    /** With memory and address on the stack, pushes the value loaded and extended as told. */
    private void load(Access access, int size) {
        MethodVisitor mv = block.mv;
        if (access == Access.LOAD) {
            emitLoad(size);
            return;
        }
        switch (size) {
            case 0 -> mv.visitMethodInsn(INVOKEVIRTUAL, MEMORY, "read8", "(J)B", false);
            case 1 -> mv.visitMethodInsn(INVOKEVIRTUAL, MEMORY, "read16", "(J)S", false);
            case 2 -> mv.visitMethodInsn(INVOKEVIRTUAL, MEMORY, "read32", "(J)I", false);
            default -> throw new AssertionError(size);
        }
        mv.visitInsn(I2L);
        if (access == Access.LOAD_SIGNED_32) {
            block.pushLong(0xFFFF_FFFFL);
            mv.visitInsn(LAND);
        }
    }

    /** With memory and address on the stack, loads {@code 1 << size} bytes zero-extended. */
    void emitLoad(int size) {
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
    void emitStore(int size) {
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
            block.pushInt(CpuState.Z);
            mv.visitInsn(IXOR);
            mv.visitVarInsn(ISTORE, NZCV);
        }
    }
}
