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
                    ? line(name(t.op()), scalar(t.size(), t.rd()), scalar(t.size(), t.rn()),
                            scalar(t.size(), t.rm()))
                    : line(name(t.op()), vec(t.rd(), t.q(), t.size()), vec(t.rn(), t.q(), t.size()),
                            vec(t.rm(), t.q(), t.size()));
            case Simd.ByElement b -> byElement(b);
            case Simd.ThreeDifferent t -> threeDifferent(t);
            case Simd.TwoRegMisc t -> twoRegMisc(t);
            case Simd.AcrossLanes a -> line(name(a.op()),
                    scalar(widens(a.op()) ? a.size() + 1 : a.size(), a.rd()),
                    vec(a.rn(), a.q(), a.size()));
            case Simd.ShiftImm s -> shiftImm(s);
            case Simd.ModifiedImm m -> modifiedImm(m);
            case Simd.Copy c -> copy(c);
            case Simd.Permute p -> line(name(p.op()), vec(p.rd(), p.q(), p.size()),
                    vec(p.rn(), p.q(), p.size()), vec(p.rm(), p.q(), p.size()));
            case Simd.Extract e -> line("ext", vec(e.rd(), e.q(), 0), vec(e.rn(), e.q(), 0),
                    vec(e.rm(), e.q(), 0), Operands.decImm(e.index()));
            case Simd.TableLookup t -> tableLookup(t);
        };
    }

    /** {@code mnemonic<TAB>op1, op2, ...}. */
    private static String line(String mnemonic, String... operands) {
        return mnemonic + "\t" + String.join(", ", operands);
    }

    private static String name(Enum<?> op) {
        return op.name().toLowerCase(Locale.ROOT);
    }

    /** The mnemonic with objdump's {@code 2} suffix for the upper-half forms. */
    private static String upper(Enum<?> op, boolean q) {
        return name(op) + (q ? "2" : "");
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
        int size = t.size();
        if (t.scalar()) {
            return line(name(t.op()), scalar(size, t.rd()), scalar(size, t.rn()), scalar(size, t.rm()));
        }
        String d = vec(t.rd(), t.q(), size);
        String n = vec(t.rn(), t.q(), size);
        if (t.op() == Simd.ThreeSameOp.ORR && t.rn() == t.rm()) {
            return line("mov", d, n);
        }
        return line(name(t.op()), d, n, vec(t.rm(), t.q(), size));
    }

    private static String byElement(Simd.ByElement b) {
        int size = b.size();
        String m = element(b.rm(), size, b.index());
        return switch (b.op()) {
            case SQDMULL, SQDMLAL, SQDMLSL, SMULL, UMULL, SMLAL, UMLAL, SMLSL, UMLSL -> b.scalar()
                    ? line(name(b.op()), scalar(size + 1, b.rd()), scalar(size, b.rn()), m)
                    : line(upper(b.op(), b.q()), vec(b.rd(), true, size + 1), vec(b.rn(), b.q(), size),
                            m);
            default -> b.scalar()
                    ? line(name(b.op()), scalar(size, b.rd()), scalar(size, b.rn()), m)
                    : line(name(b.op()), vec(b.rd(), b.q(), size), vec(b.rn(), b.q(), size), m);
        };
    }

    private static String threeDifferent(Simd.ThreeDifferent t) {
        int size = t.size();
        if (t.scalar()) {
            return line(name(t.op()), scalar(size + 1, t.rd()), scalar(size, t.rn()),
                    scalar(size, t.rm()));
        }
        String narrow = "." + ARRANGEMENTS[size * 2 + (t.q() ? 1 : 0)];
        String wide = "." + ARRANGEMENTS[size * 2 + 3];
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
        return line(upper(t.op(), t.q()), "v" + t.rd() + d, "v" + t.rn() + n, "v" + t.rm() + m);
    }

    private static String twoRegMisc(Simd.TwoRegMisc t) {
        int size = t.size();
        String mnemonic = t.op() == Simd.TwoRegMiscOp.NOT ? "mvn" : name(t.op()).replace("_zero", "");
        String suffixed = mnemonic + (t.q() ? "2" : "");
        boolean narrows = switch (t.op()) {
            case XTN, SQXTN, UQXTN, SQXTUN, FCVTXN -> true;
            default -> false;
        };
        String zero = switch (t.op()) {
            case CMGT_ZERO, CMGE_ZERO, CMEQ_ZERO, CMLE_ZERO, CMLT_ZERO -> "#0";
            case FCMGT_ZERO, FCMGE_ZERO, FCMEQ_ZERO, FCMLE_ZERO, FCMLT_ZERO -> "#0.0";
            default -> null;
        };
        String d;
        String n;
        if (t.scalar()) {
            d = scalar(size, t.rd());
            n = scalar(narrows ? size + 1 : size, t.rn());
            return zero == null ? line(mnemonic, d, n) : line(mnemonic, d, n, zero);
        }
        return switch (t.op()) {
            case SADDLP, UADDLP, SADALP, UADALP ->
                    line(mnemonic, vec(t.rd(), t.q(), size + 1), vec(t.rn(), t.q(), size));
            case FCVTL -> line(suffixed, vec(t.rd(), true, 3), vec(t.rn(), t.q(), 2));
            case FCVTN, FCVTXN -> line(suffixed, vec(t.rd(), t.q(), 2), vec(t.rn(), true, 3));
            case XTN, SQXTN, UQXTN, SQXTUN ->
                    line(suffixed, vec(t.rd(), t.q(), size), vec(t.rn(), true, size + 1));
            case SHLL -> line(suffixed, vec(t.rd(), true, size + 1), vec(t.rn(), t.q(), size),
                    Operands.decImm(8 << size));
            default -> {
                d = vec(t.rd(), t.q(), size);
                n = vec(t.rn(), t.q(), size);
                yield zero == null ? line(mnemonic, d, n) : line(mnemonic, d, n, zero);
            }
        };
    }

    private static boolean widens(Simd.AcrossLanesOp op) {
        return op == Simd.AcrossLanesOp.SADDLV || op == Simd.AcrossLanesOp.UADDLV;
    }

    private static String shiftImm(Simd.ShiftImm s) {
        int size = s.size();
        String shift = Operands.decImm(s.shift());
        return switch (s.op()) {
            case SHRN, RSHRN, SQSHRN, UQSHRN, SQRSHRN, UQRSHRN, SQSHRUN, SQRSHRUN -> s.scalar()
                    ? line(name(s.op()), scalar(size, s.rd()), scalar(size + 1, s.rn()), shift)
                    : line(upper(s.op(), s.q()), vec(s.rd(), s.q(), size), vec(s.rn(), true, size + 1),
                            shift);
            case SSHLL, USHLL -> {
                String d = vec(s.rd(), true, size + 1);
                String n = vec(s.rn(), s.q(), size);
                if (s.shift() == 0) {
                    String alias = s.op() == ShiftImmOp.SSHLL ? "sxtl" : "uxtl";
                    yield line(alias + (s.q() ? "2" : ""), d, n);
                }
                yield line(upper(s.op(), s.q()), d, n, shift);
            }
            default -> s.scalar()
                    ? line(name(s.op()), scalar(size, s.rd()), scalar(size, s.rn()), shift)
                    : line(name(s.op()), vec(s.rd(), s.q(), size), vec(s.rn(), s.q(), size), shift);
        };
    }

    private static String modifiedImm(Simd.ModifiedImm m) {
        int size = Integer.numberOfTrailingZeros(m.esize() / 8);
        String d = vec(m.rd(), m.q(), size);
        if (m.op() == Simd.ModifiedImmOp.FMOV) {
            double value = m.esize() == 64 ? Double.longBitsToDouble(m.imm())
                    : Float.intBitsToFloat((int) m.imm());
            return line("fmov", d, "#" + String.format(Locale.ROOT, "%.18e", value));
        }
        if (m.esize() == 64) {
            return line("movi", m.q() ? d : "d" + m.rd(), Operands.hexImm(m.imm()));
        }
        String imm = Operands.hexImm(m.imm8());
        if (m.msl()) {
            return line(name(m.op()), d, imm, "msl " + Operands.decImm(m.shift()));
        }
        return m.shift() != 0 ? line(name(m.op()), d, imm, "lsl " + Operands.decImm(m.shift()))
                : line(name(m.op()), d, imm);
    }

    private static String copy(Simd.Copy c) {
        int size = c.size();
        String source = element(c.rn(), size, c.index());
        return switch (c.op()) {
            case DUP_ELEMENT -> line("dup", vec(c.rd(), c.q(), size), source);
            case DUP_GENERAL -> line("dup", vec(c.rd(), c.q(), size),
                    Operands.reg(size == 3, c.rn()));
            case INS_GENERAL -> line("mov", element(c.rd(), size, c.index()),
                    Operands.reg(size == 3, c.rn()));
            case INS_ELEMENT -> line("mov", element(c.rd(), size, c.index()),
                    element(c.rn(), size, c.index2()));
            // objdump prefers the MOV alias for the 32- and 64-bit UMOV.
            case UMOV -> line(size >= 2 ? "mov" : "umov", Operands.reg(c.q(), c.rd()), source);
            case SMOV -> line("smov", Operands.reg(c.q(), c.rd()), source);
            case DUP_SCALAR -> line("mov", scalar(size, c.rd()), source);
        };
    }

    private static String tableLookup(Simd.TableLookup t) {
        int last = t.rn() + t.length() - 1;
        String list;
        if (t.length() > 2 && last < 32) {
            // objdump writes three or four registers as a range unless the list wraps past v31.
            list = "{" + vec(t.rn(), true, 0) + "-" + vec(last, true, 0) + "}";
        } else {
            String[] registers = new String[t.length()];
            for (int k = 0; k < t.length(); k++) {
                registers[k] = vec((t.rn() + k) % 32, true, 0);
            }
            list = "{" + String.join(", ", registers) + "}";
        }
        return line(t.tbx() ? "tbx" : "tbl", vec(t.rd(), t.q(), 0), list, vec(t.rm(), t.q(), 0));
    }
}
