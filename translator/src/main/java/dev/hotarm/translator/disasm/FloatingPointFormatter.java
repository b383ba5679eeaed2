package dev.hotarm.translator.disasm;

import static dev.hotarm.translator.disasm.Operands.cond;
import static dev.hotarm.translator.disasm.Operands.condition;
import static dev.hotarm.translator.disasm.Operands.decImm;
import static dev.hotarm.translator.disasm.Operands.hexImm;
import static dev.hotarm.translator.disasm.Operands.reg;

import dev.hotarm.translator.a64.fp.FloatingPoint;
import java.util.Locale;

/** objdump-style text for the FloatingPoint group. */
final class FloatingPointFormatter {
    private FloatingPointFormatter() {
    }


    static String format(FloatingPoint insn, long pc) {
        return switch (insn) {
            case FloatingPoint.FmovGeneral f -> fmovGeneral(f);
            case FloatingPoint.ConvertToInt c -> "fcvt" + c.rounding().letter
                    + (c.unsigned() ? "u\t" : "s\t") + reg(c.sf(), c.rd()) + ", "
                    + fp(c.size(), c.rn()) + fbits(c.fbits());
            case FloatingPoint.ConvertFromInt c -> (c.unsigned() ? "ucvtf\t" : "scvtf\t")
                    + fp(c.size(), c.rd()) + ", " + reg(c.sf(), c.rn()) + fbits(c.fbits());
            case FloatingPoint.Unary u -> u.op().name().toLowerCase(Locale.ROOT) + "\t"
                    + fp(u.size(), u.rd()) + ", " + fp(u.size(), u.rn());
            case FloatingPoint.Fcvt f -> "fcvt\t" + fp(f.toSize(), f.rd()) + ", "
                    + fp(f.fromSize(), f.rn());
            case FloatingPoint.RoundToIntegral r -> "frint" + (r.intBits() == 0 ? "" : r.intBits())
                    + (r.exact() ? 'x' : r.rounding().letter) + "\t" + fp(r.size(), r.rd()) + ", "
                    + fp(r.size(), r.rn());
            case FloatingPoint.Bfcvt b -> "bfcvt\t" + fp(1, b.rd()) + ", " + fp(2, b.rn());
            case FloatingPoint.Fjcvtzs f -> "fjcvtzs\t" + reg(false, f.rd()) + ", " + fp(3, f.rn());
            case FloatingPoint.Binary b -> b.op().name().toLowerCase(Locale.ROOT) + "\t"
                    + fp(b.size(), b.rd()) + ", " + fp(b.size(), b.rn()) + ", "
                    + fp(b.size(), b.rm());
            case FloatingPoint.MultiplyAdd m -> multiplyAddName(m) + "\t" + fp(m.size(), m.rd())
                    + ", " + fp(m.size(), m.rn()) + ", " + fp(m.size(), m.rm()) + ", "
                    + fp(m.size(), m.ra());
            case FloatingPoint.Compare c -> (c.signalling() ? "fcmpe\t" : "fcmp\t")
                    + fp(c.size(), c.rn()) + ", " + (c.withZero() ? "#0.0" : fp(c.size(), c.rm()));
            case FloatingPoint.CondCompare c -> (c.signalling() ? "fccmpe\t" : "fccmp\t")
                    + fp(c.size(), c.rn()) + ", " + fp(c.size(), c.rm()) + ", " + hexImm(c.nzcv())
                    + ", " + condition(c.cond());
            case FloatingPoint.CondSelect c -> "fcsel\t" + fp(c.size(), c.rd()) + ", "
                    + fp(c.size(), c.rn()) + ", " + fp(c.size(), c.rm()) + ", "
                    + condition(c.cond());
            case FloatingPoint.FmovImm f -> "fmov\t" + fp(f.size(), f.rd()) + ", #"
                    + String.format(Locale.ROOT, "%.18e", immValue(f));
        };
    }

    /** Hn, Sn or Dn. */
    private static String fp(int size, int n) {
        return switch (size) {
            case 1 -> "h";
            case 2 -> "s";
            case 3 -> "d";
            default -> throw new AssertionError(size);
        } + n;
    }

    private static String fbits(int fbits) {
        return fbits == 0 ? "" : ", " + decImm(fbits);
    }


    private static String fmovGeneral(FloatingPoint.FmovGeneral f) {
        String fp = f.top() ? "v" + (f.toFp() ? f.rd() : f.rn()) + ".d[1]"
                : fp(f.size(), f.toFp() ? f.rd() : f.rn());
        String general = reg(f.sf(), f.toFp() ? f.rn() : f.rd());
        return "fmov\t" + (f.toFp() ? fp + ", " + general : general + ", " + fp);
    }

    private static String multiplyAddName(FloatingPoint.MultiplyAdd m) {
        if (m.negateAddend()) {
            return m.negateProduct() ? "fnmadd" : "fnmsub";
        }
        return m.negateProduct() ? "fmsub" : "fmadd";
    }

    private static double immValue(FloatingPoint.FmovImm f) {
        return switch (f.size()) {
            case 1 -> Float.float16ToFloat((short) f.bits());
            case 2 -> Float.intBitsToFloat((int) f.bits());
            case 3 -> Double.longBitsToDouble(f.bits());
            default -> throw new AssertionError(f.size());
        };
    }
}
