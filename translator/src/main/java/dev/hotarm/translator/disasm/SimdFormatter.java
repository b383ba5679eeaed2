package dev.hotarm.translator.disasm;

import dev.hotarm.translator.a64.simd.Simd;
import dev.hotarm.translator.a64.simd.Simd.ShiftImmOp;
import java.util.Locale;

/** objdump-style text for the Simd group, with objdump's preferred aliases (mov, mvn, uxtl). */
final class SimdFormatter {
    private SimdFormatter() {
    }

    private static final String[] ARRANGEMENTS = {"8b", "16b", "4h", "8h", "2s", "4s", "1d", "2d"};
    private static final String[] ELEMENTS = {"b", "h", "s", "d"};

    static String format(Simd insn, long pc) {
        return switch (insn) {
            case Simd.ThreeSame t -> threeSame(t);
            case Simd.FpThreeSame t -> t.scalar()
                    ? name(t.op()) + "\t" + scalar(t.size(), t.rd()) + ", " + scalar(t.size(), t.rn()) + ", "
                            + scalar(t.size(), t.rm())
                    : name(t.op()) + "\t" + vec(t.rd(), t.q(), t.size()) + ", " + vec(t.rn(), t.q(), t.size())
                            + ", " + vec(t.rm(), t.q(), t.size());
            case Simd.ByElement b -> byElement(b);
            case Simd.ThreeDifferent t -> threeDifferent(t);
            case Simd.TwoRegMisc t -> twoRegMisc(t);
            case Simd.AcrossLanes a -> name(a.op()) + "\t"
                    + scalar(widens(a.op()) ? a.size() + 1 : a.size(), a.rd()) + ", "
                    + vec(a.rn(), a.q(), a.size());
            case Simd.ShiftImm s -> shiftImm(s);
            case Simd.ModifiedImm m -> modifiedImm(m);
            case Simd.Copy c -> copy(c);
            case Simd.Permute p -> name(p.op()) + "\t" + vec(p.rd(), p.q(), p.size()) + ", "
                    + vec(p.rn(), p.q(), p.size()) + ", " + vec(p.rm(), p.q(), p.size());
            case Simd.Extract e -> "ext\t" + vec(e.rd(), e.q(), 0) + ", " + vec(e.rn(), e.q(), 0)
                    + ", " + vec(e.rm(), e.q(), 0) + ", " + Operands.decImm(e.index());
            case Simd.TableLookup t -> tableLookup(t);
        };
    }

    private static String name(Enum<?> op) {
        return op.name().toLowerCase(Locale.ROOT);
    }

    /** {@code vN.T} for an arrangement of {@code size} elements in 64 or 128 bits. */
    private static String vec(int n, boolean q, int size) {
        return "v" + n + "." + ARRANGEMENTS[size * 2 + (q ? 1 : 0)];
    }

    /** {@code vN.T[i]}. */
    private static String element(int n, int size, int index) {
        return "v" + n + "." + ELEMENTS[size] + "[" + index + "]";
    }

    /** A scalar SIMD register: {@code bN}, {@code hN}, {@code sN} or {@code dN}. */
    private static String scalar(int size, int n) {
        return ELEMENTS[size] + n;
    }

    private static String threeSame(Simd.ThreeSame t) {
        if (t.scalar()) {
            return name(t.op()) + "\t" + scalar(t.size(), t.rd()) + ", " + scalar(t.size(), t.rn())
                    + ", " + scalar(t.size(), t.rm());
        }
        String d = vec(t.rd(), t.q(), t.size());
        String n = vec(t.rn(), t.q(), t.size());
        if (t.op() == Simd.ThreeSameOp.ORR && t.rn() == t.rm()) {
            return "mov\t" + d + ", " + n;
        }
        return name(t.op()) + "\t" + d + ", " + n + ", " + vec(t.rm(), t.q(), t.size());
    }

    private static String byElement(Simd.ByElement b) {
        int size = b.size();
        String m = element(b.rm(), size, b.index());
        return switch (b.op()) {
            case SQDMULL, SQDMLAL, SQDMLSL, SMULL, UMULL, SMLAL, UMLAL, SMLSL, UMLSL -> b.scalar()
                    ? name(b.op()) + "\t" + scalar(size + 1, b.rd()) + ", " + scalar(size, b.rn()) + ", " + m
                    : name(b.op()) + (b.q() ? "2" : "") + "\t" + vec(b.rd(), true, size + 1) + ", "
                            + vec(b.rn(), b.q(), size) + ", " + m;
            default -> b.scalar()
                    ? name(b.op()) + "\t" + scalar(size, b.rd()) + ", " + scalar(size, b.rn()) + ", " + m
                    : name(b.op()) + "\t" + vec(b.rd(), b.q(), size) + ", " + vec(b.rn(), b.q(), size)
                            + ", " + m;
        };
    }

    private static String threeDifferent(Simd.ThreeDifferent t) {
        if (t.scalar()) {
            return name(t.op()) + "\t" + scalar(t.size() + 1, t.rd()) + ", " + scalar(t.size(), t.rn()) + ", "
                    + scalar(t.size(), t.rm());
        }
        String mnemonic = name(t.op()) + (t.q() ? "2" : "");
        String narrow = "." + ARRANGEMENTS[t.size() * 2 + (t.q() ? 1 : 0)];
        String wide = "." + ARRANGEMENTS[t.size() * 2 + 3];
        String d;
        String n;
        String m;
        switch (t.op()) {
            case ADDHN, RADDHN, SUBHN, RSUBHN -> {
                d = narrow;
                n = wide;
                m = wide;
            }
            case SADDW, UADDW, SSUBW, USUBW -> {
                d = wide;
                n = wide;
                m = narrow;
            }
            default -> {
                d = wide;
                n = narrow;
                m = narrow;
            }
        }
        return mnemonic + "\tv" + t.rd() + d + ", v" + t.rn() + n + ", v" + t.rm() + m;
    }

    private static String twoRegMisc(Simd.TwoRegMisc t) {
        int size = t.size();
        String zero = switch (t.op()) {
            case CMGT_ZERO, CMGE_ZERO, CMEQ_ZERO, CMLE_ZERO, CMLT_ZERO -> ", #0";
            case FCMGT_ZERO, FCMGE_ZERO, FCMEQ_ZERO, FCMLE_ZERO, FCMLT_ZERO -> ", #0.0";
            default -> "";
        };
        String mnemonic = t.op() == Simd.TwoRegMiscOp.NOT ? "mvn" : name(t.op()).replace("_zero", "");
        boolean narrows = t.op() == Simd.TwoRegMiscOp.SQXTN || t.op() == Simd.TwoRegMiscOp.UQXTN
                || t.op() == Simd.TwoRegMiscOp.SQXTUN || t.op() == Simd.TwoRegMiscOp.XTN;
        if (t.scalar()) {
            return mnemonic + "\t" + scalar(size, t.rd()) + ", " + scalar(narrows ? size + 1 : size, t.rn())
                    + zero;
        }
        String suffix = t.q() ? "2" : "";
        return switch (t.op()) {
            case SADDLP, UADDLP, SADALP, UADALP -> mnemonic + "\t" + vec(t.rd(), t.q(), size + 1)
                    + ", " + vec(t.rn(), t.q(), size);
            case FCVTL -> mnemonic + suffix + "\t" + vec(t.rd(), true, 3) + ", " + vec(t.rn(), t.q(), 2);
            case FCVTN -> mnemonic + suffix + "\t" + vec(t.rd(), t.q(), 2) + ", " + vec(t.rn(), true, 3);
            case XTN, SQXTN, UQXTN, SQXTUN -> mnemonic + suffix + "\t" + vec(t.rd(), t.q(), size) + ", "
                    + vec(t.rn(), true, size + 1);
            case SHLL -> mnemonic + suffix + "\t" + vec(t.rd(), true, size + 1) + ", "
                    + vec(t.rn(), t.q(), size) + ", " + Operands.decImm(8 << size);
            default -> mnemonic + "\t" + vec(t.rd(), t.q(), size) + ", " + vec(t.rn(), t.q(), size)
                    + zero;
        };
    }

    private static boolean widens(Simd.AcrossLanesOp op) {
        return op == Simd.AcrossLanesOp.SADDLV || op == Simd.AcrossLanesOp.UADDLV;
    }

    private static String shiftImm(Simd.ShiftImm s) {
        int size = s.size();
        String shift = ", " + Operands.decImm(s.shift());
        String suffix = s.q() ? "2" : "";
        return switch (s.op()) {
            case SHRN, RSHRN, SQSHRN, UQSHRN, SQRSHRN, UQRSHRN, SQSHRUN, SQRSHRUN -> s.scalar()
                    ? name(s.op()) + "\t" + scalar(size, s.rd()) + ", " + scalar(size + 1, s.rn()) + shift
                    : name(s.op()) + suffix + "\t" + vec(s.rd(), s.q(), size) + ", "
                            + vec(s.rn(), true, size + 1) + shift;
            case SSHLL, USHLL -> {
                String operands = vec(s.rd(), true, size + 1) + ", " + vec(s.rn(), s.q(), size);
                if (s.shift() == 0) {
                    yield (s.op() == ShiftImmOp.SSHLL ? "sxtl" : "uxtl") + suffix + "\t" + operands;
                }
                yield name(s.op()) + suffix + "\t" + operands + shift;
            }
            default -> s.scalar()
                    ? name(s.op()) + "\t" + scalar(size, s.rd()) + ", " + scalar(size, s.rn()) + shift
                    : name(s.op()) + "\t" + vec(s.rd(), s.q(), size) + ", " + vec(s.rn(), s.q(), size)
                            + shift;
        };
    }

    private static String modifiedImm(Simd.ModifiedImm m) {
        int size = Integer.numberOfTrailingZeros(m.esize() / 8);
        String d = vec(m.rd(), m.q(), size);
        if (m.op() == Simd.ModifiedImmOp.FMOV) {
            double value = m.esize() == 64 ? Double.longBitsToDouble(m.imm())
                    : Float.intBitsToFloat((int) m.imm());
            return "fmov\t" + d + ", #" + String.format(Locale.ROOT, "%.18e", value);
        }
        if (m.esize() == 64) {
            return "movi\t" + (m.q() ? d : "d" + m.rd()) + ", " + Operands.hexImm(m.imm());
        }
        String text = name(m.op()) + "\t" + d + ", " + Operands.hexImm(m.imm8());
        if (m.msl()) {
            return text + ", msl " + Operands.decImm(m.shift());
        }
        return m.shift() != 0 ? text + ", lsl " + Operands.decImm(m.shift()) : text;
    }

    private static String copy(Simd.Copy c) {
        int size = c.size();
        return switch (c.op()) {
            case DUP_ELEMENT -> "dup\t" + vec(c.rd(), c.q(), size) + ", " + element(c.rn(), size, c.index());
            case DUP_GENERAL -> "dup\t" + vec(c.rd(), c.q(), size) + ", " + Operands.reg(size == 3, c.rn());
            case INS_GENERAL -> "mov\t" + element(c.rd(), size, c.index()) + ", "
                    + Operands.reg(size == 3, c.rn());
            case INS_ELEMENT -> "mov\t" + element(c.rd(), size, c.index()) + ", "
                    + element(c.rn(), size, c.index2());
            case UMOV -> (size >= 2 ? "mov" : "umov") + "\t" + Operands.reg(c.q(), c.rd()) + ", "
                    + element(c.rn(), size, c.index());
            case SMOV -> "smov\t" + Operands.reg(c.q(), c.rd()) + ", " + element(c.rn(), size, c.index());
            case DUP_SCALAR -> "mov\t" + scalar(size, c.rd()) + ", " + element(c.rn(), size, c.index());
        };
    }

    private static String tableLookup(Simd.TableLookup t) {
        int last = t.rn() + t.length() - 1;
        String list;
        if (t.length() > 2 && last < 32) {
            // objdump writes three or four registers as a range unless the list wraps past v31.
            list = "{" + vec(t.rn(), true, 0) + "-" + vec(last, true, 0) + "}";
        } else {
            StringBuilder b = new StringBuilder("{");
            for (int k = 0; k < t.length(); k++) {
                b.append(k == 0 ? "" : ", ").append(vec((t.rn() + k) % 32, true, 0));
            }
            list = b.append('}').toString();
        }
        return (t.tbx() ? "tbx" : "tbl") + "\t" + vec(t.rd(), t.q(), 0) + ", " + list + ", "
                + vec(t.rm(), t.q(), 0);
    }
}
